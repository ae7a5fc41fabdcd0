import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import { auditEvents, signedIn, testAppPerFile } from '../../../test/support/http.ts';
import { prepareFromBytes } from '../policy/import.ts';
import { importVersionIn, setInForceIn } from '../policy/service.ts';
import { approveFn, MANAGE_TYPES } from './functions.ts';
import { addType, file, person, registeredAsset, takeOut } from './testkit.ts';

const t = testAppPerFile();

/** A small policy of the body itself, in force: 重要性I・II need the 管理者's permission to go out. */
const POLICY = [
  '情報セキュリティ対策基準',
  '第1条 この基準は、情報資産の取扱いについて定める。',
  '第2条 職員は、重要性I又は重要性IIの情報資産を持ち出す場合は、情報セキュリティ管理者の許可を得なければならない。',
  '',
].join('\n');

async function bodyWithPolicy() {
  const org = await makeOrg(t.db, '安全町');
  await t.db.transaction().execute(async (trx) => {
    const prepared = await prepareFromBytes(new TextEncoder().encode(POLICY));
    const { versionId } = await importVersionIn(trx, org.actor, prepared, { fileName: 'kijun.txt' });
    await setInForceIn(trx, org.actor, versionId);
  });
  await registeredAsset(t, org, 'S-000', '重要性I'); // the body's scheme: 重要性 I/II/III
  const clause = await t.db
    .selectFrom('policy_clauses')
    .select('path')
    .where('organization_id', '=', org.id)
    .where('text', 'like', '%持ち出す%')
    .executeTakeFirstOrThrow();
  const admin = await person(t, org, [MANAGE_TYPES]);
  return { org, admin, clause: clause.path };
}

/** The type as its editor sends it back: in force, citing the clause, for these levels. */
async function typeEdit(
  admin: Awaited<ReturnType<typeof person>>,
  typeId: string,
  clause: string,
  levels: string[],
) {
  const current = (await admin.c.get('/api/requests/types'))
    .json()
    .items.find((x: { id: string }) => x.id === typeId);
  return {
    code: current.code,
    nameJa: current.nameJa,
    nameEn: current.nameEn,
    topic: current.topic,
    recordKind: current.recordKind,
    clausePath: clause,
    active: true,
    definition: { ...current.definition, levels },
  };
}

async function statusOf(c: Awaited<ReturnType<typeof person>>['c'], id: string) {
  return (await c.get(`/api/requests/${id}`)).json().status as string;
}

describe('a request never skips its approver by accident', () => {
  test('[R-E3] a template from the catalogue carries no other body’s levels or clause, so every class needs approval', async () => {
    const { org } = await bodyWithPolicy();
    const typeId = await addType(t, org, 'take_out_001');
    const type = await t.db
      .selectFrom('request_types')
      .select(['definition', 'clause_path'])
      .where('id', '=', typeId)
      .executeTakeFirstOrThrow();
    assert.equal(type.clause_path, null);
    assert.deepEqual(JSON.parse(type.definition).levels, []);
    const staff = await person(t, org);
    for (const cls of ['重要性I', '重要性II', '重要性III']) {
      const id = await file(staff.c, typeId, { ...takeOut, asset: `T-${cls}` }, cls);
      assert.equal(await statusOf(staff.c, id), 'pending', `${cls} waits for its approver`);
    }
  });

  test('[R-E3] a type whose levels are not in the body’s scheme cannot be activated; levels from the scheme can', async () => {
    const { org, admin, clause } = await bodyWithPolicy();
    const typeId = await addType(t, org, 'take_out_001');
    const foreign = await typeEdit(admin, typeId, clause, ['機密性3', '機密性2']);
    const refused = await admin.c.put(`/api/requests/types/${typeId}`, foreign);
    assert.equal(refused.statusCode, 409, refused.body);
    assert.match(refused.json().error.message, /機密性3、機密性2.*分類体系にありません/);
    const inactive = await admin.c.put(`/api/requests/types/${typeId}`, { ...foreign, active: false });
    assert.equal(inactive.statusCode, 204, inactive.body);
    const own = await admin.c.put(`/api/requests/types/${typeId}`, {
      ...foreign,
      definition: { ...foreign.definition, levels: ['重要性I', '重要性II'] },
    });
    assert.equal(own.statusCode, 204, own.body);
  });

  test('[R-E3] the type editor is offered the levels of the body’s own scheme and its roles to choose from; staff are not', async () => {
    const { org, admin } = await bodyWithPolicy();
    const approver = await person(t, org, [approveFn('take_out')]);
    const answer = (await admin.c.get('/api/requests/types')).json();
    assert.deepEqual(answer.scheme, [{ axis: '重要性', levels: ['重要性I', '重要性II', '重要性III'] }]);
    const roles = answer.roles as { id: string; name: string; functions: string[] }[];
    const role = await t.db
      .selectFrom('role_assignments')
      .select('role_id')
      .where('user_id', '=', approver.user.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      roles.find((r) => r.id === role.role_id)?.functions,
      [approveFn('take_out')],
      'each role comes with the approvals its people may give',
    );
    const staff = await person(t, org);
    const seen = (await staff.c.get('/api/requests/types')).json();
    assert.equal(seen.scheme, undefined);
    assert.equal(seen.roles, undefined);
  });

  test('[R-E3] the type editor’s 根拠条項 is chosen from the clauses of the body’s policy in force; staff are not offered them', async () => {
    const { org, admin, clause } = await bodyWithPolicy();
    const answer = (await admin.c.get('/api/requests/types')).json();
    const clauses = answer.clauses as { path: string; text: string; document: string }[];
    const cited = clauses.find((c) => c.path === clause);
    assert.ok(cited, `the take-out clause ${clause} is offered`);
    assert.match(cited.text, /^職員は、重要性I又は重要性IIの情報資産を持ち出す場合/);
    assert.ok(cited.text.length <= 41, 'a clause without heading is named by the start of its text');
    assert.ok(
      clauses.every((c) => c.document),
      'each clause names its document',
    );
    assert.deepEqual(
      clauses.map((c) => c.path).filter((p) => p === clause),
      [clause],
      'once, from the version in force',
    );
    // Another body's policy is not offered.
    const other = await makeOrg(t.db, '別の町');
    const otherAdmin = await person(t, other, [MANAGE_TYPES]);
    assert.deepEqual((await otherAdmin.c.get('/api/requests/types')).json().clauses, []);
    const staff = await person(t, org);
    assert.equal((await staff.c.get('/api/requests/types')).json().clauses, undefined);
  });

  test('[R-E3] a type with an approval step whose role is not chosen is refused, naming the step, in both languages', async () => {
    const { org, admin } = await bodyWithPolicy();
    const typeId = await addType(t, org, 'take_out_001');
    const current = (await admin.c.get('/api/requests/types'))
      .json()
      .items.find((x: { id: string }) => x.id === typeId);
    const { id: _id, source: _source, ...draft } = current;
    const chain = [draft.definition.chain[0], { function: '', mode: 'any', unitScoped: false }];
    const before = (await auditEvents(t.db, org.id)).length;
    const messages = {
      ja: '承認の流れの第2段階に、承認する役割が選ばれていません。役割を選ぶか、その段階を削除してください。',
      en: 'Step 2 of the approval chain has no approving role. Choose one, or remove the step.',
    };
    for (const lang of ['ja', 'en'] as const) {
      const message = messages[lang];
      const r = await admin.c.request(
        'PUT',
        `/api/requests/types/${typeId}`,
        { ...draft, definition: { ...draft.definition, chain } },
        { 'accept-language': lang },
      );
      assert.equal(r.statusCode, 400, r.body);
      assert.deepEqual(r.json().error.fields, [
        { field: 'definition.chain.1.function', code: 'requests.step_without_approver', message, messages },
      ]);
    }
    assert.equal((await auditEvents(t.db, org.id)).length, before, 'nothing saved');
  });

  test('[R-E3] only a class the body’s own policy exempts goes without approval, and the record cites that clause; unknown or unmapped classes need approval', async () => {
    const { org, admin, clause } = await bodyWithPolicy();
    const typeId = await addType(t, org, 'take_out_001');
    const input = await typeEdit(admin, typeId, clause, ['重要性I', '重要性II']);
    assert.equal((await admin.c.put(`/api/requests/types/${typeId}`, input)).statusCode, 204);
    const approver = await signedIn(t, await makeUser(t.db, org, { functions: [approveFn('take_out')] }));
    const staff = await person(t, org);

    const high = await file(staff.c, typeId, { ...takeOut, asset: 'H-1' }, '重要性II');
    assert.equal(await statusOf(staff.c, high), 'pending', 'a listed level waits for its approver');
    const unclassified = await file(staff.c, typeId, { ...takeOut, asset: 'U-1' });
    assert.equal(await statusOf(staff.c, unclassified), 'pending', 'a class nobody knows needs approval');
    const stated = await staff.c.post('/api/requests', {
      typeId,
      values: { ...takeOut, asset: await registeredAsset(t, org, 'U-2') },
      assetClass: '重要性III',
    });
    assert.equal(
      await statusOf(staff.c, stated.json().id),
      'pending',
      'what the requester types is not the class',
    );

    const low = await file(staff.c, typeId, { ...takeOut, asset: 'L-1' }, '重要性III');
    assert.equal(
      await statusOf(staff.c, low),
      'approved',
      'the body’s policy asks permission for I and II only',
    );
    const record = await t.db
      .selectFrom('request_records')
      .select(['approvers'])
      .where('request_id', '=', low)
      .executeTakeFirstOrThrow();
    assert.equal(record.approvers, `許可不要（ポリシー ${clause.split('/').join(' ')}）`);
    const approved = (await auditEvents(t.db, org.id)).find(
      (e) => e.event === 'requests.approved' && e.target_id === low,
    );
    const data = JSON.parse(approved?.data ?? '{}');
    assert.equal(data.exemptBy, clause, 'the audit log cites the clause, not the applicant, as the reason');
    assert.deepEqual(data.approvers, []);
    assert.equal(
      approved?.actor_id,
      staff.user.id,
      'the applicant filed it; nobody is named as its approver',
    );

    // The clause must be the body's own, in force: a clause the policy does not have exempts nothing.
    await t.db
      .updateTable('request_types')
      .set({ clause_path: '第2章/5./(1)/③/(ア)' })
      .where('id', '=', typeId)
      .execute();
    const foreignClause = await file(staff.c, typeId, { ...takeOut, asset: 'L-2' }, '重要性III');
    assert.equal(await statusOf(staff.c, foreignClause), 'pending');
    // And the approver decides what waits: the record names them.
    const decided = await approver.post(`/api/requests/${high}/decisions`, { decision: 'approve' });
    assert.equal(decided.statusCode, 200, decided.body);
    const granted = await t.db
      .selectFrom('request_records')
      .select('approvers')
      .where('request_id', '=', high)
      .executeTakeFirstOrThrow();
    assert.match(granted.approvers ?? '', /利用者/);
  });
});
