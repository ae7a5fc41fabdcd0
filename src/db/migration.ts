import { type Kysely, sql } from 'kysely';
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import type { DialectName } from './connect.ts';

/** A schema change owned by one module; names are global and sort in the order they must run. */
export interface ModuleMigration {
  name: string;
  // biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
  up(db: Kysely<any>, dialect: DialectName): Promise<void>;
}

async function migratorFor(
  // biome-ignore lint/suspicious/noExplicitAny: the migrator is schema-agnostic
  db: Kysely<any>,
  dialect: DialectName,
  migrations: ModuleMigration[],
): Promise<Migrator> {
  const provider: MigrationProvider = {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const m of migrations) {
        if (out[m.name]) throw new Error(`duplicate migration name ${m.name}`);
        out[m.name] = { up: (d) => m.up(d, dialect) };
      }
      return out;
    },
  };
  // Kysely looks for its bookkeeping tables across all schemas; pin it to ours on PostgreSQL.
  const migrationTableSchema =
    dialect === 'postgres'
      ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0].s
      : undefined;
  return new Migrator({ db, provider, allowUnorderedMigrations: true, migrationTableSchema });
}

/** Runs every module migration not yet applied. Applied migrations are never edited (append-only). */
export async function migrateToLatest(
  // biome-ignore lint/suspicious/noExplicitAny: the migrator is schema-agnostic
  db: Kysely<any>,
  dialect: DialectName,
  migrations: ModuleMigration[],
): Promise<string[]> {
  const migrator = await migratorFor(db, dialect, migrations);
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** What migrating would do: the migrations not yet applied, and how many were applied before (0: a new database). */
export async function migrationState(
  // biome-ignore lint/suspicious/noExplicitAny: the migrator is schema-agnostic
  db: Kysely<any>,
  dialect: DialectName,
  migrations: ModuleMigration[],
): Promise<{ pending: string[]; applied: number }> {
  // Only our own schema is looked at (Kysely's introspection would read every schema of the database).
  const exists =
    dialect === 'postgres'
      ? (await sql<{ t: string | null }>`select to_regclass('kysely_migration')::text as t`.execute(db))
          .rows[0].t
      : (
          await sql<{
            name: string;
          }>`select name from sqlite_master where type = 'table' and name = 'kysely_migration'`.execute(db)
        ).rows[0];
  const done = exists
    ? new Set(
        (await sql<{ name: string }>`select name from kysely_migration`.execute(db)).rows.map((r) => r.name),
      )
    : new Set<string>();
  return { pending: migrations.map((m) => m.name).filter((n) => !done.has(n)), applied: done.size };
}

/** Column type for an ISO-8601 UTC timestamp: text on both databases so comparisons and code are identical. */
export const TS = 'text';

/** Creates triggers that make a table append-only in the database itself. */
// biome-ignore lint/suspicious/noExplicitAny: used inside migrations
export async function makeAppendOnly(db: Kysely<any>, dialect: DialectName, table: string): Promise<void> {
  if (dialect === 'sqlite') {
    for (const op of ['UPDATE', 'DELETE']) {
      await sql
        .raw(
          `CREATE TRIGGER ${table}_no_${op.toLowerCase()} BEFORE ${op} ON ${table} ` +
            `BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`,
        )
        .execute(db);
    }
    return;
  }
  await sql
    .raw(
      `CREATE OR REPLACE FUNCTION ${table}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ ` +
        `BEGIN RAISE EXCEPTION '${table} is append-only'; END $$`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} ` +
        `FOR EACH ROW EXECUTE FUNCTION ${table}_append_only()`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} ` +
        `FOR EACH STATEMENT EXECUTE FUNCTION ${table}_append_only()`,
    )
    .execute(db);
}
