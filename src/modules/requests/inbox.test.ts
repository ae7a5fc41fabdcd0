import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testAppPerFile } from '../../../test/support/http.ts';
import { CONFIRM_RETURN } from './functions.ts';
import { decideAs, file, installFiled, person, takeOut, takeOutSetup } from './testkit.ts';
import { holdsKey, waitingKey } from './waiting.ts';

const t = testAppPerFile();

describe('approver inbox', () => {
  test('[R-E3] the inbox pages in submission order, with the count of every request waiting', async () => {
    const { typeId, staff, approver } = await takeOutSetup(t);
    const filed: string[] = [];
    for (let i = 0; i < 5; i++) filed.push(await file(staff.c, typeId, takeOut, '重要性II'));
    const seen: string[] = [];
    let url = '/api/requests/inbox?limit=2';
    for (let pages = 0; pages < 5; pages++) {
      const r = await approver.c.get(url);
      assert.equal(r.statusCode, 200, r.body);
      const body = r.json();
      assert.equal(body.counts.approvals, 5);
      assert.ok(body.approvals.length <= 2);
      seen.push(...body.approvals.map((a: { id: string }) => a.id));
      if (!body.next.approvals) break;
      url = `/api/requests/inbox?limit=2&approvalsAfter=${encodeURIComponent(body.next.approvals)}`;
    }
    assert.deepEqual(seen, filed, 'every request once, oldest first');
    // The requester's own requests are not in their inbox; a decided one leaves the approver's.
    assert.equal((await staff.c.get('/api/requests/inbox')).json().counts.approvals, 0);
    assert.equal((await decideAs(approver.c, filed[0])).statusCode, 200);
    const now = (await approver.c.get('/api/requests/inbox')).json();
    assert.equal(now.counts.approvals, 4);
    assert.equal(now.approvals[0].id, filed[1]);
    const bad = await approver.c.get('/api/requests/inbox?approvalsAfter=x');
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.fields[0].field, 'approvalsAfter');
  });

  test('[R-E3] an approver sees who asks and the dates asked for, with the return date they give before approval', async () => {
    const { typeId, staff, approver } = await takeOutSetup(t);
    const id = await file(staff.c, typeId, takeOut, '重要性II');
    const row = (await approver.c.get('/api/requests/inbox')).json().approvals[0];
    assert.equal(row.id, id);
    assert.equal(row.requesterName, `利用者 ${staff.user.loginId}`);
    assert.deepEqual(
      row.askedDates.map((d: { label: { ja: string }; value: string }) => [d.label.ja, d.value]),
      [
        ['持出日', '2026-06-01'],
        ['返却予定日', '2026-06-03'],
      ],
    );
    assert.equal(row.dueOn, '2026-06-03', 'the return date asked, before approval');
  });

  test('[R-F9] a step all holders must approve stays in the inbox of those who have not', async () => {
    const { tier2: a, tier3: b, id } = await installFiled(t);
    assert.equal((await a.c.get('/api/requests/inbox')).json().counts.approvals, 1);
    assert.equal((await decideAs(a.c, id)).json().status, 'pending');
    const inboxA = (await a.c.get('/api/requests/inbox')).json();
    assert.equal(inboxA.counts.approvals, 0);
    assert.equal(inboxA.approvals.length, 0);
    const inboxB = (await b.c.get('/api/requests/inbox')).json();
    assert.equal(inboxB.counts.approvals, 1);
    assert.equal(inboxB.approvals[0].id, id);
  });

  test('[R-E3] confirmations after the return wait for each confirmer until they confirm', async () => {
    const { org, typeId, staff, approver } = await takeOutSetup(t, 'take_out_003');
    const c1 = await person(t, org, [CONFIRM_RETURN]);
    const c2 = await person(t, org, [CONFIRM_RETURN]);
    const id = await file(staff.c, typeId, takeOut);
    assert.equal((await decideAs(approver.c, id)).statusCode, 200);
    assert.equal((await c1.c.get('/api/requests/inbox')).json().counts.confirmations, 0, 'not yet back');
    assert.equal((await staff.c.post(`/api/requests/${id}/return`)).json().status, 'returned');
    assert.equal((await c1.c.get('/api/requests/inbox')).json().confirmations[0].id, id);
    await c1.c.post(`/api/requests/${id}/confirmations`, {});
    assert.equal((await c1.c.get('/api/requests/inbox')).json().counts.confirmations, 0);
    assert.equal((await c2.c.get('/api/requests/inbox')).json().counts.confirmations, 1);
    await c2.c.post(`/api/requests/${id}/confirmations`, {});
    assert.equal((await c2.c.get('/api/requests/inbox')).json().counts.confirmations, 0, 'closed');
  });

  test('who holds a waiting step: unit-scoped steps and named roles as the approver lookup decides', () => {
    const scoped = waitingKey(
      'pending',
      { chain: [{ function: 'f', mode: 'any', unitScoped: true, roles: ['課長'] }], confirmations: null },
      0,
      'u1',
    ) as string;
    const fns = new Set(['f']);
    const holds = (unitId: string | null, role: string) =>
      holdsKey(scoped, [{ functionKey: 'f', unitId, role }], fns);
    assert.equal(holds('u1', '課長'), true);
    assert.equal(holds(null, '課長'), true, 'an assignment for the whole body covers every unit');
    assert.equal(holds('u2', '課長'), false, 'another unit');
    assert.equal(holds('u1', '係長'), false, 'another role');
    const noUnit = waitingKey(
      'pending',
      { chain: [{ function: 'f', mode: 'any', unitScoped: true }], confirmations: null },
      0,
      null,
    ) as string;
    assert.equal(holdsKey(noUnit, [{ functionKey: 'f', unitId: 'u1', role: 'x' }], fns), false);
    assert.equal(holdsKey(noUnit, [{ functionKey: 'f', unitId: null, role: 'x' }], fns), true);
    assert.equal(
      waitingKey(
        'approved',
        { chain: [{ function: 'f', mode: 'any', unitScoped: false }], confirmations: null },
        0,
        null,
      ),
      null,
    );
  });
});
