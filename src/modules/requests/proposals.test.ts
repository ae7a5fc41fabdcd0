import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeOrg } from '../../../test/support/factories.ts';
import { auditEvents, testAppPerFile } from '../../../test/support/http.ts';
import { createRole } from '../org/service.ts';
import type { PolicyAnalysis } from '../policy/types.ts';
import { requestTypeProposals } from './proposals.ts';

const t = testAppPerFile();

describe('request type proposals', () => {
  test('[R-F9] a permission obligation becomes a type whose approvers are the roles the policy names', async () => {
    const org = await makeOrg(t.db);
    const roles = await t.db.transaction().execute(async (trx) => ({
      s: await createRole(trx, org.actor, { name: '情報セキュリティ責任者', tier: 2 }),
      k: await createRole(trx, org.actor, { name: '情報セキュリティ管理者', tier: 3 }),
    }));
    const analysis = {
      obligations: [
        {
          path: '第2章/6./(1)/⑩',
          text: '…',
          modality: 'must',
          actors: ['職員'],
          approver: ['情報セキュリティ責任者', '情報セキュリティ管理者'],
          topic: 'software_install',
        },
        {
          path: '第2章/5./(1)/③/(ア)',
          text: '…',
          modality: 'must',
          actors: ['職員'],
          approver: ['情報セキュリティ責任者'],
          levels: ['重要性I', '重要性II'],
          topic: 'take_out',
        },
        { path: '第1章', text: '…', modality: 'must', actors: ['職員'], topic: 'take_out' },
      ],
    } as unknown as PolicyAnalysis;
    const proposals = await requestTypeProposals.propose(t.db, org.id, analysis, 'v1');
    assert.deepEqual(proposals.map((p) => p.key).sort(), [
      'request_types:software_install',
      'request_types:take_out',
    ]);
    const sw = proposals.find((p) => p.key === 'request_types:software_install');
    assert.ok(sw);
    // Listed under 申請の種類: the title names the type alone, not 「申請種別: …」 again.
    for (const p of proposals) assert.doesNotMatch(p.title, /申請種別|:/);
    // Worded in the reader's language: the approvers in Japanese by default, in English when asked.
    const takeOut = (list: typeof proposals) => list.find((p) => p.key === 'request_types:take_out');
    assert.match(takeOut(proposals)?.detail ?? '', /^承認者（区分別）: |^承認者: /);
    const inEnglish = await requestTypeProposals.propose(t.db, org.id, analysis, 'v1', 'en');
    assert.match(takeOut(inEnglish)?.detail ?? '', /^Approvers/);
    assert.equal(takeOut(inEnglish)?.title, 'take-out');
    assert.equal(takeOut(proposals)?.title, '持出し');
    assert.equal(sw.clausePath, '第2章/6./(1)/⑩');
    const created = await t.db
      .transaction()
      .execute((trx) => requestTypeProposals.accept(trx, org.actor, sw));
    const type = await t.db
      .selectFrom('request_types')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    const def = JSON.parse(type.definition);
    assert.deepEqual(def.chain, [
      { function: 'requests.approve.software_install', mode: 'all', unitScoped: true },
    ]);
    assert.equal(type.clause_path, '第2章/6./(1)/⑩');
    for (const id of [roles.s, roles.k]) {
      const fns = await t.db
        .selectFrom('role_functions')
        .select('function_key')
        .where('role_id', '=', id)
        .execute();
      assert.deepEqual(
        fns.map((f) => f.function_key),
        ['requests.approve.software_install'],
      );
    }
    const events = (await auditEvents(t.db, org.id)).map((e) => e.event);
    assert.equal(events.filter((e) => e === 'org.role_functions_set').length, 2);
    assert.ok(events.includes('requests.type_created'));
    const take = proposals.find((p) => p.key === 'request_types:take_out');
    assert.ok(take);
    await t.db.transaction().execute((trx) => requestTypeProposals.accept(trx, org.actor, take));
    const again = await requestTypeProposals.propose(t.db, org.id, analysis, 'v1');
    assert.ok(again.every((p) => p.alreadyPresent));
  });
});
