import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { listInOrg } from '../../db/list-in-org.ts';
import { access, defineRoute } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import {
  acknowledgeCompliance,
  recordCompliance,
  recordFailure,
  recordLogReview,
  updateFailure,
} from './registers.ts';
import { idParams } from './schema.ts';
import * as s from './schema-registers.ts';
import { loadSettings } from './settings.ts';
import { decideViolation, reinstateViolation, reportViolation } from './violations.ts';

/** Routes of the failure register, log reviews, violations and compliance checks. */
export function registerRoutes(app: FastifyInstance, { db }: AppContext): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/failures',
    summary: '障害記録',
    tags: ['failures'],
    access: access.fn('failures.manage'),
    handler: async ({ auth }) => ({
      items: await listInOrg(db, 'failures', auth.organizationId, 'received_at'),
    }),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/failures',
    summary: 'Record a failure',
    tags: ['failures'],
    access: access.fn('failures.manage'),
    references: { reporterId: 'users', systemId: 'information_systems', handlerId: 'users' },
    body: s.failureBody,
    handler: async ({ body, actor }) => ({
      id: await recordFailure(db, actor, body),
    }),
  });
  defineRoute(app, {
    method: 'PUT',
    url: '/api/failures/:id',
    summary: 'Record the handling and result of a failure',
    tags: ['failures'],
    access: access.fn('failures.manage'),
    references: { handlerId: 'users' },
    params: idParams,
    body: s.failureUpdateBody,
    handler: ({ params, body, actor }) => updateFailure(db, actor, params.id, body),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/log-reviews',
    summary: 'Log reviews and the retention setting',
    tags: ['failures'],
    access: access.fn('failures.manage'),
    async handler({ auth }) {
      const items = await listInOrg(db, 'log_reviews', auth.organizationId, 'period_to');
      return { items, retentionDays: (await loadSettings(db, auth.organizationId)).logRetentionDays };
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/log-reviews',
    summary: 'Record a periodic log review',
    tags: ['failures'],
    access: access.fn('failures.manage'),
    body: s.logReviewBody,
    handler: async ({ body, actor }) => ({
      id: await recordLogReview(db, actor, body),
    }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/violations',
    summary: 'Violations',
    tags: ['violations'],
    access: access.fn('violations.manage'),
    handler: async ({ auth }) => ({
      items: await listInOrg(db, 'violations', auth.organizationId, 'reported_at'),
    }),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/violations',
    summary: 'Report a violation (any signed-in staff member)',
    tags: ['violations'],
    access: access.signedIn,
    references: { subjectUserId: 'users' },
    body: s.violationBody,
    handler: async ({ body, actor }) => ({
      id: await reportViolation(db, actor, body),
    }),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/violations/:id/decide',
    summary: 'Decide measures; optionally suspend the person’s access and notify the head of the body',
    tags: ['violations'],
    access: access.fn('violations.manage'),
    params: idParams,
    body: s.decideBody,
    handler: ({ params, body, actor }) => decideViolation(db, actor, params.id, body),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/violations/:id/reinstate',
    summary: 'Lift the suspension a violation decided (audited; the head of the body is told)',
    tags: ['violations'],
    access: access.fn('violations.manage'),
    params: idParams,
    body: s.reinstateBody,
    handler: ({ params, body, actor }) => reinstateViolation(db, actor, params.id, body),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/compliance-checks',
    summary: 'Compliance checks (mine to receive, or all for checkers)',
    tags: ['compliance'],
    access: access.fn('compliance.check', 'compliance.receive'),
    query: z.strictObject({}),
    handler: async ({ auth }) => ({
      items: await listInOrg(db, 'compliance_checks', auth.organizationId, 'checked_at'),
    }),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/compliance-checks',
    summary: 'Record a compliance check; findings go up to the CISO-equivalent',
    tags: ['compliance'],
    access: access.fn('compliance.check'),
    body: s.complianceBody,
    handler: ({ body, actor }) => recordCompliance(db, actor, body),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/compliance-checks/:id/ack',
    summary: 'Acknowledge compliance findings',
    tags: ['compliance'],
    access: access.signedIn,
    params: idParams,
    handler: ({ params, actor }) => acknowledgeCompliance(db, actor, params.id),
  });
}
