import type { FastifyInstance } from 'fastify';
import { access, defineRoute } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { setupStatus } from './status.ts';

/** The guided set-up's state, read by its screen and the home page checklist. */
export function setupRoutes(app: FastifyInstance, { db }: AppContext): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/setup/status',
    summary: 'How far the body’s set-up has come, step by step (derived from what exists)',
    tags: ['setup'],
    access: access.fn('org.admin'),
    handler: ({ auth }) => setupStatus(db, auth.organizationId),
  });
}
