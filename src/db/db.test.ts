import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { testDatabase } from '../../test/support/db.ts';
import { loadConfig } from '../config.ts';
import { allMigrations } from '../modules/registry.ts';
import { openDatabase, sqliteFileIn } from './connect.ts';
import { DataDirLockedError } from './lock.ts';
import { migrateToLatest } from './migration.ts';

async function describeSchema(db: Awaited<ReturnType<typeof testDatabase>>) {
  const tables = await db.db.introspection.getTables();
  return tables
    .filter((t) => !t.name.startsWith('kysely_'))
    .map((t) => ({
      name: t.name,
      columns: t.columns.map((c) => `${c.name}:${c.dataType}:${c.isNullable ? 'null' : 'notnull'}`).sort(),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

describe('database', () => {
  test('a database migrated step by step equals one built fresh', async () => {
    const fresh = await testDatabase();
    const stepped = await testDatabase({ migrate: false });
    try {
      const sorted = [...allMigrations].sort((a, b) => a.name.localeCompare(b.name));
      // Upgrade as an existing install would: a few migrations per release.
      for (let i = 1; i <= sorted.length; i += 2) {
        await migrateToLatest(stepped.db, stepped.dialect, sorted.slice(0, i));
      }
      await migrateToLatest(stepped.db, stepped.dialect, sorted);
      assert.deepEqual(await describeSchema(stepped), await describeSchema(fresh));
    } finally {
      await fresh.close();
      await stepped.close();
    }
  });

  test('the embedded database runs in WAL mode (the driver flushes the WAL itself) with foreign keys, and a second process is refused', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-lock-'));
    const a = await openDatabase({ sqliteFile: sqliteFileIn(dir), lockDir: dir });
    try {
      const mode = await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(a.db);
      assert.equal(mode.rows[0].journal_mode, 'wal');
      const sync = await sql<{ synchronous: number }>`PRAGMA synchronous`.execute(a.db);
      // NORMAL: the COMMIT does not wait for the disk; the group-commit driver flushes the WAL after it
      // and answers the writers only then (sqlite-driver.test.ts).
      assert.equal(sync.rows[0].synchronous, 1);
      const fk = await sql<{ foreign_keys: number }>`PRAGMA foreign_keys`.execute(a.db);
      assert.equal(fk.rows[0].foreign_keys, 1);
      // Another process holds the lock: simulate with the lock file naming a live process (our parent).
      fs.writeFileSync(path.join(dir, 'mamori.lock'), String(process.ppid));
      await assert.rejects(openDatabase({ sqliteFile: sqliteFileIn(dir), lockDir: dir }), DataDirLockedError);
    } finally {
      await a.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('after start-up the SQLite connections drop the statements start-up prepared, and every query still runs', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-release-'));
    const a = await openDatabase({ sqliteFile: sqliteFileIn(dir), lockDir: dir });
    try {
      await migrateToLatest(a.db, a.dialect, allMigrations);
      const kept = a.sqlite?.cachedStatements ?? 0;
      assert.ok(kept > 50, `the migrations left ${kept} statements`);
      a.releaseMemory?.();
      assert.equal(a.sqlite?.cachedStatements, 0);
      // Prepared again on first use; reads (reader) and writes (writer) both work.
      await a.db.transaction().execute((trx) => sql`create table released (x integer)`.execute(trx));
      await a.db.transaction().execute((trx) => sql`insert into released (x) values (${7})`.execute(trx));
      const row = await sql<{ x: number }>`select x from released`.execute(a.db);
      assert.equal(row.rows[0]?.x, 7);
      assert.ok((a.sqlite?.cachedStatements ?? 0) > 0);
    } finally {
      await a.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('SQLITE_SYNC=full makes the COMMIT itself wait for the disk (synchronous=FULL)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-full-'));
    const config = loadConfig({ DATA_DIR: dir, SQLITE_SYNC: 'full' });
    const a = await openDatabase({ sqliteFile: sqliteFileIn(dir), sqliteSync: config.sqliteSync });
    try {
      const sync = await sql<{ synchronous: number }>`PRAGMA synchronous`.execute(a.db);
      assert.equal(sync.rows[0].synchronous, 2);
      await sql`create table t (id integer primary key)`.execute(a.db);
      await a.db.transaction().execute((trx) => sql`insert into t (id) values (1)`.execute(trx));
      const rows = await sql<{ n: number }>`select count(*) as n from t`.execute(a.db);
      assert.equal(rows.rows[0].n, 1);
    } finally {
      await a.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
    assert.equal(loadConfig({}).sqliteSync, 'flush');
    assert.throws(() => loadConfig({ SQLITE_SYNC: 'off' }), /SQLITE_SYNC/);
  });
});
