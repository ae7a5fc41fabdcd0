import type { FastifyInstance } from 'fastify';
import { access, defineRoute } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { queueStatus } from './status.ts';

/** The hosting administrators' view of the job queue. */
export function jobRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/system/jobs',
    summary: 'The job queue: jobs per kind and state, the oldest due job, recent failures',
    tags: ['system'],
    access: access.system,
    handler: () => queueStatus(ctx.db, ctx.config.jobs),
  });
}
