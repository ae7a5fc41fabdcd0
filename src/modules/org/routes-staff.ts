import type { FastifyInstance } from 'fastify';
import { access, defineRoute } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { contactTree } from './contacts.ts';
import { markRead, noticesFor, receipts, sendNotice, sentNotices } from './notices.ts';
import { completeReview, decideLine, listReviews, reviewDetail, startReview } from './review.ts';
import { completeBody, decisionBody, idParams, lineParams, noticeBody, transferBody } from './schema.ts';
import { orgSettingsSchema } from './settings.ts';
import { readSettings, updateSettings } from './settings-service.ts';
import { listTransfers, recordTransfer } from './transfers.ts';

const ADMIN = access.fn('org.admin');
const SEND = access.fn('org.notices.send');
const REVIEW = access.fn('org.review');

/** Contact tree, notices with read receipts, transfers, access reviews and organization settings. */
export function staffRoutes(app: FastifyInstance, { db }: AppContext): void {
  const tags = ['org'];
  defineRoute(app, {
    method: 'GET',
    url: '/api/org/contact-tree',
    summary: 'Emergency contact tree, top tier first',
    tags,
    access: access.signedIn,
    handler: async ({ auth }) => ({ tiers: await contactTree(db, auth.organizationId) }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/org/notices/mine',
    summary: 'Notices addressed to me, with read state',
    tags,
    access: access.signedIn,
    handler: async ({ auth }) => ({
      items: await noticesFor(db, auth.organizationId, auth.userId, auth.unitId),
    }),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/org/notices/:id/read',
    summary: 'Mark a notice read',
    tags,
    access: access.signedIn,
    params: idParams,
    handler: ({ params, actor, auth }) =>
      markRead(db, { ...actor, userId: auth.userId }, params.id, auth.unitId),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/org/notices',
    summary: 'Sent notices with read counts',
    tags,
    access: SEND,
    handler: async ({ auth }) => ({ items: await sentNotices(db, auth.organizationId) }),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/org/notices/:id/receipts',
    summary: 'Who has read a notice',
    tags,
    access: SEND,
    params: idParams,
    handler: ({ params, auth }) => receipts(db, auth.organizationId, params.id),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/org/notices',
    summary: 'Send a notice to staff',
    tags,
    access: SEND,
    references: { unitIds: 'units' },
    body: noticeBody,
    handler: async ({ body, actor }) => ({ id: await sendNotice(db, actor, body) }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/org/transfers',
    summary: 'Transfers and retirements',
    tags,
    access: ADMIN,
    handler: async ({ auth }) => ({ items: await listTransfers(db, auth.organizationId) }),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/org/transfers',
    summary: 'Record a transfer or retirement (applied on its date)',
    tags,
    access: ADMIN,
    references: { toUnitId: 'units' },
    body: transferBody,
    handler: ({ body, actor }) => recordTransfer(db, actor, body),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/org/reviews',
    summary: 'Access reviews',
    tags,
    access: REVIEW,
    handler: async ({ auth }) => ({ items: await listReviews(db, auth.organizationId) }),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/org/reviews/:id',
    summary: 'An access review with its lines',
    tags,
    access: REVIEW,
    params: idParams,
    handler: ({ params, auth }) => reviewDetail(db, auth.organizationId, params.id),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/org/reviews',
    summary: 'Start an access review',
    tags,
    access: REVIEW,
    handler: async ({ actor }) => ({ id: await startReview(db, actor) }),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/org/reviews/:id/lines/:lineId',
    summary: 'Confirm or end one line',
    tags,
    access: REVIEW,
    params: lineParams,
    body: decisionBody,
    handler: ({ params, body, actor }) => decideLine(db, actor, params.id, params.lineId, body.decision),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/org/reviews/:id/complete',
    summary: 'Complete a review',
    tags,
    access: REVIEW,
    params: idParams,
    body: completeBody,
    handler: ({ params, body, actor }) => completeReview(db, actor, params.id, body.note ?? null),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/org/settings',
    summary: 'Organization settings',
    tags,
    access: access.fn('org.admin', 'org.read'),
    handler: ({ auth }) => readSettings(db, auth.organizationId),
  });
  defineRoute(app, {
    method: 'PUT',
    url: '/api/org/settings',
    summary: 'Change organization settings',
    tags,
    access: ADMIN,
    body: orgSettingsSchema.strict(),
    handler: ({ body, actor }) => updateSettings(db, actor, body),
  });
}
