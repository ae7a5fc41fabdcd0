/** Routes of contractor reviews: due list, checklist template, recording and history (R-H3). */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { access, defineRoute } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { listVendorReviews } from './queries.ts';
import { recordReview, reviewBody, reviewTemplate } from './vendor-reviews.ts';
import { dueReviews } from './vendor-reviews-due.ts';

const tags = ['vendors'];
const READ = access.fn('vendors.review', 'vendors.review_receive', 'reports.read');

/** Defines the contractor review routes. */
export function vendorReviewRoutes(app: FastifyInstance, { db }: AppContext): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/vendor-reviews/due',
    summary: 'Contractor reviews due within 30 days or overdue',
    tags,
    access: READ,
    async handler({ auth }) {
      return dueReviews(db, auth.organizationId);
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/vendor-reviews/template',
    summary: 'The checklist to fill for a contract',
    tags,
    access: access.fn('vendors.review'),
    query: z.strictObject({
      contractId: z.string().trim().min(1).max(64),
      kind: z.enum(['periodic', 'end_of_contract']),
    }),
    async handler({ query, auth, lang }) {
      return reviewTemplate(db, auth.organizationId, query.contractId, query.kind, lang);
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/vendor-reviews',
    summary: 'Recorded contractor reviews',
    tags,
    access: READ,
    handler: ({ auth }) => listVendorReviews(db, auth.organizationId),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/vendor-reviews',
    summary: 'Record a contractor review and report it up',
    tags,
    access: access.fn('vendors.review'),
    references: { vendorId: 'vendors', contractId: 'vendor_contracts' },
    body: reviewBody,
    status: 201,
    async handler({ body, actor }) {
      return { id: await recordReview(db, actor, body) };
    },
  });
}
