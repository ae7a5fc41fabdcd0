import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { access, defineRoute } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { confirmReturn, markReturned } from './aftercare.ts';
import { fileableAssets } from './asset-lookup.ts';
import { decide, withdraw } from './decide.ts';
import { inbox } from './inbox.ts';
import { myRequests, neededFor, requestDetail } from './queries.ts';
import { formRoutes } from './routes-forms.ts';
import { recordRoutes } from './routes-records.ts';
import { typeRoutes } from './routes-types.ts';
import {
  confirmBody,
  decideBody,
  idParams,
  inboxQuery,
  listQuery,
  neededQuery,
  submitBody,
} from './schema.ts';
import { submitRequest } from './submit.ts';

/** Requests: file, decide, withdraw, return, confirm; lists and the approver inbox. */
export function requestRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx;
  typeRoutes(app, ctx);
  recordRoutes(app, ctx);
  formRoutes(app, ctx);

  defineRoute(app, {
    method: 'GET',
    url: '/api/requests/assets',
    summary: 'Assets the caller may file a request about: their unit’s, their own, and what they may read',
    tags: ['requests'],
    access: access.signedIn,
    query: z.strictObject({ q: z.string().trim().max(100).optional() }),
    handler: async ({ auth, query }) => ({ items: await fileableAssets(db, auth, query.q || undefined) }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/requests/needed',
    summary: 'For an asset: which request types need permission, given its class',
    tags: ['requests'],
    access: access.signedIn,
    query: neededQuery,
    handler: ({ auth, query }) => neededFor(db, auth, query.assetId, query.assetClass),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/requests',
    summary: 'File a request (any signed-in person, unless the organization maps requests.submit)',
    tags: ['requests'],
    access: access.signedIn,
    body: submitBody,
    status: 201,
    async handler({ auth, actor, body }) {
      const id = await submitRequest(db, actor, auth, body);
      return { id };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/requests/mine',
    summary: 'My requests',
    tags: ['requests'],
    access: access.signedIn,
    query: listQuery,
    async handler({ auth, query }) {
      return { items: await myRequests(db, auth, query.status, query.limit) };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/requests/inbox',
    summary: 'Requests waiting for my decision or confirmation, with counts (paged, oldest first)',
    tags: ['requests'],
    access: access.signedIn,
    query: inboxQuery,
    handler: ({ auth, query }) => inbox(db, auth, query),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/requests/:id',
    summary: 'A request with its decisions, confirmations and timeline',
    tags: ['requests'],
    access: access.signedIn,
    params: idParams,
    handler: ({ auth, params }) => requestDetail(db, auth, params.id),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/requests/:id/decisions',
    summary: 'Approve or reject the current step (final; never one’s own request)',
    tags: ['requests'],
    access: access.signedIn,
    params: idParams,
    body: decideBody,
    handler: ({ auth, actor, params, body }) => decide(db, actor, auth.userId, params.id, body),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/requests/:id/withdraw',
    summary: 'Withdraw my pending request (it stays on record)',
    tags: ['requests'],
    access: access.signedIn,
    params: idParams,
    async handler({ auth, actor, params }) {
      await withdraw(db, actor, auth.userId, params.id);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/requests/:id/return',
    summary: 'Record that a taken-out asset is back',
    tags: ['requests'],
    access: access.signedIn,
    params: idParams,
    handler: ({ auth, actor, params }) => markReturned(db, actor, auth, params.id),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/requests/:id/confirmations',
    summary: 'Confirm after the return that nothing leaked',
    tags: ['requests'],
    access: access.signedIn,
    params: idParams,
    body: confirmBody,
    handler: ({ auth, actor, params, body }) =>
      confirmReturn(db, actor, auth.userId, params.id, body.note ?? null),
  });
}
