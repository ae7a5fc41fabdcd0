import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { systemOrg as hostingOrg } from '../../../test/support/factories.ts';
import { auditEvents, Client, signedIn, startTestApp, type TestApp } from '../../../test/support/http.ts';
import { setUpSamples } from '../../../test/support/samples.ts';
import { loadConfig } from '../../config.ts';
import { openDatabase, sqliteFileIn } from '../../db/connect.ts';
import { rowsWhere, rowWhereOrThrow } from '../../db/rows-in-org.ts';
import { verifyExport } from '../audit/export.ts';
import { verifyChains } from '../audit/queries.ts';
import { declaredSchedules, unregisterSchedule } from '../jobs/queue.ts';
import { JobRunner } from '../jobs/runner.ts';
import type { AppContext } from '../module.ts';
import { loadServerKeys } from '../system/keys.ts';
import { BACKUP_JOB, scheduleBackups } from './job.ts';
import { stampOf, toPrune } from './retention.ts';
import { runBackup } from './run.ts';
import { jstStamp } from './schedule.ts';
import { verifyBackupFile } from './verify.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const node = path.join(root, 'node_modules/.bin/node');
const baseUrl = process.env.DATABASE_URL || undefined;

let t: TestApp;
let dir: string;
let ctx: AppContext;
let systemOrg: string;
let adminId: string;
before(async () => {
  t = await startTestApp();
  await setUpSamples(t.db);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-backups-'));
  ctx = {
    db: t.db,
    dialect: t.database.dialect,
    dbSource: t.database.source,
    config: loadConfig({ DATA_DIR: dir, BACKUP_DIR: path.join(dir, 'nas'), BACKUP_TIME: '02:30' }),
    keys: await loadServerKeys(t.db, { dataDir: dir, audit: { signingKey: undefined } }),
  };
  systemOrg = await hostingOrg(t.db);
  const admin = await rowWhereOrThrow(t.db, 'users', { login_id: 'admin' }, ['id']);
  adminId = admin.id;
  await t.db.updateTable('users').set({ email: 'admin@example.lg.jp' }).where('id', '=', adminId).execute();
});
after(async () => {
  unregisterSchedule(BACKUP_JOB);
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Scheduled backups left by earlier days: two a day for the 60 days before today (JST), newest first. */
function oldBackups(nas: string): string[] {
  const names: string[] = [];
  const today = Date.parse(
    `${jstStamp(new Date().toISOString())
      .slice(0, 8)
      .replace(/(\d{4})(\d{2})/, '$1-$2-')}T00:00:00Z`,
  );
  for (let d = 1; d <= 60; d++) {
    const day = new Date(today - d * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
    for (const hm of ['143000', '023000']) names.push(`mamori-auto-${day}-${hm}${baseUrl ? '.sql' : '.db'}`);
  }
  fs.mkdirSync(nas, { recursive: true });
  for (const n of names) fs.writeFileSync(path.join(nas, n), 'old');
  fs.writeFileSync(path.join(nas, 'readme-of-the-nas.txt'), 'not ours');
  fs.writeFileSync(path.join(nas, 'mamori-before-0.1.0-20260101-000000.db'), 'kept');
  return names;
}

async function pgDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `mamori_restore_${randomBytes(4).toString('hex')}`;
  const c = new pg.Client({ connectionString: baseUrl });
  await c.connect();
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  const u = new URL(baseUrl as string);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const d = new pg.Client({ connectionString: baseUrl });
      await d.connect();
      await d.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await d.end();
    },
  };
}

describe('backups', () => {
  test('a scheduled backup runs once across two instances, is verified, keeps the retention rule and restores', {
    timeout: 120_000,
  }, async () => {
    const nas = ctx.config.backup.dir;
    const old = oldBackups(nas);
    scheduleBackups(ctx.config);
    assert.ok(declaredSchedules().some(([k]) => k === BACKUP_JOB));
    const a = new JobRunner(t.db, { id: 'a', app: ctx });
    const b = new JobRunner(t.db, { id: 'b', app: ctx });
    // 2026-06-10 01:00 JST: the schedule is set for 02:30, nothing runs yet.
    await Promise.all([a.tick('2026-06-09T16:00:00.000Z'), b.tick('2026-06-09T16:00:00.000Z')]);
    assert.equal((await t.db.selectFrom('backup_runs').select('id').execute()).length, 0);
    // 02:31 JST on both instances at once: exactly one backup.
    await Promise.all([a.tick('2026-06-09T17:31:00.000Z'), b.tick('2026-06-09T17:31:00.000Z')]);
    await Promise.all([a.tick('2026-06-09T17:32:00.000Z'), b.tick('2026-06-09T17:32:00.000Z')]);
    const runs = await t.db.selectFrom('backup_runs').selectAll().execute();
    assert.equal(runs.length, 1, 'one run for two instances');
    const run = runs[0];
    assert.equal(run.status, 'ok', run.error ?? '');
    assert.equal(run.kind, 'scheduled');
    assert.ok(run.file && fs.existsSync(run.file));
    assert.equal(
      (fs.statSync(run.file).mode & 0o777).toString(8),
      '600',
      'a backup is readable by its owner only',
    );
    assert.ok(!fs.readdirSync(nas).some((n) => n.includes('.partial')), 'no half-written file is left');

    // Verified: the backup's own chains are checked; every audit event of the moment is in it.
    const check = await verifyBackupFile(run.file);
    assert.equal(Number(run.audit_events), check.events);
    assert.ok(check.events > 100 && check.organizations >= 3);

    // Retention: 14 days and 12 months of scheduled backups; nothing else in the folder is touched.
    const left = fs.readdirSync(nas).filter((n) => n.startsWith('mamori-auto-'));
    const all = [...old, path.basename(run.file)].map((name) => ({ name, stamp: stampOf(name) as string }));
    const gone = new Set(toPrune(all, 14, 12));
    assert.deepEqual(
      left.sort(),
      all
        .map((i) => i.name)
        .filter((n) => !gone.has(n))
        .sort(),
    );
    assert.ok(left.length >= 14 && left.length <= 14 + 3, '14 days, and the last of each earlier month');
    assert.ok(left.includes(path.basename(run.file)));
    assert.ok(left.includes(old[0]), 'the newer backup of yesterday is kept');
    assert.ok(!left.includes(old[1]), 'the older backup of yesterday is gone');
    assert.ok(!left.includes(old[30]), 'a day two weeks back is gone');
    assert.ok(fs.existsSync(path.join(nas, 'readme-of-the-nas.txt')));
    assert.ok(fs.existsSync(path.join(nas, 'mamori-before-0.1.0-20260101-000000.db')));
    assert.equal(Number(run.pruned), old.length - (left.length - 1));

    // The audit logs, exported and signed beside it, verify offline.
    const exports = path.join(nas, 'audit', path.basename(run.file).replace(/\.(db|sql)$/, ''));
    const orgs = fs.readdirSync(exports);
    assert.equal(orgs.length, Number(run.audit_exports));
    for (const o of orgs) assert.equal(verifyExport(path.join(exports, o)).ok, true, o);

    // The run is in the hosting administrators' audit chain.
    const ev = (await auditEvents(t.db, systemOrg)).filter((e) => e.event === 'backups.completed');
    assert.equal(ev.length, 1);
    assert.equal(ev[0].target_id, run.id);
    assert.equal(JSON.parse(ev[0].data).auditEvents, Number(run.audit_events));

    // /healthz tells monitoring the state, nothing more.
    const h = (await new Client(t.app).get('/healthz')).json();
    assert.ok(['ok', 'overdue'].includes(h.backup));

    // A verified restore: into a fresh place, where every chain verifies and every organization is back.
    const target = baseUrl ? await pgDatabase() : null;
    const restoreDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-restore-'));
    try {
      execFileSync(node, [path.join(root, 'src/cli/restore.ts'), run.file], {
        env: { ...process.env, DATA_DIR: restoreDir, DATABASE_URL: target?.url ?? '' },
        stdio: 'pipe',
      });
      const restored = await openDatabase(
        target
          ? { databaseUrl: target.url, pgSchema: t.database.source?.pgSchema }
          : { sqliteFile: sqliteFileIn(restoreDir) },
      );
      try {
        const chains = await verifyChains(restored.db);
        assert.equal(chains.ok, true);
        assert.ok(chains.count >= check.events);
        const n = await restored.db.selectFrom('organizations').select('id').execute();
        assert.equal(n.length, (await t.db.selectFrom('organizations').select('id').execute()).length);
      } finally {
        await restored.close();
      }
    } finally {
      await target?.drop();
      fs.rmSync(restoreDir, { recursive: true, force: true });
    }
  });

  test('a failed backup is recorded, audited and notifies the administrators in the app and by mail', async () => {
    const blocked = path.join(dir, 'not-a-folder');
    fs.writeFileSync(blocked, 'a file where the backup folder should be');
    const r = await runBackup(
      t.db,
      t.database.source ?? {},
      ctx.keys,
      { ...ctx.config.backup, dir: blocked },
      'scheduled',
    );
    assert.equal(r.ok, false);
    const row = await rowWhereOrThrow(t.db, 'backup_runs', { id: r.id });
    assert.equal(row.status, 'failed');
    assert.match(row.error ?? '', /ENOTDIR|EEXIST|not a directory/i);
    const ev = (await auditEvents(t.db, systemOrg)).filter((e) => e.event === 'backups.failed');
    assert.equal(ev.length, 1);
    assert.equal(ev[0].target_id, r.id);
    const note = await t.db
      .selectFrom('notifications')
      .selectAll()
      .where('user_id', '=', adminId)
      .where('title', 'like', '%バックアップ%')
      .execute();
    assert.equal(note.length, 1);
    const mail = await rowsWhere(t.db, 'mail_outbox', { user_id: adminId });
    assert.ok(mail.some((m) => m.subject.includes('バックアップ') && m.to_address === 'admin@example.lg.jp'));
    const h = (await new Client(t.app).get('/healthz')).json();
    assert.equal(h.backup, 'failed');
  });

  test('the administrators see the backups and ask for one now (audited, once at a time); others get 403', async () => {
    const admin = await signedIn(t, { id: adminId, organizationId: systemOrg });
    const overview = await admin.get('/api/system/backups');
    assert.equal(overview.statusCode, 200);
    const body = overview.json();
    assert.equal(body.health, 'failed');
    assert.ok(body.runs.length >= 2);
    assert.deepEqual(body.settings.times, ['02:30']);
    const now = await admin.post('/api/system/backups');
    assert.equal(now.statusCode, 202);
    const job = await t.db
      .selectFrom('jobs')
      .selectAll()
      .where('id', '=', now.json().jobId)
      .executeTakeFirstOrThrow();
    assert.equal(job.kind, BACKUP_JOB);
    assert.deepEqual(JSON.parse(job.payload), { kind: 'manual' });
    const ev = (await auditEvents(t.db, systemOrg)).filter((e) => e.event === 'backups.requested');
    assert.equal(ev.length, 1);
    assert.equal(ev[0].actor_id, adminId);
    const again = await admin.post('/api/system/backups');
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().error.code, 'backups.already_queued');

    const staff = await t.db
      .selectFrom('users as u')
      .innerJoin('organizations as o', 'o.id', 'u.organization_id')
      .select(['u.id', 'u.organization_id'])
      .where('o.kind', '!=', 'system')
      .executeTakeFirstOrThrow();
    const other = await signedIn(t, { id: staff.id, organizationId: staff.organization_id });
    assert.equal((await other.get('/api/system/backups')).statusCode, 403);
    assert.equal((await other.post('/api/system/backups')).statusCode, 403);
    assert.equal((await new Client(t.app).post('/api/system/backups')).statusCode, 401);
  });
});
