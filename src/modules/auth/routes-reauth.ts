import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { access, defineRoute } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { reauthenticate, reauthValidUntil } from './reauth.ts';

const reauthBody = z.strictObject({ password: z.string().min(1).max(256) });

/** POST /api/auth/reauth and GET /api/auth/reauth. */
export function reauthRoutes(app: FastifyInstance, { db }: AppContext): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/auth/reauth',
    summary: 'Until when this session may change its second factors without re-entering the password',
    tags: ['auth'],
    access: access.signedIn,
    async handler({ auth }) {
      return { validUntil: reauthValidUntil(auth) };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/auth/reauth',
    summary: 'Re-enter the password before changing second factors',
    tags: ['auth'],
    access: access.signedIn,
    body: reauthBody,
    async handler({ auth, actor, body, req }) {
      return reauthenticate(db, req, auth, actor, body.password);
    },
  });
}
