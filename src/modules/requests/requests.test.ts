import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeOrg } from '../../../test/support/factories.ts';
import { auditEvents, testAppPerFile } from '../../../test/support/http.ts';
import { approveFn, CONFIRM_RETURN } from './functions.ts';
import { addType, decideAs, file, installFiled, person, takeOut, takeOutSetup } from './testkit.ts';

const t = testAppPerFile();

describe('requests', () => {
  test("[R-E3] take-out needs the approver's permission before the asset leaves", async () => {
    const { org, typeId, staff, approver } = await takeOutSetup(t);
    const id = await file(staff.c, typeId, takeOut, '重要性II');
    let d = (await staff.c.get(`/api/requests/${id}`)).json();
    assert.equal(d.status, 'pending');
    assert.equal(d.assetClass, '重要性II');
    assert.equal(
      (await staff.c.post(`/api/requests/${id}/return`)).statusCode,
      409,
      'not out before permission',
    );
    const inbox = (await approver.c.get('/api/requests/inbox')).json();
    assert.equal(inbox.counts.approvals, 1);
    const r = await decideAs(approver.c, id);
    assert.equal(r.statusCode, 200, r.body);
    d = (await staff.c.get(`/api/requests/${id}`)).json();
    assert.equal(d.status, 'approved');
    assert.equal(d.dueOn, '2026-06-03');
    const recs = (await staff.c.get('/api/requests/records?kind=carry')).json().items;
    assert.equal(recs.length, 1);
    assert.equal(recs[0].dueOn, '2026-06-03');
    assert.match(recs[0].approvers, /利用者/);
    const events = (await auditEvents(t.db, org.id)).filter((e) => e.target_id === id).map((e) => e.event);
    assert.deepEqual(events, ['requests.submitted', 'requests.decided', 'requests.approved']);
    const decided = (await auditEvents(t.db, org.id)).find((e) => e.event === 'requests.decided');
    assert.equal(JSON.parse(decided?.data ?? '{}').function, approveFn('take_out'));
    // The template carries no levels of its own: every class needs permission until the body chooses
    // levels from its scheme and cites its own clause (approval-safety.test.ts).
    const low = await file(staff.c, typeId, takeOut, '重要性III');
    assert.equal((await staff.c.get(`/api/requests/${low}`)).json().status, 'pending');
    const needed = (await staff.c.get('/api/requests/needed?assetId=A-001&assetClass=重要性I')).json();
    const entry = needed.types.find((x: { id: string }) => x.id === typeId);
    assert.equal(entry.approvalRequired, true);
    // The person filing reads who approves by the role's name, not the function's.
    assert.deepEqual(entry.approverRoles, [[`役割 ${approver.user.loginId}`]]);
  });

  test('[R-E3] seed 003: several people confirm after the return', async () => {
    const org = await makeOrg(t.db);
    const typeId = await addType(t, org, 'take_out_003');
    const staff = await person(t, org, [CONFIRM_RETURN]);
    const approver = await person(t, org, [approveFn('take_out')]);
    const c1 = await person(t, org, [CONFIRM_RETURN]);
    const c2 = await person(t, org, [CONFIRM_RETURN]);
    const id = await file(staff.c, typeId, takeOut);
    assert.equal((await decideAs(approver.c, id)).statusCode, 200);
    assert.equal((await staff.c.post(`/api/requests/${id}/return`)).json().status, 'returned');
    const self = await staff.c.post(`/api/requests/${id}/confirmations`, {});
    assert.equal(self.statusCode, 403);
    assert.equal(self.json().error.code, 'requests.approver_is_requester');
    const noFn = await approver.c.post(`/api/requests/${id}/confirmations`, {});
    assert.equal(noFn.statusCode, 403);
    assert.match(noFn.json().error.message, /「返却後の事後確認」/);
    assert.equal(
      (await c1.c.post(`/api/requests/${id}/confirmations`, { note: '漏えいなし' })).json().status,
      'returned',
    );
    assert.equal((await c1.c.post(`/api/requests/${id}/confirmations`, {})).statusCode, 409);
    assert.equal((await c2.c.post(`/api/requests/${id}/confirmations`, {})).json().status, 'closed');
    const rec = (await staff.c.get('/api/requests/records?kind=carry')).json().items[0];
    assert.ok(rec.returnedAt);
    assert.equal(rec.confirmers.split('、').length, 2);
    const events = (await auditEvents(t.db, org.id)).filter((e) => e.target_id === id).map((e) => e.event);
    assert.deepEqual(events.slice(-4), [
      'requests.returned',
      'requests.confirmed',
      'requests.confirmed',
      'requests.closed',
    ]);
  });

  test('[R-F9] software install needs both approvers', async () => {
    const { org, staff, tier2: sekininsha, tier3: kanrisha, id } = await installFiled(t);
    assert.equal((await decideAs(sekininsha.c, id)).json().status, 'pending');
    assert.equal(
      (await staff.c.get(`/api/requests/${id}`)).json().status,
      'pending',
      'one approver is not enough',
    );
    assert.equal((await decideAs(kanrisha.c, id)).json().status, 'closed');
    const events = (await auditEvents(t.db, org.id)).filter((e) => e.target_id === id).map((e) => e.event);
    assert.deepEqual(events, [
      'requests.submitted',
      'requests.decided',
      'requests.decided',
      'requests.approved',
    ]);
  });

  test('[R-E4] a private device needs the top role', async () => {
    const org = await makeOrg(t.db);
    const typeId = await addType(t, org, 'private_device_001');
    const staff = await person(t, org);
    const manager = await person(t, org, [approveFn('take_out')], { tier: 3 });
    const top = await person(t, org, [approveFn('private_device')], { tier: 1 });
    const values = {
      device: '私物PC',
      period_until: '2026-09-30',
      purpose: '災害対応',
      checks: ['ウイルス対策ソフトを導入し最新にしている'],
    };
    const partial = await staff.c.post('/api/requests', { typeId, values });
    assert.equal(partial.statusCode, 400);
    assert.deepEqual(
      partial.json().error.fields.map((f: { field: string }) => f.field),
      ['values.checks'],
    );
    const id = await file(staff.c, typeId, {
      ...values,
      checks: [
        'ウイルス対策ソフトを導入し最新にしている',
        'ソフトウェアのライセンスを確認した',
        'パスワード等で利用者を認証する',
      ],
    });
    const denied = await decideAs(manager.c, id);
    assert.equal(denied.statusCode, 403);
    assert.match(denied.json().error.message, /「私物端末の利用の承認」/);
    assert.equal((await decideAs(top.c, id)).json().status, 'closed');
  });

  test('self-approval is refused (兼務の禁止)', async () => {
    const org = await makeOrg(t.db);
    const typeId = await addType(t, org, 'take_out_001');
    const both = await person(t, org, [approveFn('take_out')]);
    const id = await file(both.c, typeId, takeOut, '重要性I');
    const r = await decideAs(both.c, id);
    assert.equal(r.statusCode, 403);
    assert.equal(r.json().error.code, 'requests.approver_is_requester');
    assert.equal((await both.c.get(`/api/requests/${id}`)).json().status, 'pending');
    assert.equal((await both.c.get('/api/requests/inbox')).json().counts.approvals, 0);
  });

  test('concurrent decisions: exactly one counts', async () => {
    const { org, typeId, staff, approver: a } = await takeOutSetup(t);
    const b = await person(t, org, [approveFn('take_out')]);
    const id = await file(staff.c, typeId, takeOut, '重要性I');
    const res = await Promise.all([decideAs(a.c, id, 'approve'), decideAs(b.c, id, 'reject')]);
    assert.deepEqual(res.map((r) => r.statusCode).sort(), [200, 409]);
    const decisions = await t.db
      .selectFrom('request_decisions')
      .selectAll()
      .where('request_id', '=', id)
      .execute();
    assert.equal(decisions.length, 1);
    const events = (await auditEvents(t.db, org.id)).filter(
      (e) => e.event === 'requests.decided' && e.target_id === id,
    );
    assert.equal(events.length, 1);
  });

  test('deciding twice answers 409; withdrawn requests stay on record', async () => {
    const { org, typeId, staff, approver: a } = await takeOutSetup(t);
    const id = await file(staff.c, typeId, takeOut, '重要性I');
    assert.equal((await decideAs(a.c, id)).statusCode, 200);
    const again = await decideAs(a.c, id);
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().error.code, 'requests.already_decided');
    const id2 = await file(staff.c, typeId, takeOut, '重要性I');
    assert.equal((await a.c.post(`/api/requests/${id2}/withdraw`)).statusCode, 403);
    assert.equal((await staff.c.post(`/api/requests/${id2}/withdraw`)).statusCode, 204);
    assert.equal((await staff.c.get(`/api/requests/${id2}`)).json().status, 'withdrawn');
    assert.equal((await decideAs(a.c, id2)).statusCode, 409);
    const ev = (await auditEvents(t.db, org.id)).filter((e) => e.target_id === id2).map((e) => e.event);
    assert.deepEqual(ev, ['requests.submitted', 'requests.withdrawn']);
  });

  test("another organization's request answers 404; bad input names the field; no function names it", async () => {
    const org = await makeOrg(t.db);
    const other = await makeOrg(t.db, '他団体');
    const typeId = await addType(t, org, 'take_out_001');
    const staff = await person(t, org);
    const id = await file(staff.c, typeId, takeOut, '重要性I');
    const stranger = await person(t, other, [approveFn('take_out'), 'requests.read_all']);
    assert.equal((await stranger.c.get(`/api/requests/${id}`)).statusCode, 404);
    assert.equal((await decideAs(stranger.c, id)).statusCode, 404);
    assert.equal((await stranger.c.post('/api/requests', { typeId, values: takeOut })).statusCode, 404);
    const bad = await staff.c.post('/api/requests', {
      typeId,
      values: { asset: 'A-1', take_out_date: '6月1日' },
    });
    assert.equal(bad.statusCode, 400);
    const fields = bad
      .json()
      .error.fields.map((f: { field: string }) => f.field)
      .sort();
    assert.deepEqual(fields, [
      'values.destination',
      'values.purpose',
      'values.return_due',
      'values.take_out_date',
    ]);
    assert.equal(
      await t.db
        .selectFrom('requests')
        .select('id')
        .where('organization_id', '=', org.id)
        .execute()
        .then((r) => r.length),
      1,
      'nothing half-written',
    );
    const noType = await staff.c.post('/api/requests', { values: {} });
    assert.equal(noType.statusCode, 400);
    assert.equal(noType.json().error.fields[0].field, 'typeId');
    const manage = await staff.c.post('/api/requests/catalogue/take_out_003');
    assert.equal(manage.statusCode, 403);
    assert.match(manage.json().error.message, /「申請種別の設定」/);
  });
});
