import type { FastifyInstance } from 'fastify';
import { notFound } from '../../http/errors.ts';
import { access, defineRoute } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { assertVisible, seesAllUnits } from './access.ts';
import { assetDetail, presentAssets } from './detail.ts';
import { assetWithClasses, listAssets } from './queries.ts';
import { classifyBody, copyBody, createAssetBody, idParams, listQuery, updateAssetBody } from './schema.ts';
import {
  classifyAsset,
  copyAsset,
  createAsset,
  deleteDraft,
  disposeAsset,
  loadAsset,
  registerAsset,
  updateAsset,
} from './service.ts';

const tags = ['assets'];

/** The register: list, detail, create, edit, classify, copy, register, dispose, delete drafts. */
/** The ids an asset's body names, each of a record of the caller's organization. */
const ASSET_REFERENCES = {
  ownerUnitId: 'units',
  ownerUserId: 'users',
  locationId: 'asset_locations',
  parentId: 'assets',
} as const;

export function assetRoutes(app: FastifyInstance, { db }: AppContext): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/assets',
    summary: 'List the register with filters, search and keyset paging',
    tags,
    access: access.fn('assets.read'),
    query: listQuery,
    async handler({ query, auth }) {
      const scope = seesAllUnits(auth) ? undefined : auth.unitId;
      const page = await listAssets(db, auth.organizationId, scope, query);
      return { items: await presentAssets(db, auth.organizationId, page.items), nextCursor: page.nextCursor };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/assets/:id',
    summary: 'One asset with its class, contents and history',
    tags,
    access: access.fn('assets.read'),
    params: idParams,
    async handler({ params, auth }) {
      const found = await assetWithClasses(db, auth.organizationId, params.id);
      if (!found) throw notFound('record');
      assertVisible(auth, found.asset);
      return assetDetail(db, auth.organizationId, found);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/assets',
    summary: 'Add an asset (draft, or registered with a full class)',
    tags,
    access: access.fn('assets.manage'),
    references: ASSET_REFERENCES,
    body: createAssetBody,
    async handler({ body, actor, auth }) {
      return { id: await createAsset(db, actor, auth.functions, body) };
    },
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/api/assets/:id',
    summary: 'Change fields of an asset',
    tags,
    access: access.fn('assets.manage'),
    references: ASSET_REFERENCES,
    params: idParams,
    body: updateAssetBody,
    async handler({ params, body, actor, auth }) {
      assertVisible(auth, await loadAsset(db, auth.organizationId, params.id));
      await updateAsset(db, actor, params.id, body);
    },
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/assets/:id/classes',
    summary: 'Designate levels (lowering needs a reason)',
    tags,
    access: access.fn('assets.classify', 'assets.manage'),
    params: idParams,
    body: classifyBody,
    async handler({ params, body, actor, auth }) {
      assertVisible(auth, await loadAsset(db, auth.organizationId, params.id));
      await classifyAsset(db, actor, auth.functions, params.id, body.levels, body.reason);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/assets/:id/copy',
    summary: 'Register a copy that inherits the class',
    tags,
    access: access.fn('assets.manage'),
    params: idParams,
    body: copyBody,
    async handler({ params, body, actor, auth, lang }) {
      assertVisible(auth, await loadAsset(db, auth.organizationId, params.id));
      return {
        id: await copyAsset(db, actor, auth.functions, params.id, { ...body, lang }),
      };
    },
  });

  // Changes to an asset the caller may see that take nothing but its id.
  for (const [method, url, fn, summary] of [
    ['POST', '/api/assets/:id/register', registerAsset, 'Register a draft (class required)'],
    ['POST', '/api/assets/:id/dispose', disposeAsset, 'Mark an asset disposed'],
    ['DELETE', '/api/assets/:id', deleteDraft, 'Delete a draft that is no longer needed'],
  ] as const) {
    defineRoute(app, {
      method,
      url,
      summary,
      tags,
      access: access.fn('assets.manage'),
      params: idParams,
      async handler({ params, actor, auth }) {
        assertVisible(auth, await loadAsset(db, auth.organizationId, params.id));
        await fn(db, actor, params.id);
      },
    });
  }
}
