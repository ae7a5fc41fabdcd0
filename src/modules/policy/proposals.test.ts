import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import { auditEvents, type Client, signedIn, testAppPerFile } from '../../../test/support/http.ts';
import { rowsWhere } from '../../db/rows-in-org.ts';
import { importSample, upload } from './test-helpers.ts';

const t = testAppPerFile();

interface P {
  kind: string;
  key: string;
  title: string;
  clausePath: string;
  alreadyPresent?: boolean;
  payload: { tier: number; post: string | null; committee: boolean };
  decision: { decision: string; recordId: string | null } | null;
}

async function setUp(file: string) {
  const org = await makeOrg(t.db);
  const admin = await makeUser(t.db, org, { functions: ['policy.manage'] });
  const c = await signedIn(t, admin);
  const { versionId } = await importSample(c, file);
  return { org, c, versionId };
}

const rolesOf = async (c: Client, versionId: string): Promise<P[]> =>
  (await c.get(`/api/policy/versions/${versionId}/proposals`))
    .json()
    .items.filter((p: P) => p.kind === 'roles');

describe('policy proposals', () => {
  test("[R-A7] seed 003's proposals have 情報セキュリティ責任者 on top and no CISO", async () => {
    const { c, versionId } = await setUp('003-hanamaki-taisaku-kijun.txt');
    const roles = await rolesOf(c, versionId);
    const people = roles.filter((r) => !r.payload.committee);
    const top = people.filter((r) => r.payload.tier === Math.min(...people.map((p) => p.payload.tier)));
    assert.deepEqual(
      top.map((r) => r.title),
      ['情報セキュリティ責任者'],
    );
    assert.equal(top[0].payload.post, '政策推進部長');
    assert.equal(top[0].clausePath, '第3');
    assert.ok(!roles.some((r) => /CISO|最高情報セキュリティ責任者/.test(r.title)), 'no CISO is invented');
    assert.ok(roles.some((r) => r.payload.committee && r.title === '情報セキュリティ委員会'));
    assert.ok(people.some((r) => r.title === 'ネットワーク管理者'));
  });

  test('[R-A1] the top officer of seed 001 is the post its policy names (事務局長 = CISO); accepting makes it a role linked to its clause', async () => {
    const { org, c, versionId } = await setUp('001-hagi-nagato-seiso.txt');
    const roles = await rolesOf(c, versionId);
    const top = roles.find((r) => r.payload.tier === 1 && !r.payload.committee) as P;
    assert.equal(top.payload.post, '事務局長');
    const r = await c.post(`/api/policy/versions/${versionId}/proposals/decide`, {
      decisions: roles.map((p) => ({ kind: p.kind, key: p.key, accept: p.key === top.key })),
    });
    assert.equal(r.statusCode, 200, r.body);
    const created = await rowsWhere(t.db, 'roles', { organization_id: org.id });
    const role = created.find((x) => x.post === '事務局長');
    assert.ok(role, 'the role was created');
    assert.equal(role.tier, 1);
    assert.equal(role.clause_path, '第2章/1./(1)');
    const after = await rolesOf(c, versionId);
    assert.equal(after.find((p) => p.key === top.key)?.decision?.decision, 'accepted');
    assert.equal(after.find((p) => p.key === top.key)?.decision?.recordId, role.id);
    assert.ok(after.filter((p) => p.key !== top.key).every((p) => p.decision?.decision === 'rejected'));
    const events = await auditEvents(t.db, org.id);
    const accepted = events.filter((e) => e.event === 'policy.proposal_accepted');
    assert.equal(accepted.length, 1);
    assert.deepEqual(JSON.parse(accepted[0].data).record, { type: 'role', id: role.id });
    assert.equal(events.filter((e) => e.event === 'policy.proposal_rejected').length, roles.length - 1);
    assert.ok(events.some((e) => e.event === 'org.role_created' && e.target_id === role.id));
    // "Which clause demands me?"
    const links = await c.get(
      `/api/policy/clauses/${encodeURIComponent('第2章/1./(1)')}/links?versionId=${versionId}`,
    );
    assert.equal(links.statusCode, 200, links.body);
    assert.deepEqual(
      links.json().records.map((x: { recordId: string }) => x.recordId),
      [role.id],
    );
    assert.ok(links.json().roles.some((x: { id: string }) => x.id === role.id));
    // Deciding again answers 409.
    const again = await c.post(`/api/policy/versions/${versionId}/proposals/decide`, {
      decisions: [{ kind: 'roles', key: top.key, accept: true }],
    });
    assert.equal(again.statusCode, 409);
  });

  test('proposal decisions are all or nothing: one unknown key and nothing is created or recorded', async () => {
    const { org, c, versionId } = await setUp('001-hagi-nagato-seiso.txt');
    const roles = await rolesOf(c, versionId);
    const before = (await auditEvents(t.db, org.id)).length;
    const r = await c.post(`/api/policy/versions/${versionId}/proposals/decide`, {
      decisions: [
        { kind: 'roles', key: roles[0].key, accept: true },
        { kind: 'roles', key: 'role:存在しない役割', accept: true },
      ],
    });
    assert.equal(r.statusCode, 400);
    assert.equal(r.json().error.fields[0].field, 'decisions.1.key');
    const fromPolicy = await t.db
      .selectFrom('roles')
      .select('id')
      .where('organization_id', '=', org.id)
      .where('clause_path', 'is not', null)
      .execute();
    assert.equal(fromPolicy.length, 0, 'the first, valid decision was rolled back too');
    assert.equal(
      (await rowsWhere(t.db, 'policy_proposal_decisions', { organization_id: org.id }, ['id'])).length,
      0,
    );
    assert.equal((await auditEvents(t.db, org.id)).length, before);
    const badKind = await c.post(`/api/policy/versions/${versionId}/proposals/decide`, {
      decisions: [{ kind: 'nope', key: 'x', accept: true }],
    });
    assert.equal(badKind.json().error.fields[0].field, 'decisions.0.kind');
    const empty = await c.post(`/api/policy/versions/${versionId}/proposals/decide`, { decisions: [] });
    assert.equal(empty.statusCode, 400);
    assert.equal(empty.json().error.fields[0].field, 'decisions');
  });

  test('a role the organization already has by name is proposed as already present and not duplicated', async () => {
    const org = await makeOrg(t.db);
    const admin = await makeUser(t.db, org, {
      functions: ['policy.manage'],
      roleName: '情報セキュリティ責任者',
    });
    const c = await signedIn(t, admin);
    const { versionId } = await importSample(c, '003-hanamaki-taisaku-kijun.txt');
    const roles = await rolesOf(c, versionId);
    const p = roles.find((r) => r.title === '情報セキュリティ責任者') as P;
    assert.equal(p.alreadyPresent, true);
    const r = await c.post(`/api/policy/versions/${versionId}/proposals/decide`, {
      decisions: [{ kind: 'roles', key: p.key, accept: true }],
    });
    assert.equal(r.statusCode, 200, r.body);
    const same = await rowsWhere(t.db, 'roles', { organization_id: org.id, name: p.title }, ['id']);
    assert.equal(same.length, 1);
  });

  test('[R-A8] a committee whose chair and members the policy names is accepted as a committee with its roster, never as a role', async () => {
    const org = await makeOrg(t.db);
    const admin = await makeUser(t.db, org, { functions: ['policy.manage'] });
    const c = await signedIn(t, admin);
    const text = `架空広域連合情報セキュリティ規程
（目的）
第１条　この規程は、情報資産の安全な管理に必要な事項を定める。
（最高情報セキュリティ責任者）
第２条　事務局長を最高情報セキュリティ責任者とする。
（委員会）
第３条　情報セキュリティ対策を推進するため、最高情報セキュリティ責任者を委員長とし、各部長を委員とする情報セキュリティ推進委員会を設置する。
`;
    const imported = await upload(c, Buffer.from(text), 'kitei.txt');
    assert.equal(imported.statusCode, 201, imported.body);
    const versionId = imported.json().versionId;
    const roles = await rolesOf(c, versionId);
    const p = roles.find((r) => r.payload.committee) as P;
    assert.equal(p.title, '情報セキュリティ推進委員会');
    assert.match((p as P & { detail: string }).detail, /委員長: 最高情報セキュリティ責任者 \/ 委員: 各部長/);
    assert.doesNotMatch((p as P & { detail: string }).detail, /充て職/);
    const r = await c.post(`/api/policy/versions/${versionId}/proposals/decide`, {
      decisions: [{ kind: 'roles', key: p.key, accept: true }],
    });
    assert.equal(r.statusCode, 200, r.body);
    const committees = await rowsWhere(t.db, 'committees', { organization_id: org.id });
    assert.equal(committees.length, 1);
    assert.equal(committees[0].name, '情報セキュリティ推進委員会');
    assert.equal(committees[0].chair_post, '最高情報セキュリティ責任者');
    assert.equal(committees[0].clause_path, '第3条');
    const members = await rowsWhere(t.db, 'committee_members', { committee_id: committees[0].id });
    assert.deepEqual(
      members.map((m) => m.post),
      ['各部長'],
    );
    const asRole = await rowsWhere(t.db, 'roles', { organization_id: org.id, name: p.title }, ['id']);
    assert.equal(asRole.length, 0, 'no role is made of the committee');
    const events = (await auditEvents(t.db, org.id)).map((e) => e.event);
    assert.ok(events.includes('org.committee_created'));
    assert.ok(events.includes('org.committee_members_set'));
    const after = await rolesOf(c, versionId);
    assert.equal(after.find((x) => x.key === p.key)?.decision?.recordId, committees[0].id);
  });

  test('proposals need policy.manage; another organization answers 404', async () => {
    const { c: _c, versionId } = await setUp('000-saitama-seibu-kankyo-gikai.txt');
    const other = await makeOrg(t.db);
    const reader = await signedIn(t, await makeUser(t.db, other, { functions: ['policy.read'] }));
    const r = await reader.get(`/api/policy/versions/${versionId}/proposals`);
    assert.equal(r.statusCode, 403);
    assert.match(r.json().error.message, /「ポリシーの取込み・提案の採否・施行・見直し」/);
    const manager = await signedIn(t, await makeUser(t.db, other, { functions: ['policy.manage'] }));
    const d = await manager.post(`/api/policy/versions/${versionId}/proposals/decide`, {
      decisions: [{ kind: 'roles', key: 'x', accept: true }],
    });
    assert.equal(d.statusCode, 404);
  });
});
