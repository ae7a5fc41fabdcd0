import type { FastifyInstance } from 'fastify';
import { access } from '../../http/route.ts';
import { routeGroup } from '../../http/route-group.ts';
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
  const { route, onId } = routeGroup(app, ['directory'], idParams);
  route({
    method: 'GET',
    url: '/api/directory/settings',
    summary: 'Directory sign-in settings (secrets shown only as set or not)',
    access: ADMIN,
    handler: async ({ auth }) => ({
      ...(await readDirectorySettings(db, key, auth.organizationId)),
      redirectUri: redirectUri(ctx.config.publicOrigin),
    }),
  });
  route({
    method: 'PUT',
    url: '/api/directory/settings',
    summary: 'Change directory sign-in settings',
    access: ADMIN,
    references: { 'ldap.groupRoles[].roleId': 'roles' },
    body: directorySettingsBody,
    handler: ({ body, actor }) => saveDirectorySettings(db, actor, key, body),
  });
  route({
    method: 'POST',
    url: '/api/directory/test',
    summary: 'Try the directory and the OpenID provider with the saved settings (changes nothing)',
    access: ADMIN,
    handler: ({ auth }) => testConnections(db, key, auth.organizationId),
  });
  route({
    method: 'GET',
    url: '/api/directory/accounts',
    summary: 'People and how each signs in (directory or local)',
    access: ADMIN,
    handler: async ({ auth }) => ({ items: await listDirectoryAccounts(db, auth.organizationId) }),
  });
  onId({
    method: 'POST',
    url: '/api/directory/accounts/:id/local',
    summary: 'Keep a person local (break-glass): never signed in or synced by a directory',
    access: ADMIN,
    body: localBody,
    handler: ({ id, body, actor }) => keepLocal(db, actor, id, body.local),
  });
  route({
    method: 'POST',
    url: '/api/directory/sync/preview',
    summary: 'Dry run: what a sync from the directory would change',
    access: ADMIN,
    handler: ({ actor }) => previewSync(db, key, actor),
  });
  onId({
    method: 'POST',
    url: '/api/directory/sync/runs/:id/apply',
    summary: 'Apply a reviewed dry run',
    access: ADMIN,
    body: applyBody,
    handler: ({ id, body, actor }) => applyPreview(db, key, actor, id, body.confirmMassSuspension),
  });
  route({
    method: 'GET',
    url: '/api/directory/sync/runs',
    summary: 'Recent sync runs',
    access: ADMIN,
    handler: async ({ auth }) => ({ items: await listRuns(db, auth.organizationId) }),
  });
  onId({
    method: 'GET',
    url: '/api/directory/sync/runs/:id',
    summary: 'One sync run with its plan and result',
    access: ADMIN,
    handler: ({ id, auth }) => runDetail(db, auth.organizationId, id),
  });
  route({
    method: 'GET',
    url: '/api/directory/reviews',
    summary: 'Post changes and group-to-role proposals waiting for a person',
    access: ADMIN,
    query: reviewsQuery,
    handler: async ({ query, auth }) => ({ items: await listReviews(db, auth.organizationId, query.status) }),
  });
  onId({
    method: 'POST',
    url: '/api/directory/reviews/:id/decide',
    summary: 'Approve or reject a review item',
    access: ADMIN,
    body: decideBody,
    handler: ({ id, body, actor }) => decideReview(db, actor, id, body.decision),
  });
}
