/** A backup asked for now: queued for the job runner, one at a time. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { transactional } from '../../db/transactional.ts';
import { conflict } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { recordAudit } from '../audit/index.ts';
import { enqueue } from '../jobs/index.ts';
import './events.ts';
import { BACKUP_JOB } from './job.ts';

/**
 * Queues a backup unless one is already queued or running (409), audited in `actor`'s organization (the
 * hosting administrators' home organization); gives the job's id.
 */
export const requestBackup = transactional(async (trx: Kysely<DB>, actor: Actor): Promise<string> => {
  const waiting = await trx
    .selectFrom('jobs')
    .select('id')
    .where('kind', '=', BACKUP_JOB)
    .where('status', 'in', ['queued', 'running'])
    .executeTakeFirst();
  if (waiting) throw conflict('backups.already_queued');
  const jobId = await enqueue(trx, BACKUP_JOB, { kind: 'manual' }, undefined, { maxAttempts: 1 });
  await recordAudit(trx, actor, 'backups.requested', { type: 'job', id: jobId }, {});
  return jobId;
});
