import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testDatabase } from '../../test/support/db.ts';
import { preparedInsert } from './prepared-insert.ts';

test('a prepared multi-row insert writes every row of any count, with each call’s values, in slices past its limit', async () => {
  const d = await testDatabase();
  try {
    const insert = preparedInsert('organizations', ['id', 'code', 'name', 'kind', 'settings', 'created_at'], {
      maxRows: 3,
    });
    const rows = (prefix: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({
        id: `${prefix}${i}`,
        code: `${prefix}${i}`,
        name: `${prefix} ${i}`,
        kind: 'body' as const,
        settings: '{}',
        created_at: '2026-01-01T00:00:00Z',
      }));
    await insert(d.db, rows('a', 2));
    await insert(d.db, rows('b', 2)); // the same count: the statement compiled for 'a' runs with b's values
    await insert(d.db, rows('c', 7)); // 3 + 3 + 1
    await insert(d.db, []);
    await d.db.transaction().execute(async (trx) => {
      await insert(trx, rows('t', 1));
      const seen = await trx.selectFrom('organizations').select('id').where('id', '=', 't0').execute();
      assert.equal(seen.length, 1, 'inside the transaction it sees its own row');
    });
    const ids = (
      await d.db
        .selectFrom('organizations')
        .select(['id', 'name'])
        .where('code', 'not like', 'sys%')
        .orderBy('id')
        .execute()
    ).filter((r) => /^[abct]\d$/.test(r.id));
    assert.deepEqual(
      ids.map((r) => r.id),
      ['a0', 'a1', 'b0', 'b1', 'c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 't0'],
    );
    assert.equal(ids.find((r) => r.id === 'c5')?.name, 'c 5');
  } finally {
    await d.close();
  }
});
