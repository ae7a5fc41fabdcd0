/** Migrations declare their tables as data; these create or extend them in the order written. */
import { type Kysely, sql } from 'kysely';
import { columnList, parseColumn } from './column-spec.ts';

/**
 * One table: `column: 'type word…'` (see parseColumn) in column order, plus `$pk: 'a b'` (a key named
 * `<table>_pk`), `'$unique name': 'a b'` (a unique constraint) and `'$index name': '[unique] a b [where c is
 * [not] null]'` (an index, created after the table).
 */
export type TableSpec = Record<string, string>;

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
type Db = Kysely<any>;

const INDEX = /^(unique\s+)?(.+?)(?:\s+where\s+(\w+)\s+is\s+(not\s+)?null)?$/;

async function createIndex(db: Db, table: string, name: string, spec: string): Promise<void> {
  const m = INDEX.exec(spec.trim());
  if (!m) throw new Error(`${table}.${name}: unreadable index "${spec}"`);
  let b = db.schema.createIndex(name).on(table).columns(columnList(m[2]));
  if (m[1]) b = b.unique();
  if (m[3]) b = b.where(sql.ref(m[3]), m[4] ? 'is not' : 'is', null);
  await b.execute();
}

const isColumn = (key: string) => !key.startsWith('$');

/** Creates each table with its columns and constraints, then its indexes, table after table. */
export async function createTables(db: Db, tables: Record<string, TableSpec>): Promise<void> {
  for (const [table, spec] of Object.entries(tables)) {
    let b = db.schema.createTable(table);
    for (const [key, value] of Object.entries(spec)) {
      if (isColumn(key)) {
        const col = parseColumn(value, `${table}.${key}`);
        b = b.addColumn(key, col.type, col.build);
      } else if (key === '$pk') b = b.addPrimaryKeyConstraint(`${table}_pk`, columnList(value) as never);
      else if (key.startsWith('$unique '))
        b = b.addUniqueConstraint(key.slice(8), columnList(value) as never);
      else if (!key.startsWith('$index ')) throw new Error(`${table}: unknown entry "${key}"`);
    }
    await b.execute();
    for (const [key, value] of Object.entries(spec))
      if (key.startsWith('$index ')) await createIndex(db, table, key.slice(7), value);
  }
}

/** Adds columns (one ALTER TABLE each, as SQLite wants) and then indexes to tables that exist. */
export async function alterTables(db: Db, tables: Record<string, TableSpec>): Promise<void> {
  for (const [table, spec] of Object.entries(tables)) {
    for (const [key, value] of Object.entries(spec)) {
      if (!isColumn(key)) continue;
      const col = parseColumn(value, `${table}.${key}`);
      await db.schema.alterTable(table).addColumn(key, col.type, col.build).execute();
    }
    for (const [key, value] of Object.entries(spec)) {
      if (key.startsWith('$index ')) await createIndex(db, table, key.slice(7), value);
      else if (!isColumn(key)) throw new Error(`${table}: "${key}" cannot be added to a table that exists`);
    }
  }
}
