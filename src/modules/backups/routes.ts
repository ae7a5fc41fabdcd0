import type { FastifyInstance } from 'fastify';
import { access, defineRoute } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { requestBackup } from './request.ts';
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
      const id = await requestBackup(db, { ...actor, organizationId: auth.homeOrganizationId });
      reply.code(202);
      return { jobId: id };
    },
  });
}
