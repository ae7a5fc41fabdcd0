import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import { auditEvents, signedIn, testAppPerFile } from '../../../test/support/http.ts';
import { rowWhereOrThrow } from '../../db/rows-in-org.ts';
import { suggestMapping } from '../imports/engine/mapping.ts';
import { declaredSchedules } from '../jobs/queue.ts';
import { JobRunner } from '../jobs/runner.ts';
import { registerOffboardingCheck } from './offboarding.ts';
import { staffImport } from './staff-import.ts';
import { applyDueTransfers } from './transfers.ts';

const t = testAppPerFile();

async function adminOf(fns: string[] = ['org.admin']) {
  const org = await makeOrg(t.db);
  const admin = await makeUser(t.db, org, { functions: fns });
  return { org, admin, c: await signedIn(t, admin) };
}
const dataOf = async (orgId: string, event: string) =>
  JSON.parse((await auditEvents(t.db, orgId)).filter((e) => e.event === event).at(-1)?.data ?? 'null');

describe('committees, notices, contact tree, transfers, access review', () => {
  test('[R-A8] committee members from a 別表 with 〃 resolved; chair, secretariat, meetings and minutes', async () => {
    const { org, c } = await adminOf();
    const created = await c.post('/api/org/committees', {
      name: '情報セキュリティ委員会',
      purpose: '情報セキュリティ対策の推進',
      chairPost: '企画調整課長',
      secretariatUnitId: org.unitId,
      clausePath: '第6',
    });
    assert.equal(created.statusCode, 200, created.body);
    const id = created.json().id;
    const imp = await c.post(`/api/org/committees/${id}/members/import`, {
      rows: [
        ['政策推進部', '企画調整課', '課長'],
        ['総務部', '総務課', '課長補佐'],
        ['まちづくり部', '地域づくり課', '〃'],
      ],
    });
    assert.equal(imp.statusCode, 200, imp.body);
    const bad = await c.post(`/api/org/committees/${id}/members/import`, {
      rows: [['〃', '総務課', '課長']],
    });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.fields[0].field, 'rows');
    const meeting = await c.post(`/api/org/committees/${id}/meetings`, {
      heldOn: '2025-06-10',
      agenda: '年度計画',
      minutes: '原案どおり承認',
    });
    assert.equal(meeting.statusCode, 200);
    const d = (await c.get(`/api/org/committees/${id}`)).json();
    assert.deepEqual(
      d.members.map((m: { post: string }) => m.post),
      ['課長', '課長補佐', '課長補佐'],
    );
    assert.equal(d.members[2].dept, 'まちづくり部');
    assert.equal(d.chairPost, '企画調整課長');
    assert.equal(d.meetings[0].minutes, '原案どおり承認');
    assert.deepEqual(await dataOf(org.id, 'org.committee_members_set'), {
      committee: '情報セキュリティ委員会',
      before: 0,
      after: 3,
    });
    assert.equal((await dataOf(org.id, 'org.committee_meeting_recorded')).heldOn, '2025-06-10');
    const other = await adminOf();
    assert.equal((await other.c.get(`/api/org/committees/${id}`)).statusCode, 404);
    assert.equal(
      (await other.c.post(`/api/org/committees/${id}/meetings`, { heldOn: '2025-06-10', agenda: 'x' }))
        .statusCode,
      404,
    );
  });

  test('[R-A4] notices have read receipts; staff see unread ones; the contact tree lists holders with phones', async () => {
    const { org, c } = await adminOf(['org.notices.send', 'org.admin']);
    const other = (await c.post('/api/org/units', { name: '他課', kind: '課' })).json().id;
    const staff = await makeUser(t.db, org);
    const outsider = await makeUser(t.db, org, { unitId: other });
    const sent = await c.post('/api/org/notices', {
      title: '標的型メールに注意',
      body: '不審なメールの添付は開かないこと。',
      audience: 'units',
      unitIds: [org.unitId],
    });
    assert.equal(sent.statusCode, 200, sent.body);
    const nid = sent.json().id;
    const sc = await signedIn(t, staff);
    const mine = (await sc.get('/api/org/notices/mine')).json().items;
    assert.equal(mine[0].readAt, null);
    const oc = await signedIn(t, outsider);
    assert.equal((await oc.get('/api/org/notices/mine')).json().items.length, 0);
    assert.equal((await oc.post(`/api/org/notices/${nid}/read`)).statusCode, 404);
    assert.equal((await sc.post(`/api/org/notices/${nid}/read`)).statusCode, 204);
    const rec = (await c.get(`/api/org/notices/${nid}/receipts`)).json().recipients;
    assert.ok(rec.find((r: { userId: string }) => r.userId === staff.id).readAt);
    assert.ok(!rec.some((r: { userId: string }) => r.userId === outsider.id));
    assert.equal((await dataOf(org.id, 'org.notice_read')).title, '標的型メールに注意');
    assert.deepEqual(await dataOf(org.id, 'org.notice_sent'), {
      title: '標的型メールに注意',
      audience: 'units',
      unitIds: [org.unitId],
    });
    const denied = await sc.post('/api/org/notices', { title: 'x', body: 'y', audience: 'all' });
    assert.equal(denied.statusCode, 403);
    assert.match(denied.json().error.message, /「職員への周知の発信と既読確認」/);
    const noUnits = await c.post('/api/org/notices', { title: 'x', body: 'y', audience: 'units' });
    assert.equal(noUnits.json().error.fields[0].field, 'unitIds');
    // Contact tree: roles by tier with holders' phones.
    await c.patch(`/api/org/people/${staff.id}`, { phone: '0838-22-0000' });
    const role = (await c.post('/api/org/roles', { name: '情報セキュリティ責任者', tier: 1 })).json().id;
    await c.post(`/api/org/roles/${role}/assignments`, { userId: staff.id });
    const tree = (await sc.get('/api/org/contact-tree')).json().tiers;
    assert.equal(tree[0].tier, 1);
    assert.equal(tree[0].roles[0].holders[0].phone, '0838-22-0000');
  });

  test('[R-E8] retirement suspends the account and lists what to return', async () => {
    registerOffboardingCheck('test.assets', async (db, orgId, userId) => {
      const u = await rowWhereOrThrow(db, 'users', { id: userId, organization_id: orgId }, ['login_id']);
      return { items: [`ノートPC (${u.login_id})`] };
    });
    const { org, c } = await adminOf();
    const leaver = await makeUser(t.db, org, { functions: ['audit.read'] });
    const lc = await signedIn(t, leaver);
    const r = await c.post('/api/org/transfers', {
      userId: leaver.id,
      kind: 'retirement',
      effectiveOn: '2025-03-31',
    });
    assert.equal(r.statusCode, 200, r.body);
    const out = r.json().outcome;
    assert.equal(out.applied, true);
    assert.equal(out.sessionsEnded, 1);
    assert.deepEqual(out.toReturn.find((s: { name: string }) => s.name === 'test.assets').items, [
      `ノートPC (${leaver.loginId})`,
    ]);
    assert.equal((await lc.get('/api/org/contact-tree')).statusCode, 401);
    const row = await rowWhereOrThrow(t.db, 'users', { id: leaver.id }, ['status']);
    assert.equal(row.status, 'retired');
    const ev = await dataOf(org.id, 'org.transfer_applied');
    assert.equal(ev.kind, 'retirement');
    assert.equal(ev.endedAssignments.length, 1);
    assert.ok(ev.toReturn >= 1);
    const bad = await c.post('/api/org/transfers', {
      userId: leaver.id,
      kind: 'transfer',
      effectiveOn: '2025-04-01',
    });
    assert.equal(bad.json().error.fields[0].field, 'toUnitId');
  });

  test("[R-F13] a transfer on a future date ends the old unit's roles on the day, keeping body-wide ones", async () => {
    const { org, c } = await adminOf();
    const newUnit = (await c.post('/api/org/units', { name: '新しい課', kind: '課' })).json().id;
    const p = await makeUser(t.db, org);
    const kanri = (await c.post('/api/org/roles', { name: '管理者', tier: 2 })).json().id;
    const wide = (await c.post('/api/org/roles', { name: '委員', tier: 3 })).json().id;
    await c.post(`/api/org/roles/${kanri}/assignments`, { userId: p.id, unitId: org.unitId });
    await c.post(`/api/org/roles/${wide}/assignments`, { userId: p.id });
    const r = await c.post('/api/org/transfers', {
      userId: p.id,
      kind: 'transfer',
      effectiveOn: '2099-04-01',
      toUnitId: newUnit,
      newPost: '課長',
    });
    assert.equal(r.json().outcome.applied, false);
    assert.equal(await applyDueTransfers(t.db, '2099-03-31'), 0);
    assert.ok((await applyDueTransfers(t.db, '2099-04-01')) >= 1);
    const d = (await c.get(`/api/org/people/${p.id}`)).json();
    assert.equal(d.unitId, newUnit);
    assert.equal(d.post, '課長');
    const kept = d.assignments
      .filter((a: { endedAt: string | null }) => !a.endedAt)
      .map((a: { roleName: string }) => a.roleName);
    assert.deepEqual(kept, ['委員']);
    const ev = await dataOf(org.id, 'org.transfer_applied');
    assert.deepEqual(ev.endedAssignments, ['管理者']);
    const other = await adminOf();
    const cross = await other.c.post('/api/org/transfers', {
      userId: p.id,
      kind: 'retirement',
      effectiveOn: '2025-01-01',
    });
    assert.equal(cross.statusCode, 404);
  });

  test('[R-F13] a transfer falls due through the shared job queue (hourly), not a timer in each instance', async () => {
    const { org, c } = await adminOf();
    const newUnit = (await c.post('/api/org/units', { name: '異動先の課', kind: '課' })).json().id;
    const p = await makeUser(t.db, org);
    const r = await c.post('/api/org/transfers', {
      userId: p.id,
      kind: 'transfer',
      effectiveOn: '2099-04-01',
      toUnitId: newUnit,
    });
    assert.equal(r.json().outcome.applied, false);
    assert.equal(declaredSchedules().find(([kind]) => kind === 'org.apply_due_transfers')?.[1], 3600);
    // The day arrives: the runner enqueues the declared schedule and runs it.
    await t.db
      .updateTable('transfers')
      .set({ effective_on: '2000-04-01' })
      .where('user_id', '=', p.id)
      .execute();
    await new JobRunner(t.db, { id: 'transfers-test' }).tick();
    const job = await rowWhereOrThrow(t.db, 'jobs', { kind: 'org.apply_due_transfers' }, ['status']);
    assert.equal(job.status, 'done');
    assert.equal((await c.get(`/api/org/people/${p.id}`)).json().unitId, newUnit);
    assert.equal((await dataOf(org.id, 'org.transfer_applied')).kind, 'transfer');
  });

  test('[R-F13] periodic access review lists every person with their roles; the reviewer confirms or ends each line', async () => {
    const { org, admin, c } = await adminOf(['org.review', 'org.admin']);
    const p = await makeUser(t.db, org, { functions: ['audit.read'] });
    const started = await c.post('/api/org/reviews');
    assert.equal(started.statusCode, 200, started.body);
    const rid = started.json().id;
    assert.equal((await c.post('/api/org/reviews')).statusCode, 409);
    const review = (await c.get(`/api/org/reviews/${rid}`)).json();
    assert.deepEqual(review.lines.map((l: { userId: string }) => l.userId).sort(), [admin.id, p.id].sort());
    const pLine = review.lines.find((l: { userId: string }) => l.userId === p.id);
    const aLine = review.lines.find((l: { userId: string }) => l.userId === admin.id);
    assert.equal((await c.post(`/api/org/reviews/${rid}/complete`, {})).statusCode, 409);
    assert.equal(
      (await c.post(`/api/org/reviews/${rid}/lines/${pLine.id}`, { decision: 'ended' })).statusCode,
      204,
    );
    assert.equal(
      (await c.post(`/api/org/reviews/${rid}/lines/${aLine.id}`, { decision: 'confirmed' })).statusCode,
      204,
    );
    assert.equal((await signedIn(t, p).then((pc) => pc.get('/api/audit'))).statusCode, 403);
    assert.equal((await c.post(`/api/org/reviews/${rid}/complete`, { note: '年次見直し' })).statusCode, 204);
    assert.deepEqual(await dataOf(org.id, 'org.access_review_completed'), { confirmed: 1, ended: 1 });
    assert.equal((await dataOf(org.id, 'org.access_review_decided')).decision, 'confirmed');
    const bad = await c.post(`/api/org/reviews/${rid}/lines/${pLine.id}`, { decision: 'maybe' });
    assert.equal(bad.json().error.fields[0].field, 'decision');
    const other = await adminOf(['org.review']);
    assert.equal((await other.c.get(`/api/org/reviews/${rid}`)).statusCode, 404);
    const noFn = await signedIn(t, p);
    assert.equal((await noFn.post('/api/org/reviews')).statusCode, 403);
  });
});

describe('recognised headings of a staff list', () => {
  test('a sheet headed in English or with a body’s own Japanese words maps to the same fields', () => {
    const english = suggestMapping(
      ['Staff No', 'Full name', 'User ID', 'Department', 'Section', 'Job title', 'Email'],
      staffImport.fields,
    );
    const japanese = suggestMapping(
      ['職員コード', '氏　名', 'ユーザーID', '部局', '所属課', '職名', 'メール'],
      staffImport.fields,
    );
    const expected = { staffNo: 1, displayName: 2, loginId: 3, division: 4, unit: 5, post: 6, email: 7 };
    assert.deepEqual(english, expected);
    assert.deepEqual(japanese, expected);
  });
});
