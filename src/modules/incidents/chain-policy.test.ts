import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeHostAdmin, makeUser } from '../../../test/support/factories.ts';
import { auditEvents, signedIn, testAppPerFile } from '../../../test/support/http.ts';
import { systemActor } from '../../shared/actor.ts';
import { assignRole } from '../org/service.ts';
import type { PolicyAnalysis } from '../policy/index.ts';
import { chainFromPolicy } from './chain-policy.ts';

const t = testAppPerFile();

/** A body's own policy whose incident clause (第16条) sets 管理者 → 責任者 → 統括 → CISO. */
const POLICY = [
  '霞ヶ浦町情報セキュリティ対策基準',
  '第1章　総則',
  '第1条（目的）',
  'この基準は、本町が保有する情報資産の機密性、完全性及び可用性を維持するため、職員等が遵守すべき対策の基準を定める。',
  '第2章　組織体制',
  '第3条（最高情報セキュリティ責任者）',
  '副町長を最高情報セキュリティ責任者（以下「CISO」という。）とする。CISOは、本町における全ての情報資産の管理及び情報セキュリティ対策に関する最終決定権限及び責任を有する。',
  '第4条（統括情報セキュリティ責任者）',
  '総務課長を統括情報セキュリティ責任者とする。統括情報セキュリティ責任者は、CISOを補佐し、情報セキュリティ対策の実施状況を取りまとめなければならない。',
  '第5条（情報セキュリティ責任者）',
  '各課の課長を情報セキュリティ責任者とする。情報セキュリティ責任者は、所管する課の情報資産について、情報セキュリティ対策に関する権限及び責任を有する。',
  '第6条（情報セキュリティ管理者）',
  '各課の課長補佐を情報セキュリティ管理者とする。情報セキュリティ管理者は、所管する課の情報資産の管理を行い、職員等に対する指導を行わなければならない。',
  '第3章　事故等の報告',
  '第7条（事故等の報告）',
  '職員等は、情報セキュリティに関する事故を発見した場合は、速やかに情報セキュリティ管理者に報告しなければならない。',
  '2　報告を受けた情報セキュリティ管理者は、速やかに情報セキュリティ責任者に報告しなければならない。',
  '3　情報セキュリティ責任者は、事案の重大性に応じ、統括情報セキュリティ責任者を経由してCISOに報告しなければならない。',
  '附則',
  'この訓令は、令和8年4月1日から施行する。',
  '',
].join('\n');

interface Step {
  function: string;
  tier: number | null;
  role?: string | null;
  label: string;
  skippableWhenMinor: boolean;
}

/** A new body set up as its first administrator does: the policy imported, every proposal accepted, put in force. */
async function newBody() {
  const host = await makeHostAdmin(t.db);
  const c = await signedIn(t, host);
  const made = await c.post('/api/system/organizations', { name: '霞ヶ浦町', switchTo: true });
  assert.equal(made.statusCode, 200, made.body);
  const orgId = made.json().id as string;
  const imported = await c.post('/api/policy/import', { text: POLICY, fileName: 'kijun.txt' });
  assert.equal(imported.statusCode, 201, imported.body);
  const versionId = imported.json().versionId as string;
  const items = (await c.get(`/api/policy/versions/${versionId}/proposals`)).json().items as {
    kind: string;
    key: string;
    clausePath: string | null;
    detail: string;
  }[];
  return { c, orgId, versionId, items };
}

async function acceptAll(b: Awaited<ReturnType<typeof newBody>>) {
  const decisions = b.items.map((i) => ({ kind: i.kind, key: i.key, accept: true }));
  const decided = await b.c.post(`/api/policy/versions/${b.versionId}/proposals/decide`, { decisions });
  assert.equal(decided.statusCode, 200, decided.body);
}

describe('the reporting chain of a new body follows its own policy', () => {
  test('[R-E10][R-A5] the policy’s incident clause proposes the chain; accepting it sets 管理者 → 責任者 → 統括 → CISO, audited', async () => {
    const b = await newBody();
    const before = (await b.c.get('/api/incidents/settings')).json();
    assert.deepEqual(before.chain, [], 'nothing is set before the proposal is accepted');
    const chain = b.items.filter((i) => i.kind === 'incident_chain');
    assert.equal(chain.length, 1, JSON.stringify(b.items.map((i) => i.kind)));
    assert.equal(chain[0].clausePath, '第3章/第7条', 'linked to the clause that sets it');
    assert.match(
      chain[0].detail,
      /情報セキュリティ管理者 → 情報セキュリティ責任者 → 統括情報セキュリティ責任者 → CISO/,
    );

    await acceptAll(b);
    const s = (await b.c.get('/api/incidents/settings')).json();
    assert.equal(s.stored, true);
    const steps = s.chain as Step[];
    assert.deepEqual(
      steps.map((x) => x.label),
      ['情報セキュリティ管理者', '情報セキュリティ責任者', '統括情報セキュリティ責任者', 'CISO'],
    );
    assert.deepEqual(
      steps.map((x) => x.function),
      ['incidents.receive', 'incidents.escalate_to', 'incidents.escalate_to', 'incidents.escalate_to'],
    );
    // 事案の重大性に応じ: the steps that sentence adds depend on the case; the 責任者 is always told.
    assert.deepEqual(
      steps.map((x) => x.skippableWhenMinor),
      [false, false, true, true],
    );
    const roles = (await b.c.get('/api/org/roles')).json().items as { id: string; name: string }[];
    for (const st of steps)
      assert.equal(st.role, roles.find((r) => r.name === st.label)?.id, `${st.label} is its own role's step`);

    const events = await auditEvents(t.db, b.orgId);
    const saved = events.find((e) => e.event === 'incidents.settings_changed');
    assert.ok(saved, 'setting the chain is audited');
    assert.equal(JSON.parse(saved.data).after.chain.length, 4);
    assert.ok(
      events.some(
        (e) =>
          e.event === 'org.role_functions_set' &&
          /incidents\.receive/.test(e.data) &&
          /情報セキュリティ管理者/.test(e.data),
      ),
      'the first role receives reports, audited',
    );
  });

  test('[R-E10] an incident climbs the chain role by role: the 責任者 step reaches the 責任者 alone, not the 統括 of the same tier', async () => {
    const b = await newBody();
    await acceptAll(b);
    const roles = (await b.c.get('/api/org/roles')).json().items as {
      id: string;
      name: string;
      tier: number;
    }[];
    const role = (name: string) => roles.find((r) => r.name === name);
    const sekinin = role('情報セキュリティ責任者');
    const toukatsu = role('統括情報セキュリティ責任者');
    assert.ok(sekinin && toukatsu);
    assert.equal(sekinin.tier, toukatsu.tier, 'the policy ranks both alike');
    const org = { id: b.orgId, unitId: '' };
    const staff = await makeUser(t.db, org, { unitId: null });
    const holder = await makeUser(t.db, org, { unitId: null });
    const other = await makeUser(t.db, org, { unitId: null });
    const actor = systemActor(b.orgId, 'test');
    await t.db.transaction().execute(async (trx) => {
      await assignRole(trx, actor, { roleId: sekinin.id, userId: holder.id });
      await assignRole(trx, actor, { roleId: toukatsu.id, userId: other.id });
    });
    const s = await signedIn(t, staff);
    const made = await s.post('/api/incidents', {
      title: 'USBメモリの紛失',
      description: '住民データを含むUSBメモリが見当たらない',
      typeKey: 'lost_device',
      foundAt: '2026-04-28T01:00:00.000Z',
      personalInfo: 'yes',
    });
    assert.equal(made.statusCode, 200, made.body);
    const steps = await t.db
      .selectFrom('incident_steps')
      .selectAll()
      .where('incident_id', '=', made.json().id)
      .orderBy('position')
      .execute();
    assert.equal(steps[1].label, '情報セキュリティ責任者');
    assert.equal(steps[1].role_id, sekinin.id);
    const { stepHolders } = await import('./index.ts');
    assert.deepEqual(await stepHolders(t.db, steps[1]), [holder.id]);
  });

  test('[R-A3] the body’s first administrator may set the chain the setup shows', async () => {
    const b = await newBody();
    await acceptAll(b);
    const s = (await b.c.get('/api/incidents/settings')).json();
    const { stored: _s, ...body } = s;
    const put = await b.c.put('/api/incidents/settings', { ...body, promptReportDays: 4 });
    assert.ok(put.statusCode < 300, put.body);
    const saved = (await auditEvents(t.db, b.orgId)).filter((e) => e.event === 'incidents.settings_changed');
    assert.equal(JSON.parse(saved.at(-1)?.data ?? '{}').after.promptReportDays, 4);
  });

  test('[R-E10] 「まず行うこと」 cites the body’s own clause, never the sample policy’s 第2章/5./(3)', async () => {
    const b = await newBody();
    await acceptAll(b);
    const inForce = await b.c.post(`/api/policy/versions/${b.versionId}/in-force`, {
      effectiveOn: '2026-04-01',
    });
    assert.ok(inForce.statusCode < 300, inForce.body);
    const types = (await b.c.get('/api/incidents/types')).json().items as {
      key: string;
      clausePath: string | null;
      clauseCitation: { numbers: string; title: string | null } | null;
    }[];
    for (const ty of types) assert.doesNotMatch(ty.clausePath ?? '', /^第2章\/[5-7]\./, ty.key);
    assert.equal(types.find((x) => x.key === 'lost_device')?.clausePath, '第3章/第7条');
    assert.equal(types.find((x) => x.key === 'malware')?.clausePath, null);
    const made = await b.c.post('/api/incidents', {
      title: 'USBメモリの紛失',
      description: '住民データを含むUSBメモリが見当たらない',
      typeKey: 'lost_device',
      foundAt: '2026-04-28T01:00:00.000Z',
      personalInfo: 'no',
    });
    assert.equal(made.statusCode, 200, made.body);
    const d = (await b.c.get(`/api/incidents/${made.json().id}`)).json();
    assert.equal(d.type.clausePath, '第3章/第7条');
    // 「まず行うこと」 cites it as a reader would: the article's number and the caption the policy writes.
    const cited = { numbers: '第7条', title: '事故等の報告' };
    assert.deepEqual(d.type.clauseCitation, cited);
    assert.deepEqual(types.find((x) => x.key === 'lost_device')?.clauseCitation, cited);
  });

  test('[R-E10] a chain written as items (5.(3)①②) is read across the items; 軽微な事案を除き makes the next steps skippable', () => {
    const o = (path: string, text: string) => ({ path, text, modality: 'must', actors: [] });
    const analysis = {
      roles: [
        { name: 'CISO', aliases: ['最高情報セキュリティ責任者'], path: '第2章/1./(1)', tier: 1 },
        { name: '情報セキュリティ責任者(次長)', path: '第2章/1./(2)', tier: 2 },
        { name: '情報セキュリティ管理者(係長)', path: '第2章/1./(3)', tier: 3 },
      ],
      obligations: [
        o(
          '第2章/5./(3)/①',
          '職員は、情報セキュリティインシデントを発見した場合には、速やかに情報セキュリティ管理者(係長)に報告しなければならない。',
        ),
        o(
          '第2章/5./(3)/②',
          '情報セキュリティ管理者(係長)は、情報セキュリティインシデントの報告を受けた場合、軽微な事案を除き、情報セキュリティ責任者(次長)に報告しなければならない。',
        ),
        o(
          '第2章/5./(3)/②',
          'なお、情報セキュリティ責任者(次長)は、報告を受けた場合、必要に応じて、最高情報セキュリティ責任者に報告しなければならない。',
        ),
        o('第2章/6./(1)', '職員は、パスワードを他人に知らせてはならない。'),
      ],
    } as unknown as PolicyAnalysis;
    assert.deepEqual(chainFromPolicy(analysis), {
      clausePath: '第2章/5./(3)/①',
      roles: [
        { name: '情報セキュリティ管理者(係長)', skippable: false },
        { name: '情報セキュリティ責任者(次長)', skippable: true },
        { name: 'CISO', skippable: true },
      ],
    });
    assert.equal(chainFromPolicy({ ...analysis, obligations: analysis.obligations.slice(3) }), null);
  });
});
