import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../module.ts';
import { handOverSetup } from './founder.ts';
import { ADMIN, orgRouteGroup } from './route-kit.ts';

/** The body's set-up: handing the first administrator's role over to one of the body's people. */
export function setupRoutes(app: FastifyInstance, { db }: AppContext): void {
  const { route } = orgRouteGroup(app);
  route({
    method: 'POST',
    url: '/api/org/setup/handover',
    summary: 'Hand the set-up role over to a person of the body (the creator’s assignment ends)',
    access: ADMIN,
    body: z.strictObject({ userId: z.string().trim().min(1).max(64) }),
    references: { userId: 'users' },
    async handler({ body, actor }) {
      await handOverSetup(db, actor, body.userId);
    },
  });
}
