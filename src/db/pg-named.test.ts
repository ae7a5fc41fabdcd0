import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { onPostgres, testDatabase } from '../../test/support/db.ts';
import { countStatements } from '../../test/support/statements.ts';
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

test('on PostgreSQL BEGIN goes with the transaction’s first statement, and that statement is inside the transaction', {
  skip: !onPostgres,
}, async () => {
  const d = await testDatabase({ poolSize: 1 });
  try {
    const now = '2026-01-01T00:00:00Z';
    const org = (id: string) => ({
      id,
      code: id,
      name: id,
      kind: 'body' as const,
      settings: '{}',
      created_at: now,
    });
    const addOrg = prepared((db, p: Args<{ id: string }>) =>
      db.insertInto('organizations').values({ ...org('x'), id: p.id, code: p.id, name: p.id }),
    );
    const ids = async () =>
      (await d.db.selectFrom('organizations').select('id').orderBy('id').execute()).map((r) => r.id);
    // The first transaction on the connection prepares its BEGIN.
    await d.db.transaction().execute((trx) => addOrg.run(trx, { id: 'b0' }));
    const counted = await countStatements(() =>
      d.db.transaction().execute((trx) => addOrg.run(trx, { id: 'b2' })),
    );
    assert.deepEqual(
      counted.sql.map((s) => s.split(' ')[0]),
      ['insert', 'commit'],
      'no round trip of its own for BEGIN',
    );
    // Rolled back: the first statement ran inside the transaction (a named one, then one built on the call).
    await assert.rejects(
      d.db.transaction().execute(async (trx) => {
        await addOrg.run(trx, { id: 'r1' });
        throw new Error('undo');
      }),
      /undo/,
    );
    await assert.rejects(
      d.db.transaction().execute(async (trx) => {
        await trx.insertInto('organizations').values(org('r2')).execute();
        throw new Error('undo');
      }),
      /undo/,
    );
    // A first statement without values may hold several statements (a migration's DDL): still inside the transaction.
    await assert.rejects(
      d.db.transaction().execute(async (trx) => {
        await sql.raw('create table probe_a (a integer); create table probe_b (a integer)').execute(trx);
        throw new Error('undo');
      }),
      /undo/,
    );
    const probes = await sql<{
      n: number;
    }>`select count(*)::int as n from pg_tables where tablename like 'probe_%'`.execute(d.db);
    assert.equal(probes.rows[0].n, 0);
    // A first statement that fails fails the transaction; the connection goes on.
    await assert.rejects(d.db.transaction().execute((trx) => addOrg.run(trx, { id: 'b0' })));
    const empty = await countStatements(() => d.db.transaction().execute(async () => 'nothing'));
    assert.deepEqual(empty.sql, [], 'an empty transaction sends nothing');
    await d.db.transaction().execute((trx) => addOrg.run(trx, { id: 'b3' }));
    assert.deepEqual(await ids(), ['b0', 'b2', 'b3']);
  } finally {
    await d.close();
  }
});

test('on PostgreSQL a write sent with the next statement goes in that statement’s round trip, or in COMMIT’s, and fails its transaction when it fails', {
  skip: !onPostgres,
}, async () => {
  const d = await testDatabase({ poolSize: 1 });
  try {
    const now = '2026-01-01T00:00:00Z';
    const addOrg = prepared(
      (db, p: Args<{ id: string }>) =>
        db
          .insertInto('organizations')
          .values({ id: p.id, code: p.id, name: p.id, kind: 'body', settings: '{}', created_at: now }),
      { withNext: true },
    );
    const byId = prepared((db, p: Args<{ id: string }>) =>
      db.selectFrom('organizations').select('id').where('id', '=', p.id),
    );
    const ids = async () =>
      (await d.db.selectFrom('organizations').select('id').orderBy('id').execute()).map((r) => r.id);
    const first = (s: string[]) => s.map((x) => x.split(' ')[0]);
    // Parsed on the connection by a first use (a statement not yet parsed goes on its own).
    await d.db.transaction().execute(async (trx) => {
      await byId.execute(trx, { id: 'none' });
      await addOrg.run(trx, { id: 'a0' });
    });
    // Held, then read back by the next statement of the transaction, which carries it: one round trip.
    const read = await countStatements(() =>
      d.db.transaction().execute(async (trx) => {
        await byId.execute(trx, { id: 'none' });
        await addOrg.run(trx, { id: 'a1' });
        return byId.execute(trx, { id: 'a1' });
      }),
    );
    assert.deepEqual(read.result, [{ id: 'a1' }], 'the next statement sees the held write');
    assert.deepEqual(first(read.sql), ['select', 'select', 'commit'], 'no round trip of its own');
    // Held to the end: it goes with COMMIT.
    const last = await countStatements(() =>
      d.db.transaction().execute(async (trx) => {
        await byId.execute(trx, { id: 'none' });
        await addOrg.run(trx, { id: 'a2' });
        await addOrg.run(trx, { id: 'a3' });
      }),
    );
    assert.deepEqual(first(last.sql), ['select', 'commit'], 'both with COMMIT');
    assert.deepEqual(await ids(), ['a0', 'a1', 'a2', 'a3']);
    // A held write that fails (a duplicate key) fails the transaction at COMMIT: nothing of it stays.
    await assert.rejects(
      d.db.transaction().execute(async (trx) => {
        await byId.execute(trx, { id: 'none' });
        await addOrg.run(trx, { id: 'b1' });
        await addOrg.run(trx, { id: 'a0' });
      }),
      (e: { code?: string }) => e.code === '23505',
    );
    // …or at the next statement, whose caller then sees the error.
    await assert.rejects(
      d.db.transaction().execute(async (trx) => {
        await byId.execute(trx, { id: 'none' });
        await addOrg.run(trx, { id: 'a0' });
        await byId.execute(trx, { id: 'a0' });
      }),
      (e: { code?: string }) => e.code === '23505',
    );
    // Rolled back before anything carried it: it is never sent.
    const undone = await countStatements(() =>
      assert.rejects(
        d.db.transaction().execute(async (trx) => {
          await byId.execute(trx, { id: 'none' });
          await addOrg.run(trx, { id: 'c1' });
          throw new Error('undo');
        }),
        /undo/,
      ),
    );
    assert.deepEqual(first(undone.sql), ['select', 'rollback']);
    // Outside a transaction it runs at once; the connection goes on after the failures.
    await addOrg.run(d.db, { id: 'd1' });
    assert.deepEqual(await ids(), ['a0', 'a1', 'a2', 'a3', 'd1']);
  } finally {
    await d.close();
  }
});
