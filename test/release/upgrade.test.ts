// An upgrade from the previous release keeps every row and every chain: the fixture written by release
// 0.1.0 (test/fixtures/upgrade/) is started with the current code, which backs it up, migrates it and
// serves it; then every row the old release wrote is compared, every audit chain verified, and the
// people the old release knew sign in and write.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { generateSync } from 'otplib';
import pg from 'pg';
import { openDatabase, sqliteFileIn } from '../../src/db/connect.ts';
import { verifyChains } from '../../src/modules/audit/queries.ts';
import { verifyBackupFile } from '../../src/modules/backups/verify.ts';
import { employmentCode } from '../../src/modules/org/employment.ts';
import { STORED_BEFORE_CODES } from '../../src/modules/org/migrations-0142.ts';
import { documentKindCode } from '../../src/modules/policy/document-kinds.ts';
import { retiredPublicPems } from '../../src/modules/system/signing-key.ts';
import { lawKindOptions } from '../../src/modules/vendors/law-kinds.ts';
import { freePort, HttpClient, ServerProcess } from '../support/server-process.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/upgrade');
const baseUrl = process.env.DATABASE_URL || undefined;
// Rows the server itself moves on at start (the job queue and its schedules); chains are verified whole.
const MOVING = new Set(['jobs', 'job_schedules', 'audit_heads', 'kysely_migration_lock']);

type Snapshot = Map<string, string[]>;

const byPairs = (pairs: readonly (readonly [string, string])[]) => (v: unknown) =>
  pairs.find(([before]) => before === v)?.[1] ?? v;
const jsonList = (f: (v: string) => string) => (v: unknown) =>
  typeof v === 'string' ? JSON.stringify((JSON.parse(v) as string[]).map(f)) : v;

/**
 * Values the old release stored as Japanese words and the migrations turn into codes (0142, 0143, 0220,
 * 0341): a row holding one is expected back with its code, every other column unchanged.
 */
const CONVERTED: Record<string, Record<string, (v: unknown) => unknown>> = {
  organizations: {
    settings: (v) => {
      if (typeof v !== 'string') return v;
      const settings = JSON.parse(v) as { employmentTypes?: unknown };
      if (!Array.isArray(settings.employmentTypes)) return v;
      const types = settings.employmentTypes.map((t) => (typeof t === 'string' ? employmentCode(t) : t));
      return JSON.stringify({ ...settings, employmentTypes: types });
    },
  },
  users: { employment_type: (v) => (typeof v === 'string' ? employmentCode(v) : v) },
  role_assignments: { end_reason: byPairs(STORED_BEFORE_CODES.endReason) },
  units: { kind: byPairs(STORED_BEFORE_CODES.unitKind) },
  policy_documents: { kinds: jsonList(documentKindCode) },
  laws: { kind: byPairs(lawKindOptions.map((o) => [o.labels[0], o.value] as const)) },
};

/** A row of the old release as the migrations leave it. */
function migrated(table: string, columns: string[], row: string): string {
  const convert = CONVERTED[table];
  if (!convert) return row;
  const values = JSON.parse(row) as unknown[];
  return JSON.stringify(values.map((v, i) => (convert[columns[i]] ? convert[columns[i]](v) : v)));
}

/** Every table's rows as sorted JSON, each row limited to the columns the old release had. */
async function snapshot(
  where: { sqliteFile?: string; databaseUrl?: string },
  columns?: Map<string, string[]>,
) {
  const database = await openDatabase(where);
  try {
    const out: Snapshot = new Map();
    const cols = new Map<string, string[]>();
    for (const t of await database.db.introspection.getTables()) {
      if (t.name.startsWith('kysely_migration')) continue;
      const keep = columns?.get(t.name) ?? t.columns.map((c) => c.name).sort();
      cols.set(t.name, keep);
      const rows = await database.db
        .selectFrom(t.name as 'users')
        .selectAll()
        .execute();
      out.set(
        t.name,
        rows.map((r) => JSON.stringify(keep.map((c) => (r as Record<string, unknown>)[c] ?? null))).sort(),
      );
    }
    const chains = await verifyChains(database.db);
    return { rows: out, columns: cols, chains };
  } finally {
    await database.close();
  }
}

async function signInAgain(base: string, cred: { loginId: string; password: string; totpSecret: string }) {
  const c = new HttpClient(base);
  const login = await c.call('POST', '/api/auth/login', { loginId: cred.loginId, password: cred.password });
  assert.equal(login.status, 200, login.text);
  await c.refreshCsrf();
  const mfa = await c.call('POST', '/api/auth/totp/verify', {
    code: generateSync({ secret: cred.totpSecret }),
  });
  assert.equal(mfa.status, 200, mfa.text);
  await c.refreshCsrf();
  return c;
}

for (const version of fs.readdirSync(fixtures).filter((d) => /^\d+\.\d+\.\d+$/.test(d))) {
  test(`an upgrade from ${version} keeps every row and every audit chain, after a verified backup`, {
    timeout: 300_000,
  }, async () => {
    const dir = path.join(fixtures, version);
    const creds = JSON.parse(fs.readFileSync(path.join(dir, 'credentials.json'), 'utf8'));
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-upgrade-'));
    let dbName = '';
    let where: { sqliteFile?: string; databaseUrl?: string };
    if (baseUrl) {
      dbName = `mamori_upgrade_${randomBytes(4).toString('hex')}`;
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      await c.query(`CREATE DATABASE ${dbName}`);
      await c.end();
      const u = new URL(baseUrl);
      u.pathname = `/${dbName}`;
      where = { databaseUrl: u.toString() };
      const sql = path.join(dataDir, 'fixture.sql');
      fs.writeFileSync(sql, gunzipSync(fs.readFileSync(path.join(dir, 'mamori.sql.gz'))));
      execFileSync(
        'psql',
        ['--quiet', '--set', 'ON_ERROR_STOP=1', '--single-transaction', '--file', sql, u.toString()],
        {
          stdio: 'pipe',
        },
      );
    } else {
      where = { sqliteFile: sqliteFileIn(dataDir) };
      fs.writeFileSync(sqliteFileIn(dataDir), gunzipSync(fs.readFileSync(path.join(dir, 'mamori.db.gz'))));
    }
    const server = new ServerProcess(await freePort(), {
      DATA_DIR: dataDir,
      DATABASE_URL: where.databaseUrl ?? '',
      BACKUP_TIME: 'off',
    });
    try {
      const before = await snapshot(where);
      assert.equal(before.chains.ok, true, 'the fixture itself verifies');
      assert.ok(before.rows.get('requests')?.length, 'the fixture has data in the modules');

      await server.start();
      assert.match(server.output, /backing up before \d+ migration/);
      await server.kill('SIGTERM');

      const after = await snapshot(where, before.columns);
      for (const [table, rows] of before.rows) {
        if (MOVING.has(table)) continue;
        const now = new Set(after.rows.get(table) ?? []);
        const columns = before.columns.get(table) ?? [];
        let lost = rows.filter((r) => !now.has(migrated(table, columns, r)));
        if (table === 'server_keys') {
          // The signing key leaves the database (whoever could rewrite the log could also sign it); its
          // public half stays trusted among the retired keys beside the data, so what it signed verifies.
          const moved = lost.filter((r) => (JSON.parse(r) as unknown[]).includes('signing'));
          for (const r of moved) {
            const row = JSON.parse(r) as string[];
            const value = row.find((v) => typeof v === 'string' && v.includes('publicPem')) ?? '{}';
            const { publicPem } = JSON.parse(value) as { publicPem: string };
            assert.ok(
              retiredPublicPems(dataDir).some((p) => p.trim() === publicPem.trim()),
              'the old signing key is kept among the retired public keys',
            );
          }
          lost = lost.filter((r) => !moved.includes(r));
        }
        assert.deepEqual(lost, [], `${table}: every row of ${version} is still there, unchanged`);
      }
      assert.equal(after.chains.ok, true, 'every audit chain verifies after the upgrade');
      assert.ok(
        after.chains.count > before.chains.count,
        'the backup before migrating was recorded in the log',
      );

      // The backup before migrating: a verified copy of the database as the old release left it.
      const database = await openDatabase(where);
      try {
        const runs = await database.db.selectFrom('backup_runs').selectAll().execute();
        assert.equal(runs.length, 1);
        assert.equal(runs[0].kind, 'before_migration');
        assert.equal(runs[0].status, 'ok');
        const file = runs[0].file as string;
        assert.ok(file.startsWith(path.join(dataDir, 'backups')));
        const check = await verifyBackupFile(file);
        assert.equal(check.events, before.chains.count);
        const ev = await database.db
          .selectFrom('audit_events')
          .select(['event', 'data', 'target_id'])
          .where('event', '=', 'backups.completed')
          .execute();
        assert.equal(ev.length, 1, 'the backup before migrating is in the audit log');
        assert.equal(ev[0].target_id, runs[0].id);
        const data = JSON.parse(ev[0].data);
        assert.equal(data.kind, 'before_migration');
        assert.ok(data.migrations.includes('0003_backup_runs'), 'with the migrations it preceded');
      } finally {
        await database.close();
      }

      // The server keeps working on the upgraded data: the old release's people sign in and write.
      await server.start();
      assert.doesNotMatch(server.output, /backing up before/, 'nothing to migrate the second time');
      const cred = (baseUrl ? creds.postgres : creds.sqlite).find(
        (c: { loginId: string }) => c.loginId === 'admin',
      );
      const admin = await signInAgain(server.url, cred);
      const created = await admin.call('POST', '/api/system/organizations', {
        code: 'after-upgrade',
        name: '移行後組合',
      });
      assert.equal(created.status, 200, created.text);
      const health = await admin.call('GET', '/healthz');
      assert.equal(
        (health.json() as { version: string }).version,
        JSON.parse(fs.readFileSync('package.json', 'utf8')).version,
      );
      await server.kill('SIGTERM');
      const end = await openDatabase(where);
      try {
        const org = await end.db
          .selectFrom('organizations')
          .select('id')
          .where('code', '=', 'after-upgrade')
          .executeTakeFirstOrThrow();
        const ev = await end.db
          .selectFrom('audit_events')
          .select('event')
          .where('organization_id', '=', org.id)
          .execute();
        assert.ok(
          ev.some((e) => e.event === 'org.organization_created'),
          'the write is in the audit log',
        );
        assert.equal((await verifyChains(end.db)).ok, true);
      } finally {
        await end.close();
      }
    } finally {
      await server.kill('SIGKILL');
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (dbName) {
        const c = new pg.Client({ connectionString: baseUrl });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
        await c.end();
      }
    }
  });
}
