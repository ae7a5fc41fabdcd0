import type { FastifyInstance } from 'fastify';
import { access, defineRoute } from '../../http/route.ts';
import { todayJst } from '../../shared/business-days.ts';
import type { AppContext } from '../module.ts';
import { checkBcp, latestPlan, missingSections, savePlan, triggerReview } from './plan.ts';
import { requiredSections } from './plan-policy.ts';
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
    async handler({ auth }) {
      const org = auth.organizationId;
      const plan = await latestPlan(db, org);
      const versions = await db
        .selectFrom('emergency_plans')
        .select(['id', 'version', 'created_at', 'created_by'])
        .where('organization_id', '=', org)
        .orderBy('version', 'desc')
        .execute();
      const triggers = await db
        .selectFrom('emergency_plan_triggers')
        .selectAll()
        .where('organization_id', '=', org)
        .orderBy('created_at', 'desc')
        .execute();
      const proposed = await requiredSections(db, org);
      // The stored plan's list, with any section the policy in force now requires and the plan lacks.
      const stored: { key: string; title: string }[] | null = plan ? JSON.parse(plan.required) : null;
      const fromPolicy = proposed.source === 'policy' ? proposed.sections : [];
      const required = stored
        ? [...stored, ...fromPolicy.filter((p) => !stored.some((s) => s.key === p.key))]
        : proposed.sections;
      const sections = plan ? JSON.parse(plan.sections) : [];
      // A review is due by the earliest date among the plan's own date and triggers raised since it was saved.
      const dues = [
        plan?.review_due,
        ...triggers.filter((t) => !plan || t.created_at > plan.created_at).map((t) => t.review_due),
      ].filter(Boolean) as string[];
      const reviewDue = dues.sort()[0] ?? null;
      return {
        plan: plan ? { ...plan, required, sections } : null,
        required,
        requiredSource: proposed.source,
        requiredClause: proposed.clausePath,
        missing: missingSections(required, sections),
        versions,
        triggers,
        reviewDue,
        reviewOverdue: !!reviewDue && reviewDue < todayJst(),
      };
    },
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/emergency-plan',
    summary: 'Save a new plan version (required sections must be present)',
    tags,
    access: access.fn('emergency_plan.manage'),
    body: planBody,
    handler: ({ body, actor }) => db.transaction().execute((trx) => savePlan(trx, actor, body)),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/emergency-plan/bcp-check',
    summary: 'Record the consistency check with the BCP',
    tags,
    access: access.fn('emergency_plan.manage'),
    body: bcpCheckBody,
    handler: ({ body, actor }) => db.transaction().execute((trx) => checkBcp(trx, actor, body.note ?? null)),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/emergency-plan/triggers',
    summary: 'Record a change that calls for a review of the plan',
    tags,
    access: access.fn('emergency_plan.manage'),
    body: triggerBody,
    handler: async ({ body, actor }) => ({
      id: await db.transaction().execute((trx) => triggerReview(trx, actor, body)),
    }),
  });
}
