import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import { auditEvents, signedIn, testAppPerFile } from '../../../test/support/http.ts';
import type { PolicyAnalysis } from '../policy/types.ts';
import { chainFor } from './approvers.ts';
import { approveFn, MANAGE_TYPES } from './functions.ts';
import { requestTypeProposals } from './proposals.ts';
import { decideAs, file, person, registeredAsset, takeOut, takeOutType } from './testkit.ts';

const t = testAppPerFile();

/** The type a policy like 「重要性Iの情報資産にあっては責任者、重要性IIにあっては管理者の許可」 proposes. */
const byLevelType = takeOutType('take-out-by-level', '情報資産の持出し', {
  levels: ['重要性I', '重要性II'],
  chain: [
    {
      function: approveFn('take_out'),
      unitScoped: true,
      byLevel: [
        { levels: ['重要性I'], roles: ['情報セキュリティ責任者'] },
        { levels: ['重要性II'], roles: ['情報セキュリティ管理者'] },
      ],
    },
  ],
});

describe('approvers chosen by the asset level', () => {
  test('chainFor picks the option listing the class (any axis), and keeps the step as it is otherwise', () => {
    const chain = [
      {
        function: 'requests.approve.take_out',
        mode: 'any' as const,
        unitScoped: true,
        byLevel: [
          { levels: ['機密性3'], roles: ['CISO'] },
          { levels: ['機密性2'], roles: ['情報セキュリティ管理者'] },
        ],
      },
    ];
    assert.deepEqual(chainFor(chain, '機密性3・完全性2')[0].roles, ['CISO']);
    assert.deepEqual(chainFor(chain, '機密性2')[0].roles, ['情報セキュリティ管理者']);
    assert.equal(chainFor(chain, '機密性2')[0].byLevel, undefined);
    assert.equal(chainFor(chain, '機密性1')[0].roles, undefined);
    assert.equal(chainFor(chain, null)[0].roles, undefined);
  });

  test('[R-E3] one request type: 重要性I goes to the 責任者, 重要性II to the 管理者 — never both', async () => {
    const org = await makeOrg(t.db);
    const admin = await person(t, org, [MANAGE_TYPES]);
    await registeredAsset(t, org, 'L-001', '重要性I'); // the body's scheme: 重要性 I/II/III
    const created = await admin.c.post('/api/requests/types', byLevelType);
    assert.equal(created.statusCode, 200, created.body);
    const typeId = created.json().id;
    const sekinin = await signedIn(
      t,
      await makeUser(t.db, org, { functions: [approveFn('take_out')], roleName: '情報セキュリティ責任者' }),
    );
    const kanri = await signedIn(
      t,
      await makeUser(t.db, org, { functions: [approveFn('take_out')], roleName: '情報セキュリティ管理者' }),
    );
    const staff = await person(t, org);

    const high = await file(staff.c, typeId, { ...takeOut, asset: 'L-001' }, '重要性I');
    assert.equal((await decideAs(kanri, high)).statusCode, 403, 'the 管理者 does not approve 重要性I');
    assert.equal((await decideAs(sekinin, high)).statusCode, 200);
    assert.equal(
      (await staff.c.get(`/api/requests/${high}`)).json().status,
      'closed',
      'approved, nothing to return',
    );

    const mid = await file(staff.c, typeId, { ...takeOut, asset: 'L-002' }, '重要性II');
    assert.equal((await decideAs(sekinin, mid)).statusCode, 403, 'the 責任者 does not approve 重要性II');
    assert.equal((await kanri.get('/api/requests/inbox')).json().counts.approvals, 1);
    assert.equal((await decideAs(kanri, mid)).statusCode, 200);
    assert.equal((await staff.c.get(`/api/requests/${mid}`)).json().status, 'closed');

    const low = await file(staff.c, typeId, { ...takeOut, asset: 'L-003' }, '重要性III');
    assert.equal(
      (await staff.c.get(`/api/requests/${low}`)).json().status,
      'pending',
      'no clause of this body’s policy exempts 重要性III: it still needs its approver',
    );

    const submitted = (await auditEvents(t.db, org.id)).filter((e) => e.event === 'requests.submitted');
    assert.equal(submitted.length, 3);
    const frozen = await t.db
      .selectFrom('requests')
      .select('definition')
      .where('id', '=', mid)
      .executeTakeFirstOrThrow();
    assert.deepEqual(JSON.parse(frozen.definition).chain[0].roles, ['情報セキュリティ管理者']);
  });

  test('[R-F9] a level-dependent permission is proposed as one type choosing its approver by level', async () => {
    const org = await makeOrg(t.db);
    const analysis = {
      clauses: [{ path: '2/2-2/(8)', depth: 3, label: '(8)', title: '情報資産の持出し' }],
      obligations: [
        {
          path: '2/2-2/(8)/①',
          text: '職員等は、機密性2以上の情報資産を庁外に持ち出す場合は、機密性3の情報資産にあってはCISO、機密性2の情報資産にあっては情報セキュリティ管理者の許可を得なければならない。',
          modality: 'must',
          actors: ['職員等'],
          approver: ['CISO', '情報セキュリティ管理者'],
          approverByLevel: { 機密性3: ['CISO'], 機密性2: ['情報セキュリティ管理者'] },
          levels: ['機密性3', '機密性2'],
          topic: 'take_out',
        },
        {
          path: '5/5-1/(3)',
          text: '職員等は、庁外で情報処理作業を行う場合は、情報セキュリティ管理者の許可を得なければならない。',
          modality: 'must',
          actors: ['職員等'],
          approver: ['情報セキュリティ管理者'],
        },
      ],
    } as unknown as PolicyAnalysis;
    const proposals = await requestTypeProposals.propose(t.db, org.id, analysis, 'v1');
    const take = proposals.find((p) => p.key === 'request_types:take_out');
    assert.ok(take);
    assert.match(take.detail ?? '', /機密性3 → CISO \/ 機密性2 → 情報セキュリティ管理者/);
    const type = (take.payload as { type: { definition: { chain: unknown; levels: string[] } } }).type;
    assert.deepEqual(type.definition.chain, [
      {
        function: approveFn('take_out'),
        mode: 'any',
        unitScoped: true,
        byLevel: [
          { levels: ['機密性3'], roles: ['CISO'] },
          { levels: ['機密性2'], roles: ['情報セキュリティ管理者'] },
        ],
      },
    ]);
    assert.deepEqual(type.definition.levels, ['機密性3', '機密性2']);
    // A permission of no known kind is still proposed, named from its clause.
    const other = proposals.find((p) => p.key === 'request_types:clause:5/5-1/(3)');
    assert.ok(other, JSON.stringify(proposals.map((p) => p.key)));
    const accepted = await t.db
      .transaction()
      .execute((trx) => requestTypeProposals.accept(trx, org.actor, other));
    const row = await t.db
      .selectFrom('request_types')
      .selectAll()
      .where('id', '=', accepted.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.clause_path, '5/5-1/(3)');
    assert.deepEqual(JSON.parse(row.definition).chain[0].roles, ['情報セキュリティ管理者']);
    const acceptedTake = await t.db
      .transaction()
      .execute((trx) => requestTypeProposals.accept(trx, org.actor, take));
    assert.ok(acceptedTake.id);
  });
});
