/** Migration helpers for register tables: the common columns and the usual index. */
import type { CreateTableBuilder, Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
type Db = Kysely<any>;
// biome-ignore lint/suspicious/noExplicitAny: builder of a table not in the typed schema yet
type Builder = CreateTableBuilder<any, any>;

/** Creates a register table with id, organization, timestamps and an (organization, created_at) index. */
export async function createRegisterTable(
  db: Db,
  table: string,
  columns: (t: Builder) => Builder,
): Promise<void> {
  let t = db.schema
    .createTable(table)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'));
  t = columns(t);
  await t
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex(`${table}_org`).on(table).columns(['organization_id', 'created_at']).execute();
}

/** A NOT NULL 0/1 flag column. */
export const flag = (t: Builder, name: string): Builder =>
  t.addColumn(name, 'integer', (c) => c.notNull().defaultTo(0));
