import type { FastifyInstance } from 'fastify';
import { access, defineRoute } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { checkBcp, savePlan, triggerReview } from './plan.ts';
import { planView } from './plan-view.ts';
import { bcpCheckBody, planBody, triggerBody } from './schema-registers.ts';

/** Routes of the emergency response plan (緊急時対応計画, R-A3). */
export function planRoutes(app: FastifyInstance, { db }: AppContext): void {
  const tags = ['emergency-plan'];

  defineRoute(app, {
    method: 'GET',
    url: '/api/emergency-plan',
    summary: 'The latest plan with section checks, versions and review triggers',
    tags,
    access: access.signedIn,
    handler: ({ auth, lang }) => planView(db, auth.organizationId, lang),
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/emergency-plan',
    summary: 'Save a new plan version (required sections must be present)',
    tags,
    access: access.fn('emergency_plan.manage'),
    body: planBody,
    handler: ({ body, actor }) => savePlan(db, actor, body),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/emergency-plan/bcp-check',
    summary: 'Record the consistency check with the BCP',
    tags,
    access: access.fn('emergency_plan.manage'),
    body: bcpCheckBody,
    handler: ({ body, actor }) => checkBcp(db, actor, body.note ?? null),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/emergency-plan/triggers',
    summary: 'Record a change that calls for a review of the plan',
    tags,
    access: access.fn('emergency_plan.manage'),
    body: triggerBody,
    handler: async ({ body, actor }) => ({
      id: await triggerReview(db, actor, body),
    }),
  });
}
