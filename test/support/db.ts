import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migration.ts';
import { allMigrations } from '../../src/modules/registry.ts';

/** True when the suite runs against PostgreSQL (DATABASE_URL set). */
export const onPostgres = !!process.env.DATABASE_URL;

/**
 * A fresh, migrated database for one test file: a SQLite file in a temporary directory by default, or its own
 * schema in the PostgreSQL of DATABASE_URL (dropped again on close).
 */
export async function testDatabase(opts: { migrate?: boolean; poolSize?: number } = {}): Promise<Database> {
  const url = process.env.DATABASE_URL;
  let database: Database;
  if (url) {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    const inner = await openDatabase({ databaseUrl: url, pgSchema: schema, poolSize: opts.poolSize ?? 5 });
    database = {
      ...inner,
      async close() {
        await inner.close();
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`DROP SCHEMA ${schema} CASCADE`);
        await c.end();
      },
    };
  } else {
    // A file in WAL mode, as the server runs it: group commit and the read connection are in play.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-test-'));
    const inner = await openDatabase({ sqliteFile: path.join(dir, 'mamori.db') });
    database = {
      ...inner,
      async close() {
        await inner.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (opts.migrate !== false) await migrateWhileOthersDrop(database);
  return database;
}

/**
 * Migrates a test database. On PostgreSQL the migrator looks its tables up across every schema, and test files
 * running at the same time drop their own schemas when they close: a schema dropped in the middle of that
 * look-up fails it ("schema t_… does not exist", 3F000) though nothing of ours is wrong. Such a look-up is
 * tried again; any other error, or one naming our own schema, is not.
 */
async function migrateWhileOthersDrop(database: Database): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await migrateToLatest(database.db, database.dialect, allMigrations);
      return;
    } catch (e) {
      const err = e as { code?: string; message?: string };
      const ours = !!database.source?.pgSchema && !!err.message?.includes(`"${database.source.pgSchema}"`);
      if (attempt >= 5 || err.code !== '3F000' || ours) throw e;
    }
  }
}
