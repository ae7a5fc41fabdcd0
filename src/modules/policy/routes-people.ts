/** Routes of acknowledgements (R-E1), reviews (R-I2, R-I5) and proposals. */
import type { FastifyInstance } from 'fastify';
import { access } from '../../http/route.ts';
import { routeGroup } from '../../http/route-group.ts';
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
  const { route, onId } = routeGroup(app, ['policy'], idParams);
  route({
    method: 'GET',
    url: '/api/policy/acknowledgements/pending',
    summary: 'Versions in force the caller has not acknowledged yet',
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
  onId({
    method: 'POST',
    url: '/api/policy/versions/:id/acknowledge',
    summary: 'Acknowledge the version in force',
    access: access.signedIn,
    async handler({ id, actor }) {
      return acknowledge(db, actor, id);
    },
  });
  onId({
    method: 'GET',
    url: '/api/policy/versions/:id/acknowledgements',
    summary: 'Who has acknowledged a version and who has not',
    access: access.fn('policy.manage'),
    async handler({ id, auth }) {
      return acknowledgementStatus(db, auth.organizationId, id);
    },
  });

  onId({
    method: 'GET',
    url: '/api/policy/versions/:id/proposals',
    summary: "Every module's set-up proposals for a version, with earlier decisions",
    access: access.fn('policy.manage'),
    async handler({ id, auth, lang }) {
      return { items: await listProposals(db, auth.organizationId, id, lang) };
    },
  });
  onId({
    method: 'POST',
    url: '/api/policy/versions/:id/proposals/decide',
    summary: 'Accept or reject proposals (all or nothing)',
    access: access.fn('policy.manage'),
    body: decideBody,
    async handler({ id, body, auth, actor, lang }) {
      await getVersion(db, auth.organizationId, id);
      return { items: await decideProposals(db, actor, id, body.decisions, lang) };
    },
  });

  route({
    method: 'GET',
    url: '/api/policy/reviews',
    summary: 'Policy reviews',
    access: access.fn('policy.manage'),
    query: reviewListQuery,
    async handler({ query, auth }) {
      return { items: await listReviews(db, auth.organizationId, query.status) };
    },
  });
  route({
    method: 'POST',
    url: '/api/policy/reviews',
    summary: 'Open a review (yearly or on a trigger)',
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
  onId({
    method: 'GET',
    url: '/api/policy/reviews/:id',
    summary: 'One review',
    access: access.fn('policy.manage'),
    async handler({ id, auth }) {
      return getReview(db, auth.organizationId, id);
    },
  });
  onId({
    method: 'PATCH',
    url: '/api/policy/reviews/:id',
    summary: 'Edit an open review',
    access: access.fn('policy.manage'),
    body: updateReviewBody,
    async handler({ id, body, actor, auth }) {
      await updateReview(db, actor, id, body);
      return getReview(db, auth.organizationId, id);
    },
  });
  onId({
    method: 'POST',
    url: '/api/policy/reviews/:id/close',
    summary: 'Close a review with its outcome: no change (with the reason) or a new version',
    access: access.fn('policy.manage'),
    references: { versionId: 'policy_versions' },
    body: closeReviewBody,
    async handler({ id, body, actor, auth }) {
      await closeReview(db, actor, id, body);
      return getReview(db, auth.organizationId, id);
    },
  });
}
