import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { makeHostAdmin, makeOrg, makeUser } from '../../../test/support/factories.ts';
import { auditEvents, signedIn, testAppPerFile } from '../../../test/support/http.ts';

const t = testAppPerFile();

const POLICY = [
  '情報セキュリティ対策基準',
  '第1条 この基準は、情報資産の取扱いについて定める。',
  '第2条 情報セキュリティ管理者は、総務課長をもって充てる。',
  '第3条 情報資産は、重要性I、重要性II及び重要性IIIに分類する。',
  '第4条 職員は、重要性I又は重要性IIの情報資産を持ち出す場合は、情報セキュリティ管理者の許可を得なければならない。',
  '',
].join('\n');

const STAFF = [
  '氏名,ログインID,所属,役職,メールアドレス',
  `総務 一郎,soumu-${Date.now()},総務課,総務課長,soumu@example.lg.jp`,
  `職員 花子,staff-${Date.now()},総務課,主事,staff@example.lg.jp`,
  '',
].join('\n');

const stepsDone = (s: { steps: { key: string; done: boolean }[] }) =>
  s.steps.filter((x) => x.done).map((x) => x.key);

describe('the guided set-up’s state is derived from what the body has', () => {
  test('[R-P1] a new body’s status moves step by step: kind, policy, proposals, people, roles, first asset, hand-over', async () => {
    const host = await makeHostAdmin(t.db);
    const c = await signedIn(t, host);
    const made = await c.post('/api/system/organizations', { name: '段取町', switchTo: true });
    assert.equal(made.statusCode, 200, made.body);
    const orgId = made.json().id as string;

    let s = (await c.get('/api/setup/status')).json();
    assert.equal(s.body.name, '段取町');
    assert.equal(s.next, 'body', 'a fresh body starts with its kind');
    assert.deepEqual(stepsDone(s), []);
    const founder = (await c.get('/api/org/roles')).json().items[0];
    assert.equal(
      s.founderRoleId,
      founder.id,
      'the set-up’s own role is named, so the roles step leaves it out',
    );

    const settings = (await c.get('/api/org/settings')).json();
    const kind = await c.put('/api/org/settings', { ...settings, bodyKind: 'municipality' });
    assert.equal(kind.statusCode, 200, kind.body);
    const changed = (await auditEvents(t.db, orgId)).find((e) => e.event === 'org.settings_changed');
    assert.equal(JSON.parse(changed?.data ?? '{}').after.bodyKind, 'municipality', 'the kind is audited');
    const wrong = await c.put('/api/org/settings', { ...settings, bodyKind: 'castle' });
    assert.equal(wrong.statusCode, 400);
    assert.match(JSON.stringify(wrong.json().error.fields), /bodyKind/);

    s = (await c.get('/api/setup/status')).json();
    assert.equal(s.body.kind, 'municipality');
    assert.equal(s.next, 'policy');

    const imported = await c.post('/api/policy/import', { text: POLICY, fileName: 'kijun.txt' });
    assert.equal(imported.statusCode, 201, imported.body);
    const versionId = imported.json().versionId as string;
    s = (await c.get('/api/setup/status')).json();
    assert.equal(s.policy.versionId, versionId);
    assert.ok(s.undecided > 0, 'the proposals wait for a decision');
    assert.equal(s.next, 'proposals');

    const items = (await c.get(`/api/policy/versions/${versionId}/proposals`)).json().items;
    const decisions = items.map((i: { kind: string; key: string }) => ({
      kind: i.kind,
      key: i.key,
      accept: true,
    }));
    const decided = await c.post(`/api/policy/versions/${versionId}/proposals/decide`, { decisions });
    assert.equal(decided.statusCode, 200, decided.body);
    s = (await c.get('/api/setup/status')).json();
    assert.equal(s.undecided, 0);
    assert.ok(s.scheme, 'the scheme is active');
    assert.ok(s.takeOut, 'the take-out type the policy demands is active');
    assert.equal(s.next, 'people');

    const content = Buffer.from(STAFF, 'utf8').toString('base64');
    const inspected = await c.post('/api/imports/org.people/inspect', { fileName: 'staff.csv', content });
    assert.equal(inspected.statusCode, 200, inspected.body);
    const run = await c.post('/api/imports/org.people', {
      fileName: 'staff.csv',
      content,
      mapping: inspected.json().mapping,
    });
    assert.equal(run.statusCode, 200, run.body);
    s = (await c.get('/api/setup/status')).json();
    assert.equal(s.people, 2);
    assert.equal(s.units, 1, 'the unit came from the staff list');
    assert.equal(s.roles.filled, 0);
    assert.equal(s.next, 'roles');

    const suggested = (await c.get('/api/org/suggested-assignments')).json().items;
    assert.equal(suggested.length, 1, 'the 総務課長 fills the role the policy gives that post');
    assert.equal(s.roles.total, 1);
    assert.deepEqual(
      s.roles.empty,
      [{ id: suggested[0].roleId, name: '情報セキュリティ管理者' }],
      'the checklist can name the proposed role nobody holds yet',
    );

    const unitId = (await c.get('/api/org/units')).json().items[0].id as string;
    const asset = await c.post('/api/assets', {
      ownerUnitId: unitId,
      assetNo: 'A-1',
      name: '住民台帳',
      kind: 'device',
      levels: [],
      status: 'draft',
    });
    assert.equal(asset.statusCode, 200, asset.body);
    s = (await c.get('/api/setup/status')).json();
    assert.deepEqual(stepsDone(s), ['body', 'policy', 'proposals', 'people', 'asset']);
    assert.equal(s.next, 'roles', 'the checklist stays open while a proposed role has nobody holding it');
    assert.equal(s.roles.empty.length, 1);

    // The host gives no approving role; the body's own administrator, handed the set-up, does.
    const refused = await c.post(`/api/org/roles/${suggested[0].roleId}/assignments`, {
      userId: suggested[0].userId,
    });
    assert.equal(refused.statusCode, 403, refused.body);
    const people = (await c.get('/api/org/people')).json().items as { id: string; post: string }[];
    const clerk = people.find((p) => p.post === '主事');
    assert.ok(clerk);
    const handed = await c.post('/api/org/setup/handover', { userId: clerk.id });
    assert.equal(handed.statusCode, 204, handed.body);
    const admin = await signedIn(t, { id: clerk.id, organizationId: orgId });
    const assigned = await admin.post(`/api/org/roles/${suggested[0].roleId}/assignments`, {
      userId: suggested[0].userId,
    });
    assert.equal(assigned.statusCode, 200, assigned.body);
    s = (await admin.get('/api/setup/status')).json();
    assert.equal(s.next, null, 'the body is running');
    assert.deepEqual(s.roles.empty, []);
    assert.ok(s.handedOver);
  });

  test('the status needs the administrator’s function', async () => {
    const org = await makeOrg(t.db);
    const staff = await signedIn(t, await makeUser(t.db, org));
    assert.equal((await staff.get('/api/setup/status')).statusCode, 403);
  });
});
