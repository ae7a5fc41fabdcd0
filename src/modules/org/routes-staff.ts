import type { FastifyInstance } from 'fastify';
import { access } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { contactTree } from './contacts.ts';
import { markRead, noticesFor, receipts, sendNotice, sentNotices } from './notices.ts';
import { completeReview, decideLine, listReviews, reviewDetail, startReview } from './review.ts';
import { ADMIN, orgRouteGroup } from './route-kit.ts';
import { completeBody, decisionBody, lineParams, noticeBody, transferBody } from './schema.ts';
import { orgSettingsSchema } from './settings.ts';
import { readSettings, updateSettings } from './settings-service.ts';
import { listTransfers, recordTransfer } from './transfers.ts';

const SEND = access.fn('org.notices.send');
const REVIEW = access.fn('org.review');

/** Contact tree, notices with read receipts, transfers, access reviews and organization settings. */
export function staffRoutes(app: FastifyInstance, { db }: AppContext): void {
  const { route, onId } = orgRouteGroup(app);
  route({
    method: 'GET',
    url: '/api/org/contact-tree',
    summary: 'Emergency contact tree, top tier first',
    access: access.signedIn,
    handler: async ({ auth }) => ({ tiers: await contactTree(db, auth.organizationId) }),
  });

  route({
    method: 'GET',
    url: '/api/org/notices/mine',
    summary: 'Notices addressed to me, with read state',
    access: access.signedIn,
    handler: async ({ auth }) => ({
      items: await noticesFor(db, auth.organizationId, auth.userId, auth.unitId),
    }),
  });
  onId({
    method: 'POST',
    url: '/api/org/notices/:id/read',
    summary: 'Mark a notice read',
    access: access.signedIn,
    handler: ({ id, actor, auth }) => markRead(db, { ...actor, userId: auth.userId }, id, auth.unitId),
  });
  route({
    method: 'GET',
    url: '/api/org/notices',
    summary: 'Sent notices with read counts',
    access: SEND,
    handler: async ({ auth }) => ({ items: await sentNotices(db, auth.organizationId) }),
  });
  onId({
    method: 'GET',
    url: '/api/org/notices/:id/receipts',
    summary: 'Who has read a notice',
    access: SEND,
    handler: ({ id, auth }) => receipts(db, auth.organizationId, id),
  });
  route({
    method: 'POST',
    url: '/api/org/notices',
    summary: 'Send a notice to staff',
    access: SEND,
    references: { unitIds: 'units' },
    body: noticeBody,
    handler: async ({ body, actor }) => ({ id: await sendNotice(db, actor, body) }),
  });

  route({
    method: 'GET',
    url: '/api/org/transfers',
    summary: 'Transfers and retirements',
    access: ADMIN,
    handler: async ({ auth }) => ({ items: await listTransfers(db, auth.organizationId) }),
  });
  route({
    method: 'POST',
    url: '/api/org/transfers',
    summary: 'Record a transfer or retirement (applied on its date)',
    access: ADMIN,
    references: { toUnitId: 'units' },
    body: transferBody,
    handler: ({ body, actor }) => recordTransfer(db, actor, body),
  });

  route({
    method: 'GET',
    url: '/api/org/reviews',
    summary: 'Access reviews',
    access: REVIEW,
    handler: async ({ auth }) => ({ items: await listReviews(db, auth.organizationId) }),
  });
  onId({
    method: 'GET',
    url: '/api/org/reviews/:id',
    summary: 'An access review with its lines',
    access: REVIEW,
    handler: ({ id, auth }) => reviewDetail(db, auth.organizationId, id),
  });
  route({
    method: 'POST',
    url: '/api/org/reviews',
    summary: 'Start an access review',
    access: REVIEW,
    handler: async ({ actor }) => ({ id: await startReview(db, actor) }),
  });
  route({
    method: 'POST',
    url: '/api/org/reviews/:id/lines/:lineId',
    summary: 'Confirm or end one line',
    access: REVIEW,
    params: lineParams,
    body: decisionBody,
    handler: ({ params, body, actor }) => decideLine(db, actor, params.id, params.lineId, body.decision),
  });
  onId({
    method: 'POST',
    url: '/api/org/reviews/:id/complete',
    summary: 'Complete a review',
    access: REVIEW,
    body: completeBody,
    handler: ({ id, body, actor }) => completeReview(db, actor, id, body.note ?? null),
  });

  route({
    method: 'GET',
    url: '/api/org/settings',
    summary: 'Organization settings',
    access: access.fn('org.admin', 'org.read'),
    handler: ({ auth }) => readSettings(db, auth.organizationId),
  });
  route({
    method: 'PUT',
    url: '/api/org/settings',
    summary: 'Change organization settings',
    access: ADMIN,
    body: orgSettingsSchema.strict(),
    handler: ({ body, actor }) => updateSettings(db, actor, body),
  });
}
