import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
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
      items: await db
        .selectFrom('failures')
        .selectAll()
        .where('organization_id', '=', auth.organizationId)
        .orderBy('received_at', 'desc')
        .execute(),
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
      id: await db.transaction().execute((trx) => recordFailure(trx, actor, body)),
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
    handler: ({ params, body, actor }) =>
      db.transaction().execute((trx) => updateFailure(trx, actor, params.id, body)),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/log-reviews',
    summary: 'Log reviews and the retention setting',
    tags: ['failures'],
    access: access.fn('failures.manage'),
    async handler({ auth }) {
      const items = await db
        .selectFrom('log_reviews')
        .selectAll()
        .where('organization_id', '=', auth.organizationId)
        .orderBy('period_to', 'desc')
        .execute();
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
      id: await db.transaction().execute((trx) => recordLogReview(trx, actor, body)),
    }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/violations',
    summary: 'Violations',
    tags: ['violations'],
    access: access.fn('violations.manage'),
    handler: async ({ auth }) => ({
      items: await db
        .selectFrom('violations')
        .selectAll()
        .where('organization_id', '=', auth.organizationId)
        .orderBy('reported_at', 'desc')
        .execute(),
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
      id: await db.transaction().execute((trx) => reportViolation(trx, actor, body)),
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
    handler: ({ params, body, actor }) =>
      db.transaction().execute((trx) => decideViolation(trx, actor, params.id, body)),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/violations/:id/reinstate',
    summary: 'Lift the suspension a violation decided (audited; the head of the body is told)',
    tags: ['violations'],
    access: access.fn('violations.manage'),
    params: idParams,
    body: s.reinstateBody,
    handler: ({ params, body, actor }) =>
      db.transaction().execute((trx) => reinstateViolation(trx, actor, params.id, body)),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/compliance-checks',
    summary: 'Compliance checks (mine to receive, or all for checkers)',
    tags: ['compliance'],
    access: access.fn('compliance.check', 'compliance.receive'),
    query: z.strictObject({}),
    handler: async ({ auth }) => ({
      items: await db
        .selectFrom('compliance_checks')
        .selectAll()
        .where('organization_id', '=', auth.organizationId)
        .orderBy('checked_at', 'desc')
        .execute(),
    }),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/compliance-checks',
    summary: 'Record a compliance check; findings go up to the CISO-equivalent',
    tags: ['compliance'],
    access: access.fn('compliance.check'),
    body: s.complianceBody,
    handler: ({ body, actor }) => db.transaction().execute((trx) => recordCompliance(trx, actor, body)),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/compliance-checks/:id/ack',
    summary: 'Acknowledge compliance findings',
    tags: ['compliance'],
    access: access.signedIn,
    params: idParams,
    handler: ({ params, actor }) =>
      db.transaction().execute((trx) => acknowledgeCompliance(trx, actor, params.id)),
  });
}
