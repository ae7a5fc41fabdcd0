import type { FastifyInstance } from 'fastify';
import { access, defineRoute } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { allFunctions } from '../org/index.ts';
import { CATALOGUE } from './catalogue.ts';
import { clauseChoices, roleChoices, schemeChoices } from './editor-choices.ts';
import { MANAGE_TYPES } from './functions.ts';
import { parseDefinition } from './load.ts';
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
    async handler({ auth }) {
      const manager = auth.functions.has(MANAGE_TYPES);
      let q = db.selectFrom('request_types').selectAll().where('organization_id', '=', auth.organizationId);
      if (!manager) q = q.where('active', '=', 1);
      const rows = await q.orderBy('code').execute();
      return {
        items: rows.map((t) => ({
          id: t.id,
          code: t.code,
          nameJa: t.name_ja,
          nameEn: t.name_en,
          topic: t.topic,
          recordKind: t.record_kind,
          clausePath: t.clause_path,
          source: t.source,
          active: !!t.active,
          definition: parseDefinition(t.definition),
        })),
        functions: allFunctions().filter((f) => f.key.startsWith('requests.')),
        // What the type editor offers to choose from (levels of the body's scheme, its roles, the
        // clauses of its policy in force).
        ...(manager
          ? {
              scheme: await schemeChoices(db, auth.organizationId),
              roles: await roleChoices(db, auth.organizationId),
              clauses: await clauseChoices(db, auth.organizationId),
            }
          : {}),
      };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/requests/types',
    summary: 'Add a request type',
    tags: ['requests'],
    access: access.fn(MANAGE_TYPES),
    body: typeBody,
    async handler({ actor, body }) {
      const id = await db.transaction().execute((trx) => createType(trx, actor, body, { kind: 'manual' }));
      return { id };
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
    async handler({ auth }) {
      const added = new Set(
        (
          await db
            .selectFrom('request_types')
            .select('catalogue_key')
            .where('organization_id', '=', auth.organizationId)
            .execute()
        ).map((r) => r.catalogue_key),
      );
      return { items: CATALOGUE.map((e) => ({ ...e, added: added.has(e.key) })) };
    },
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
