import type { FastifyInstance } from 'fastify';
import { access, defineRoute } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { answerClassification, createLocation, requestClassification } from './requests.ts';
import { answerBody, checkBody, classifyRequestBody, idParams, labelsQuery, locationBody } from './schema.ts';
import { assetLabels, classifyRequests, draftsDue, locations, ruleWarnings } from './support-queries.ts';

const tags = ['assets'];

/** Locations, rule warnings before save, labels, draft reminders and "please classify" requests. */
export function assetSupportRoutes(app: FastifyInstance, { db }: AppContext): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/asset-locations',
    summary: 'Storage locations',
    tags,
    access: access.fn('assets.read'),
    handler: ({ auth }) => locations(db, auth.organizationId),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/asset-locations',
    summary: 'Add a storage location',
    tags,
    access: access.fn('assets.manage'),
    body: locationBody,
    async handler({ body, actor }) {
      return { id: await createLocation(db, actor, body) };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/assets/check',
    summary: 'Warnings the rules give for a class and location, before saving',
    tags,
    access: access.fn('assets.manage', 'assets.classify'),
    references: { assetId: 'assets', locationId: 'asset_locations' },
    body: checkBody,
    handler: ({ body, auth }) => ruleWarnings(db, auth, body),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/assets/labels',
    summary: 'Label texts for stickers and document corners (R-B4)',
    tags,
    access: access.fn('assets.read'),
    query: labelsQuery,
    handler: ({ query, auth }) => assetLabels(db, auth, query.ids),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/assets/draft-reminders',
    summary: 'Drafts due for deletion or registration (R-B5)',
    tags,
    access: access.fn('assets.manage'),
    handler: ({ auth }) => draftsDue(db, auth),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/assets/classify-requests',
    summary: 'Open and answered "please classify" requests',
    tags,
    access: access.signedIn,
    handler: ({ auth }) => classifyRequests(db, auth),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/assets/classify-requests',
    summary: 'Ask a classifier to classify received information (R-B6)',
    tags,
    access: access.fn('assets.read'),
    references: { assetId: 'assets' },
    body: classifyRequestBody,
    async handler({ body, actor }) {
      return { id: await requestClassification(db, actor, body) };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/assets/classify-requests/:id/answer',
    summary: 'Answer a classification request',
    tags,
    access: access.fn('assets.classify'),
    params: idParams,
    body: answerBody,
    async handler({ params, body, actor, auth }) {
      await answerClassification(db, actor, auth.functions, params.id, body);
    },
  });
}
