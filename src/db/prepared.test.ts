import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testDatabase } from '../../test/support/db.ts';
import { type Args, prepared } from './prepared.ts';

const named = prepared((db, p: Args<{ kind: 'system' | 'body'; name: string; max: number }>) =>
  db
    .selectFrom('organizations')
    .select(['id', 'name'])
    .where('kind', '=', p.kind)
    .where((eb) => eb.or([eb('name', '=', p.name), eb('name', 'like', 'fixed-%')]))
    .orderBy('id')
    .limit(p.max),
);

test('a prepared statement is compiled once and runs with each call’s values, in and out of transactions', async () => {
  const d = await testDatabase();
  try {
    const now = '2026-01-01T00:00:00Z';
    const add = (db: typeof d.db, id: string, name: string) =>
      db
        .insertInto('organizations')
        .values({ id, code: id, name, kind: 'body', settings: '{}', created_at: now })
        .execute();
    await add(d.db, 'p1', 'alpha');
    await add(d.db, 'p2', 'beta');
    await add(d.db, 'p3', 'fixed-1');

    const a = named.compile(d.db, { kind: 'body', name: 'alpha', max: 10 });
    const b = named.compile(d.db, { kind: 'body', name: 'beta', max: 1 });
    assert.equal(a.sql, b.sql, 'the same SQL text for other values');
    assert.deepEqual(
      b.parameters,
      ['body', 'beta', 'fixed-%', 1],
      'the fixed value stays, the others are the call’s',
    );

    const names = async (db: typeof d.db, args: Parameters<typeof named.execute>[1]) =>
      (await named.execute(db, args)).map((r) => r.name);
    assert.deepEqual(await names(d.db, { kind: 'body', name: 'alpha', max: 10 }), ['alpha', 'fixed-1']);
    assert.deepEqual(await names(d.db, { kind: 'body', name: 'beta', max: 1 }), ['beta']);
    assert.equal(await named.first(d.db, { kind: 'system', name: 'alpha', max: 10 }), undefined);

    // Inside a transaction it sees the transaction's own writes.
    await d.db.transaction().execute(async (trx) => {
      await add(trx, 'p4', 'gamma');
      assert.deepEqual(await names(trx, { kind: 'body', name: 'gamma', max: 5 }), ['fixed-1', 'gamma']);
    });

    await assert.rejects(named.execute(d.db, { kind: 'body', name: 'alpha' } as never), /no value for "max"/);
  } finally {
    await d.close();
  }
});
