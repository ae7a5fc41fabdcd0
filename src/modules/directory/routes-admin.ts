import type { FastifyInstance } from 'fastify';
import { access, defineRoute } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { keepLocal } from './local.ts';
import { redirectUri } from './oidc.ts';
import { listDirectoryAccounts, listRuns, runDetail } from './queries.ts';
import { decideReview, listReviews } from './reviews.ts';
import { applyBody, decideBody, idParams, localBody, reviewsQuery } from './schema.ts';
import { directorySettingsBody } from './settings.ts';
import { readDirectorySettings, saveDirectorySettings } from './settings-service.ts';
import { applyPreview, previewSync } from './sync.ts';
import { testConnections } from './test-connection.ts';

const ADMIN = access.fn('org.admin');

/** The organization administrator's directory screen: settings, connection test, sync runs, reviews, accounts. */
export function directoryAdminRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx;
  const key = ctx.keys.encryption;
  const tags = ['directory'];
  defineRoute(app, {
    method: 'GET',
    url: '/api/directory/settings',
    summary: 'Directory sign-in settings (secrets shown only as set or not)',
    tags,
    access: ADMIN,
    handler: async ({ auth }) => ({
      ...(await readDirectorySettings(db, key, auth.organizationId)),
      redirectUri: redirectUri(ctx.config.publicOrigin),
    }),
  });
  defineRoute(app, {
    method: 'PUT',
    url: '/api/directory/settings',
    summary: 'Change directory sign-in settings',
    tags,
    access: ADMIN,
    references: { 'ldap.groupRoles[].roleId': 'roles' },
    body: directorySettingsBody,
    handler: ({ body, actor }) => saveDirectorySettings(db, actor, key, body),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/directory/test',
    summary: 'Try the directory and the OpenID provider with the saved settings (changes nothing)',
    tags,
    access: ADMIN,
    handler: ({ auth }) => testConnections(db, key, auth.organizationId),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/directory/accounts',
    summary: 'People and how each signs in (directory or local)',
    tags,
    access: ADMIN,
    handler: async ({ auth }) => ({ items: await listDirectoryAccounts(db, auth.organizationId) }),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/directory/accounts/:id/local',
    summary: 'Keep a person local (break-glass): never signed in or synced by a directory',
    tags,
    access: ADMIN,
    params: idParams,
    body: localBody,
    handler: ({ params, body, actor }) => keepLocal(db, actor, params.id, body.local),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/directory/sync/preview',
    summary: 'Dry run: what a sync from the directory would change',
    tags,
    access: ADMIN,
    handler: ({ actor }) => previewSync(db, key, actor),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/directory/sync/runs/:id/apply',
    summary: 'Apply a reviewed dry run',
    tags,
    access: ADMIN,
    params: idParams,
    body: applyBody,
    handler: ({ params, body, actor }) => applyPreview(db, key, actor, params.id, body.confirmMassSuspension),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/directory/sync/runs',
    summary: 'Recent sync runs',
    tags,
    access: ADMIN,
    handler: async ({ auth }) => ({ items: await listRuns(db, auth.organizationId) }),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/directory/sync/runs/:id',
    summary: 'One sync run with its plan and result',
    tags,
    access: ADMIN,
    params: idParams,
    handler: ({ params, auth }) => runDetail(db, auth.organizationId, params.id),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/directory/reviews',
    summary: 'Post changes and group-to-role proposals waiting for a person',
    tags,
    access: ADMIN,
    query: reviewsQuery,
    handler: async ({ query, auth }) => ({ items: await listReviews(db, auth.organizationId, query.status) }),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/directory/reviews/:id/decide',
    summary: 'Approve or reject a review item',
    tags,
    access: ADMIN,
    params: idParams,
    body: decideBody,
    handler: ({ params, body, actor }) => decideReview(db, actor, params.id, body.decision),
  });
}
