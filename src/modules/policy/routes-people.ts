/** Routes of acknowledgements (R-E1), reviews (R-I2, R-I5) and proposals. */
import type { FastifyInstance } from 'fastify';
import { access, defineRoute } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { readableVisibilities } from './access.ts';
import { decideProposals, listProposals } from './proposals.ts';
import { getVersion } from './queries.ts';
import { acknowledgementStatus, getReview, listReviews, pendingAcknowledgements } from './queries-people.ts';
import { closeReview, openReview, updateReview } from './reviews.ts';
import {
  closeReviewBody,
  decideBody,
  idParams,
  openReviewBody,
  REVIEW_SOURCES,
  reviewListQuery,
  updateReviewBody,
} from './schema.ts';
import { acknowledge } from './service.ts';

/** Registers acknowledgement, review and proposal routes. */
export function peopleRoutes(app: FastifyInstance, { db }: AppContext): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/policy/acknowledgements/pending',
    summary: 'Versions in force the caller has not acknowledged yet',
    tags: ['policy'],
    access: access.signedIn,
    async handler({ auth }) {
      return {
        items: await pendingAcknowledgements(
          db,
          auth.organizationId,
          auth.userId,
          readableVisibilities(auth),
        ),
      };
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/policy/versions/:id/acknowledge',
    summary: 'Acknowledge the version in force',
    tags: ['policy'],
    access: access.signedIn,
    params: idParams,
    async handler({ params, actor }) {
      return acknowledge(db, actor, params.id);
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/policy/versions/:id/acknowledgements',
    summary: 'Who has acknowledged a version and who has not',
    tags: ['policy'],
    access: access.fn('policy.manage'),
    params: idParams,
    async handler({ params, auth }) {
      return acknowledgementStatus(db, auth.organizationId, params.id);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/policy/versions/:id/proposals',
    summary: "Every module's set-up proposals for a version, with earlier decisions",
    tags: ['policy'],
    access: access.fn('policy.manage'),
    params: idParams,
    async handler({ params, auth }) {
      return { items: await listProposals(db, auth.organizationId, params.id) };
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/policy/versions/:id/proposals/decide',
    summary: 'Accept or reject proposals (all or nothing)',
    tags: ['policy'],
    access: access.fn('policy.manage'),
    params: idParams,
    body: decideBody,
    async handler({ params, body, auth, actor }) {
      await getVersion(db, auth.organizationId, params.id);
      return { items: await decideProposals(db, actor, params.id, body.decisions) };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/policy/reviews',
    summary: 'Policy reviews',
    tags: ['policy'],
    access: access.fn('policy.manage'),
    query: reviewListQuery,
    async handler({ query, auth }) {
      return { items: await listReviews(db, auth.organizationId, query.status) };
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/policy/reviews',
    summary: 'Open a review (yearly or on a trigger)',
    tags: ['policy'],
    access: access.fn('policy.manage'),
    references: {
      documentId: 'policy_documents',
      // The review's source is a record of the kind it names, in the same organization.
      sourceId: (b) => REVIEW_SOURCES[b.sourceType as keyof typeof REVIEW_SOURCES] ?? null,
    },
    body: openReviewBody,
    async handler({ body, actor, auth, reply }) {
      const id = await openReview(db, actor, body);
      reply.code(201);
      return getReview(db, auth.organizationId, id);
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/policy/reviews/:id',
    summary: 'One review',
    tags: ['policy'],
    access: access.fn('policy.manage'),
    params: idParams,
    async handler({ params, auth }) {
      return getReview(db, auth.organizationId, params.id);
    },
  });
  defineRoute(app, {
    method: 'PATCH',
    url: '/api/policy/reviews/:id',
    summary: 'Edit an open review',
    tags: ['policy'],
    access: access.fn('policy.manage'),
    params: idParams,
    body: updateReviewBody,
    async handler({ params, body, actor, auth }) {
      await updateReview(db, actor, params.id, body);
      return getReview(db, auth.organizationId, params.id);
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/policy/reviews/:id/close',
    summary: 'Close a review with its outcome: no change (with the reason) or a new version',
    tags: ['policy'],
    access: access.fn('policy.manage'),
    references: { versionId: 'policy_versions' },
    params: idParams,
    body: closeReviewBody,
    async handler({ params, body, actor, auth }) {
      await closeReview(db, actor, params.id, body);
      return getReview(db, auth.organizationId, params.id);
    },
  });
}
