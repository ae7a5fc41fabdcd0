import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testDatabase } from '../../../test/support/db.ts';
import type { Database } from '../../db/connect.ts';
import { rowWhereOrThrow } from '../../db/rows-in-org.ts';
import { claimAttempt } from './throttle.ts';

let database: Database;
before(async () => {
  // Several connections, so that on PostgreSQL the attempts really run at the same time.
  database = await testDatabase({ poolSize: 8 });
});
after(() => database.close());

describe('sign-in throttle', () => {
  test('failures sent at once are each counted once, and only the allowance of them is checked', async () => {
    const key = 'password:user:parallel';
    const max = 5;
    const claims = await Promise.all(Array.from({ length: 40 }, () => claimAttempt(database.db, key, max)));
    // An upsert returning the new count: no two attempts read the same count (no lost update).
    assert.deepEqual(
      claims.map((c) => c.failures).sort((a, b) => a - b),
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
    assert.equal(claims.filter((c) => !c.locked).length, max);
    const row = await rowWhereOrThrow(database.db, 'login_throttle', { key }, ['failures']);
    assert.equal(Number(row.failures), 40);
  });
});
