import type { FastifyInstance } from 'fastify';
import { access, defineRoute } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { MANAGE_TYPES } from './functions.ts';
import { catalogueFor, requestTypes } from './queries.ts';
import { idParams, keyParams, typeBody } from './schema.ts';
import { addFromCatalogue, createType, updateType } from './types-service.ts';

/** Request types: list, create, edit, and the ready-made catalogue. */
export function typeRoutes(app: FastifyInstance, { db }: AppContext): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/requests/types',
    summary:
      'Request types of the organization (active ones; for managers all, with the scheme’s levels and the roles)',
    tags: ['requests'],
    access: access.signedIn,
    handler: ({ auth }) => requestTypes(db, auth),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/requests/types',
    summary: 'Add a request type',
    tags: ['requests'],
    access: access.fn(MANAGE_TYPES),
    body: typeBody,
    async handler({ actor, body }) {
      return { id: await createType(db, actor, body, { kind: 'manual' }) };
    },
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/requests/types/:id',
    summary: 'Change a request type (filed requests keep their definition)',
    tags: ['requests'],
    access: access.fn(MANAGE_TYPES),
    params: idParams,
    body: typeBody,
    async handler({ actor, params, body }) {
      await updateType(db, actor, params.id, body);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/requests/catalogue',
    summary: 'Ready-made request types, each citing its seed clause',
    tags: ['requests'],
    access: access.fn(MANAGE_TYPES),
    handler: ({ auth }) => catalogueFor(db, auth.organizationId),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/requests/catalogue/:key',
    summary: 'Add a ready-made request type from the catalogue',
    tags: ['requests'],
    access: access.fn(MANAGE_TYPES),
    params: keyParams,
    async handler({ actor, params }) {
      return { id: await addFromCatalogue(db, actor, params.key) };
    },
  });
}
