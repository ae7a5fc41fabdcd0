// One backup run: snapshot → verified → final name → signed audit exports → retention → history row
// and audit event in one transaction. A failure is recorded the same way and notifies the administrators.
import fs from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { DatabaseSource } from '../../db/connect.ts';
import type { DB } from '../../db/schema.ts';
import { newId } from '../../shared/ids.ts';
import { nowIso } from '../../shared/time.ts';
import { exportAudit, recordAudit, verifyExport } from '../audit/index.ts';
import type { ServerKeys } from '../module.ts';
import { notify } from '../notifications/index.ts';
import { stampOf, toPrune } from './retention.ts';
import { jstStamp } from './schedule.ts';
import type { BackupRunsTable } from './tables.ts';
import { backupExtension, takeVerifiedBackup } from './take.ts';
import './events.ts';
import { rowsInOrg } from '../../db/rows-in-org.ts';

export interface BackupSettings {
  dir: string;
  keepDaily: number;
  keepMonthly: number;
  auditExport: boolean;
}

export type BackupKind = BackupRunsTable['kind'];

/** The hosting administrators' organizations (kind `system`): where backup events are recorded. */
async function systemOrganizations(db: Kysely<DB>): Promise<string[]> {
  const rows = await db.selectFrom('organizations').select('id').where('kind', '=', 'system').execute();
  return rows.map((r) => r.id);
}

/** Exports every organization's audit log, signed, into `dir/<code>/`, and verifies each export. */
async function exportAuditLogs(db: Kysely<DB>, keys: ServerKeys, dir: string): Promise<number> {
  const orgs = await db.selectFrom('organizations').select(['id', 'code']).orderBy('code').execute();
  const partial = `${dir}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  for (const o of orgs) {
    const out = path.join(partial, o.code);
    await exportAudit(db, o.id, out, keys);
    const check = verifyExport(out);
    if (!check.ok) throw new Error(`audit export of ${o.code} does not verify: ${check.problem}`);
  }
  fs.renameSync(partial, dir);
  return orgs.length;
}

/** Deletes scheduled backups (files and audit export folders) beyond the retention rule (0 and 0: keep all). */
function prune(settings: BackupSettings): number {
  let n = 0;
  if (settings.keepDaily + settings.keepMonthly === 0) return 0;
  for (const sub of ['', 'audit']) {
    const dir = path.join(settings.dir, sub);
    if (!fs.existsSync(dir)) continue;
    const items = fs
      .readdirSync(dir)
      .map((name) => ({ name, stamp: stampOf(name) }))
      .filter((i): i is { name: string; stamp: string } => !!i.stamp);
    for (const name of toPrune(items, settings.keepDaily, settings.keepMonthly)) {
      fs.rmSync(path.join(dir, name), { recursive: true, force: true });
      n++;
    }
  }
  return n;
}

/** Records the run and its audit event in one transaction; a failure also notifies the administrators. */
export async function recordRun(
  db: Kysely<DB>,
  run: Omit<BackupRunsTable, 'id' | 'host'>,
  extra: { migrations?: string[] } = {},
): Promise<string> {
  const id = newId();
  const orgs = await systemOrganizations(db);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('backup_runs')
      .values({ ...run, id, host: hostname() })
      .execute();
    for (const org of orgs) {
      const actor = { organizationId: org, userId: null, label: 'backup', requestId: null, clientIp: null };
      if (run.status === 'ok') {
        await recordAudit(
          trx,
          actor,
          'backups.completed',
          { type: 'backup', id },
          {
            kind: run.kind,
            file: path.basename(run.file ?? ''),
            bytes: Number(run.bytes ?? 0),
            auditEvents: Number(run.audit_events ?? 0),
            auditExports: Number(run.audit_exports ?? 0),
            pruned: Number(run.pruned ?? 0),
            ...(extra.migrations ? { migrations: extra.migrations } : {}),
          },
        );
        continue;
      }
      await recordAudit(
        trx,
        actor,
        'backups.failed',
        { type: 'backup', id },
        {
          kind: run.kind,
          error: run.error ?? '',
        },
      );
      const admins = await rowsInOrg(trx, 'users', org, { status: 'active' }, ['id']);
      await notify(
        trx,
        org,
        admins.map((a) => a.id),
        {
          code: 'notice.backups.failed',
          params: { startedAt: run.started_at, error: run.error ?? '' },
          link: '/',
        },
      );
    }
  });
  return id;
}

/** The record of a backup taken and verified into `file`, with the audit logs exported and old files pruned beside it. */
export function tookRun(
  kind: BackupRunsTable['kind'],
  started: string,
  file: string,
  taken: { bytes: number; events: number },
  exports = 0,
  pruned = 0,
): Omit<BackupRunsTable, 'id' | 'host'> {
  return {
    kind,
    status: 'ok',
    started_at: started,
    finished_at: nowIso(),
    file,
    bytes: taken.bytes,
    audit_events: taken.events,
    audit_exports: exports,
    pruned,
    error: null,
  };
}

/**
 * Takes a backup of the running database into the backup directory, verifies it, exports the audit
 * logs beside it (scheduled runs) and applies the retention rule, then records the result.
 */
export async function runBackup(
  db: Kysely<DB>,
  source: DatabaseSource,
  keys: ServerKeys,
  settings: BackupSettings,
  kind: 'scheduled' | 'manual',
): Promise<{ id: string; ok: boolean; file: string | null; error: string | null }> {
  const started = nowIso();
  const base = `mamori-${kind === 'scheduled' ? 'auto' : 'manual'}-${jstStamp(started)}`;
  const file = path.join(settings.dir, `${base}${backupExtension(source)}`);
  try {
    const taken = await takeVerifiedBackup(source, file);
    const exports = settings.auditExport
      ? await exportAuditLogs(db, keys, path.join(settings.dir, 'audit', base))
      : 0;
    const pruned = kind === 'scheduled' ? prune(settings) : 0;
    const id = await recordRun(db, tookRun(kind, started, file, taken, exports, pruned));
    return { id, ok: true, file, error: null };
  } catch (e) {
    const error = String((e as Error)?.message ?? e).slice(0, 1000);
    const id = await recordRun(db, {
      kind,
      status: 'failed',
      started_at: started,
      finished_at: nowIso(),
      file: null,
      bytes: null,
      audit_events: null,
      audit_exports: null,
      pruned: null,
      error,
    });
    return { id, ok: false, file: null, error };
  }
}
