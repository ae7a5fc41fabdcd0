import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { onPostgres, testDatabase } from '../../test/support/db.ts';
import { type Args, prepared } from './prepared.ts';
import { statementName } from './statement-names.ts';

const byId = prepared((db, p: Args<{ id: string }>) =>
  db.selectFrom('organizations').select('name').where('id', '=', p.id),
);
const probe = prepared((_db, p: Args<{ a: number }>) => {
  const q = sql<{ a: number }>`select * from named_probe where a = ${p.a}`;
  return { compile: () => q.compile(_db) };
});

const preparedHere = async (db: Parameters<typeof byId.execute>[0]) =>
  (
    await sql<{
      name: string;
      statement: string;
    }>`select name, statement from pg_prepared_statements`.execute(db)
  ).rows;

test('on PostgreSQL a statement compiled once is prepared once per connection under its name, others are not', {
  skip: !onPostgres,
}, async () => {
  const d = await testDatabase({ poolSize: 1 });
  try {
    const now = '2026-01-01T00:00:00Z';
    await d.db
      .insertInto('organizations')
      .values({ id: 'o1', code: 'o1', name: 'alpha', kind: 'body', settings: '{}', created_at: now })
      .execute();
    const text = byId.compile(d.db, { id: 'o1' }).sql;
    assert.equal((await byId.execute(d.db, { id: 'o1' }))[0]?.name, 'alpha');
    assert.equal((await byId.execute(d.db, { id: 'none' })).length, 0, 'the second call binds its own value');
    await d.db.selectFrom('organizations').select('id').where('id', 'in', ['o1', 'o2']).execute();
    const rows = await preparedHere(d.db);
    const name = statementName(text);
    assert.ok(name);
    assert.deepEqual(
      rows.filter((r) => r.statement === text).map((r) => r.name),
      [name],
      'prepared once, under its name',
    );
    assert.ok(!rows.some((r) => r.statement.includes(' in (')), 'a statement built on each call is not kept');
  } finally {
    await d.close();
  }
});

test('on PostgreSQL a named statement whose table changed its columns is run unnamed from then on', {
  skip: !onPostgres,
}, async () => {
  const d = await testDatabase({ poolSize: 1, migrate: false });
  try {
    await sql`create table named_probe (a integer)`.execute(d.db);
    await sql`insert into named_probe values (1)`.execute(d.db);
    assert.deepEqual(await probe.execute(d.db, { a: 1 }), [{ a: 1 }]);
    // Another instance's migration adds a column: the prepared plan's result type no longer holds.
    await sql`alter table named_probe add column b integer`.execute(d.db);
    // Outside a transaction the call is retried unnamed and answers the new shape.
    assert.deepEqual(await probe.execute(d.db, { a: 1 }), [{ a: 1, b: null }]);
    await sql`alter table named_probe add column c integer`.execute(d.db);
    assert.deepEqual(await probe.execute(d.db, { a: 1 }), [{ a: 1, b: null, c: null }]);
    await d.db.transaction().execute(async (trx) => {
      assert.deepEqual(await probe.execute(trx, { a: 1 }), [{ a: 1, b: null, c: null }]);
    });
  } finally {
    await d.close();
  }
});
