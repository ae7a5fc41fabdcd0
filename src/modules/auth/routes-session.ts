import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { access, defineRoute } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { hostedOrganizations, sessionView } from './queries.ts';
import { switchOrgBody } from './schema.ts';
import { createHostedOrganization, switchOrganization } from './session-service.ts';

/** The caller's session, and the system administrator's organization switch. */
export function sessionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx;
  defineRoute(app, {
    method: 'GET',
    url: '/api/session',
    summary: 'The caller’s session, abilities and CSRF token',
    tags: ['auth'],
    access: access.anyStage,
    async handler({ auth }) {
      return sessionView(db, auth);
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/system/organizations',
    summary: 'Organizations hosted on this server',
    tags: ['system'],
    access: access.system,
    async handler() {
      return { items: await hostedOrganizations(db) };
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/system/organizations',
    summary: 'Create an organization',
    tags: ['system'],
    access: access.system,
    body: z.strictObject({
      /** Optional: made from the time when left out (a body need not invent a code to start). */
      code: z
        .string()
        .trim()
        .regex(/^[a-z0-9][a-z0-9-]{1,39}$/)
        .optional(),
      name: z.string().trim().min(1).max(200),
      /** Switch the caller's session to the new body at once (the guided set-up does). */
      switchTo: z.boolean().default(false),
    }),
    async handler({ body, actor, auth }) {
      const code = body.code ?? `body-${Date.now().toString(36)}`;
      const id = await createHostedOrganization(db, auth, actor, { ...body, code });
      return { id, code };
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/session/organization',
    summary: 'Act in another organization (system administrators)',
    tags: ['system'],
    access: access.system,
    body: switchOrgBody,
    async handler({ body, auth, actor }) {
      await switchOrganization(db, auth, actor, body.organizationId);
    },
  });
}
