import type { FastifyInstance } from 'fastify';
import { notFound } from '../../http/errors.ts';
import { access, defineRoute } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { activeVersionId, listRemaps, listVersions, loadScheme } from './queries.ts';
import { confirmRemapBody, idParams, schemeBody } from './schema.ts';
import { activateVersion, confirmRemap, createVersion } from './service.ts';

/** Scheme editor, versions and the re-map review. */
export function classificationRoutes(app: FastifyInstance, { db }: AppContext): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/classification',
    summary: 'The active scheme and any pending version',
    tags: ['classification'],
    access: access.signedIn,
    async handler({ auth }) {
      const versions = await listVersions(db, auth.organizationId);
      const activeId = await activeVersionId(db, auth.organizationId);
      const pending = versions.find((v) => v.status === 'pending');
      return {
        active: activeId ? await loadScheme(db, auth.organizationId, activeId) : null,
        pending: pending ? await loadScheme(db, auth.organizationId, pending.id) : null,
        versions,
      };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/classification/versions',
    summary: 'Enter a scheme version (active at once when it is the first, else pending re-map)',
    tags: ['classification'],
    access: access.fn('classification.manage'),
    body: schemeBody,
    handler: ({ body, actor }) => createVersion(db, actor, body),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/classification/versions/:id/remaps',
    summary: 'Re-map review list of a pending version',
    tags: ['classification'],
    access: access.fn('classification.manage'),
    params: idParams,
    async handler({ params, auth }) {
      const scheme = await loadScheme(db, auth.organizationId, params.id);
      if (!scheme) throw notFound();
      return { scheme, items: await listRemaps(db, auth.organizationId, params.id) };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/classification/remaps/:id/confirm',
    summary: 'Confirm the new level of one asset',
    tags: ['classification'],
    access: access.fn('classification.manage'),
    references: { levelId: 'classification_levels' },
    params: idParams,
    body: confirmRemapBody,
    handler: ({ params, body, actor }) => confirmRemap(db, actor, params.id, body.levelId),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/classification/versions/:id/activate',
    summary: 'Activate a pending version after its review',
    tags: ['classification'],
    access: access.fn('classification.manage'),
    params: idParams,
    async handler({ params, actor }) {
      const remapped = await activateVersion(db, actor, params.id);
      return { remapped };
    },
  });
}
