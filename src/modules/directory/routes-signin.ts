import type { FastifyInstance } from 'fastify';
import { notFound } from '../../http/errors.ts';
import { access, defineRoute } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { finishOidc, startOidc } from './oidc.ts';
import { bodyByCode } from './queries.ts';
import { oidcCallbackQuery, oidcStartBody, signInOptionsQuery } from './schema.ts';
import { loadDirectory } from './store.ts';

/** The sign-in page's directory options and the OpenID Connect round trip (open to anyone: not signed in yet). */
export function directorySignInRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx;
  const tags = ['auth'];
  defineRoute(app, {
    method: 'GET',
    url: '/api/auth/directory',
    summary: 'How people of an organization sign in (its own sign-in page)',
    tags,
    access: access.public,
    query: signInOptionsQuery,
    async handler({ query }) {
      const org = await bodyByCode(db, query.org);
      if (!org) throw notFound('organization');
      const c = (await loadDirectory(db, ctx.keys.encryption, org.id)).config;
      return {
        organization: { code: org.code, name: org.name },
        ldap: c.ldap.enabled,
        oidc: c.oidc.enabled ? { label: c.oidc.label } : null,
      };
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/auth/oidc/start',
    summary: 'Start signing in at the organization’s OpenID provider; answers where to send the browser',
    tags,
    access: access.public,
    body: oidcStartBody,
    async handler({ body, req, reply }) {
      const url = await startOidc(
        db,
        ctx.keys.encryption,
        ctx.config.publicOrigin,
        body.organization,
        req,
        reply,
      );
      return { url };
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/auth/oidc/callback',
    summary: 'Where the OpenID provider sends the browser back (redirect URI)',
    tags,
    access: access.public,
    query: oidcCallbackQuery,
    async handler({ req, reply }) {
      const r = await finishOidc(db, ctx.keys.encryption, ctx.config.publicOrigin, req, reply);
      return reply.redirect(r.location, 303);
    },
  });
}
