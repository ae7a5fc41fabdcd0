import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { sql } from 'kysely';
import { onPostgres, testDatabase } from '../../test/support/db.ts';

type Database = Awaited<ReturnType<typeof testDatabase>>;

/** Every object SQLite keeps, as the statement that created it (ALTERs folded in), ordered by name. */
async function sqliteSchema(d: Database): Promise<string> {
  const rows = (
    await sql<{ type: string; name: string; sql: string }>`
      select type, name, sql from sqlite_master where sql is not null order by name, type`.execute(d.db)
  ).rows;
  return rows.map((r) => `${r.type} ${r.name}\n  ${r.sql}\n`).join('');
}

/** Columns, constraints, indexes and triggers of the test's own schema, its name replaced by a mark. */
async function postgresSchema(d: Database): Promise<string> {
  const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(d.db)).rows[0].s;
  const columns = (
    await sql<{ t: string; c: string; type: string; nullable: string; dflt: string | null }>`
      select table_name as t, column_name as c, data_type as type, is_nullable as nullable, column_default as dflt
      from information_schema.columns where table_schema = current_schema()
      order by table_name, ordinal_position`.execute(d.db)
  ).rows.map(
    (r) => `column ${r.t}.${r.c} ${r.type} ${r.nullable === 'YES' ? 'null' : 'not null'} ${r.dflt ?? '-'}`,
  );
  const constraints = (
    await sql<{ t: string; name: string; kind: string; def: string }>`
      select r.relname as t, c.conname as name, c.contype as kind, pg_get_constraintdef(c.oid) as def
      from pg_constraint c join pg_class r on r.oid = c.conrelid join pg_namespace n on n.oid = r.relnamespace
      where n.nspname = current_schema() order by r.relname, c.conname`.execute(d.db)
  ).rows.map((r) => `constraint ${r.t}.${r.name} ${r.kind} ${r.def}`);
  const indexes = (
    await sql<{ t: string; name: string; def: string }>`
      select tablename as t, indexname as name, indexdef as def from pg_indexes
      where schemaname = current_schema() order by tablename, indexname`.execute(d.db)
  ).rows.map((r) => `index ${r.t}.${r.name} ${r.def}`);
  const triggers = (
    await sql<{ t: string; name: string; def: string }>`
      select r.relname as t, g.tgname as name, pg_get_triggerdef(g.oid) as def
      from pg_trigger g join pg_class r on r.oid = g.tgrelid join pg_namespace n on n.oid = r.relnamespace
      where n.nspname = current_schema() and not g.tgisinternal order by r.relname, g.tgname`.execute(d.db)
  ).rows.map((r) => `trigger ${r.t}.${r.name} ${r.def}`);
  return `${[...columns, ...constraints, ...indexes, ...triggers].join('\n')}\n`.replaceAll(
    `${schema}.`,
    '<schema>.',
  );
}

test('a fresh database is migrated to exactly the committed schema (migrations are append-only in meaning)', async () => {
  const d = await testDatabase();
  try {
    const file = new URL(`schema-snapshot.${onPostgres ? 'postgres' : 'sqlite'}.txt`, import.meta.url);
    const dump = onPostgres ? await postgresSchema(d) : await sqliteSchema(d);
    // A new migration changes the schema on purpose: write the snapshot again with UPDATE_SCHEMA_SNAPSHOT=1.
    if (process.env.UPDATE_SCHEMA_SNAPSHOT === '1') fs.writeFileSync(file, dump);
    assert.equal(dump, fs.readFileSync(file, 'utf8'));
  } finally {
    await d.close();
  }
});
