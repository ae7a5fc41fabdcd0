import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { appendUnitEvent, aroundAppendOnly } from '../../../test/support/audit-log.ts';
import { testDatabase } from '../../../test/support/db.ts';
import { makeOrg } from '../../../test/support/factories.ts';
import type { Database } from '../../db/connect.ts';
import { verifyChains } from './queries.ts';
import { verifyChainsParallel } from './verify-parallel.ts';

// Worker threads verify slices of the chain over their own connections; the answer must be the one a
// single pass gives, for an intact chain, an altered entry and entries missing at a slice's edge.
let database: Database;
before(async () => {
  database = await testDatabase();
});
after(() => database.close());

async function orgWithEvents(n: number) {
  const org = await makeOrg(database.db);
  for (let i = 0; i < n; i++) await appendUnitEvent(database.db, org.actor, i);
  return org;
}

const parallel = (orgId: string) =>
  verifyChainsParallel(database.db, database.source, orgId, { threads: 2, minEvents: 0, sliceSize: 25 });

describe('parallel chain verification', () => {
  test('an intact chain verifies in slices with the same count as one pass', async () => {
    assert.ok(database.source, 'the test database can be opened by a worker');
    const org = await orgWithEvents(110);
    const one = await verifyChains(database.db, org.id);
    const many = await parallel(org.id);
    assert.equal(one.ok, true);
    assert.deepEqual(many, one);
    // Every organization at once (several chains, several slices each).
    assert.equal(
      (await verifyChainsParallel(database.db, database.source, undefined, { minEvents: 0, sliceSize: 25 }))
        .ok,
      true,
    );
  });

  test('an altered entry in the middle of a slice is the first break, as in one pass', async () => {
    const org = await orgWithEvents(110);
    await aroundAppendOnly(
      database.db,
      `UPDATE audit_events SET data = '{"name":"forged"}' WHERE organization_id = '${org.id}' AND seq = 60`,
    );
    const one = await verifyChains(database.db, org.id);
    const many = await parallel(org.id);
    assert.equal(many.ok, false);
    assert.equal(many.firstBreak?.seq, 60);
    assert.deepEqual(many.firstBreak, one.firstBreak);
  });

  test('entries removed at a slice edge, or at the end, are found as in one pass', async () => {
    const org = await orgWithEvents(110);
    // Seq 50 ends the second slice (26–50); 51 starts the third, which links to 50.
    await aroundAppendOnly(
      database.db,
      `DELETE FROM audit_events WHERE organization_id = '${org.id}' AND seq IN (49, 50)`,
    );
    const one = await verifyChains(database.db, org.id);
    const many = await parallel(org.id);
    assert.equal(many.ok, false);
    assert.deepEqual(many.firstBreak, one.firstBreak);
    assert.equal(many.firstBreak?.reason, 'seq_gap');

    const tail = await orgWithEvents(60);
    await aroundAppendOnly(
      database.db,
      `DELETE FROM audit_events WHERE organization_id = '${tail.id}' AND seq > 50`,
    );
    const oneTail = await verifyChains(database.db, tail.id);
    const manyTail = await parallel(tail.id);
    assert.equal(manyTail.ok, false);
    assert.deepEqual(manyTail.firstBreak, oneTail.firstBreak);
  });
});
