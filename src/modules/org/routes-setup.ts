import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { access, defineRoute } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { handOverSetup } from './founder.ts';

/** The body's set-up: handing the first administrator's role over to one of the body's people. */
export function setupRoutes(app: FastifyInstance, { db }: AppContext): void {
  defineRoute(app, {
    method: 'POST',
    url: '/api/org/setup/handover',
    summary: 'Hand the set-up role over to a person of the body (the creator’s assignment ends)',
    tags: ['org'],
    access: access.fn('org.admin'),
    body: z.strictObject({ userId: z.string().trim().min(1).max(64) }),
    references: { userId: 'users' },
    async handler({ body, actor }) {
      await handOverSetup(db, actor, body.userId);
    },
  });
}
