import type { FastifyInstance } from 'fastify';
import { conflict } from '../../http/errors.ts';
import { access, defineRoute } from '../../http/route.ts';
import { recordAudit } from '../audit/index.ts';
import { enqueue } from '../jobs/index.ts';
import type { AppContext } from '../module.ts';
import { BACKUP_JOB } from './job.ts';
import { backupOverview } from './status.ts';

/** The hosting administrators' view of backups, and a backup now. */
export function backupRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx;
  defineRoute(app, {
    method: 'GET',
    url: '/api/system/backups',
    summary: 'Backup settings, the next scheduled run and the recent runs',
    tags: ['system'],
    access: access.system,
    handler: () => backupOverview(db, ctx.config.backup),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/system/backups',
    summary: 'Take a backup now (queued for the job runner)',
    tags: ['system'],
    access: access.system,
    async handler({ actor, auth, reply }) {
      const id = await db.transaction().execute(async (trx) => {
        const waiting = await trx
          .selectFrom('jobs')
          .select('id')
          .where('kind', '=', BACKUP_JOB)
          .where('status', 'in', ['queued', 'running'])
          .executeTakeFirst();
        if (waiting) throw conflict('backups.already_queued');
        const jobId = await enqueue(trx, BACKUP_JOB, { kind: 'manual' }, undefined, { maxAttempts: 1 });
        await recordAudit(
          trx,
          { ...actor, organizationId: auth.homeOrganizationId },
          'backups.requested',
          { type: 'job', id: jobId },
          {},
        );
        return jobId;
      });
      reply.code(202);
      return { jobId: id };
    },
  });
}
