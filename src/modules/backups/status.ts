// The state of backups: the last run for /healthz (status only) and the administrator's card.
import type { Kysely } from 'kysely';
import type { BackupConfig } from '../../config.ts';
import type { DB } from '../../db/schema.ts';
import { BACKUP_JOB } from './job.ts';

/** `ok`, `failed` (the last run failed), `overdue` (no good run for over a day while scheduled) or `none`. */
export type BackupHealth = 'ok' | 'failed' | 'overdue' | 'none';

const DAY_MS = 86_400_000;

/** One indexed read: the newest run. */
export async function backupHealth(
  db: Kysely<DB>,
  settings: Pick<BackupConfig, 'times'>,
): Promise<BackupHealth> {
  const last = await db
    .selectFrom('backup_runs')
    .select(['status', 'started_at'])
    .where('kind', '!=', 'before_migration')
    .orderBy('started_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!last) return 'none';
  if (last.status !== 'ok') return 'failed';
  // A daily schedule that has not produced a backup for a day and an hour has stopped.
  if (settings.times.length && Date.now() - Date.parse(last.started_at) > DAY_MS + 3_600_000)
    return 'overdue';
  return 'ok';
}

/** What the administrator's card shows: settings, the next scheduled time, the recent runs. */
export async function backupOverview(db: Kysely<DB>, settings: BackupConfig) {
  const [runs, schedule, waiting] = await Promise.all([
    db.selectFrom('backup_runs').selectAll().orderBy('started_at', 'desc').limit(10).execute(),
    db.selectFrom('job_schedules').select('next_run_at').where('kind', '=', BACKUP_JOB).executeTakeFirst(),
    db
      .selectFrom('jobs')
      .select('id')
      .where('kind', '=', BACKUP_JOB)
      .where('status', 'in', ['queued', 'running'])
      .limit(1)
      .executeTakeFirst(),
  ]);
  return {
    health: await backupHealth(db, settings),
    settings: {
      dir: settings.dir,
      times: settings.times,
      keepDaily: settings.keepDaily,
      keepMonthly: settings.keepMonthly,
      auditExport: settings.auditExport,
    },
    nextRunAt: settings.times.length ? (schedule?.next_run_at ?? null) : null,
    pending: !!waiting,
    runs: runs.map((r) => ({
      id: r.id,
      kind: r.kind,
      status: r.status,
      startedAt: r.started_at,
      finishedAt: r.finished_at,
      file: r.file,
      bytes: r.bytes === null ? null : Number(r.bytes),
      auditEvents: r.audit_events === null ? null : Number(r.audit_events),
      auditExports: r.audit_exports,
      pruned: r.pruned,
      error: r.error,
      host: r.host,
    })),
  };
}
