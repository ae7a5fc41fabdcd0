// The backup job on the shared queue: scheduled at the configured Japan times, or asked for now by an
// administrator. Several instances on one PostgreSQL claim each run once (the queue's row locks).
import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { DB } from '../../db/schema.ts';
import { addSeconds, nowIso } from '../../shared/time.ts';
import { type JobContext, registerSchedule, unregisterSchedule } from '../jobs/index.ts';
import { runBackup } from './run.ts';
import { nextRunAt } from './schedule.ts';

export const BACKUP_JOB = 'backups.run';

/** Keeps a long backup's job locked to this runner, so no other instance takes it over as stalled. */
function keepLocked(db: Kysely<DB>, jobId: string): () => void {
  const timer = setInterval(() => {
    void db
      .updateTable('jobs')
      .set({ locked_until: addSeconds(nowIso(), 300) })
      .where('id', '=', jobId)
      .where('status', '=', 'running')
      .execute()
      .catch(() => {});
  }, 60_000);
  timer.unref();
  return () => clearInterval(timer);
}

/** Runs one backup; its failure is recorded and notified by runBackup, so the job itself never retries. */
export async function backupJob(payload: { kind?: string }, ctx: JobContext): Promise<void> {
  const app = ctx.app;
  if (!app?.dbSource) throw new Error('backups run inside the server, on a database file or PostgreSQL');
  const release = keepLocked(ctx.db, ctx.jobId);
  try {
    await runBackup(
      ctx.db,
      app.dbSource,
      app.keys,
      app.config.backup,
      payload.kind === 'manual' ? 'manual' : 'scheduled',
    );
  } finally {
    release();
  }
}

/** Declares the backup schedule of the configuration (BACKUP_TIME), or withdraws it when off. */
export function scheduleBackups(config: Pick<Config, 'backup'>): void {
  const times = config.backup.times;
  if (times.length) registerSchedule(BACKUP_JOB, (after) => nextRunAt(times, after));
  else unregisterSchedule(BACKUP_JOB);
}
