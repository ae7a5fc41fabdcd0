/** Routes of audit plans, auditors, findings, responses, follow-up and the report. */

import type { FastifyInstance } from 'fastify';
import { attachment, bodyName } from '../../http/download.ts';
import { access } from '../../http/route.ts';
import { routeGroup } from '../../http/route-group.ts';
import { todayJst } from '../../shared/business-days.ts';
import type { AppContext } from '../module.ts';
import { planAbilities, planForAuditor, planForReader } from './access.ts';
import { addFinding, closePlan, followUp, loadFinding, respond } from './findings.ts';
import { listPlans } from './queries.ts';
import { planDetail, reportBook, reportPdf } from './report.ts';
import * as s from './schema.ts';
import { addAuditor, createPlan, issueReport } from './service.ts';

const MANAGE = access.fn('audits.manage');
// Appointed auditors reach their own plans without a module-wide function: checked per record (access.ts).
const SIGNED_IN = access.signedIn;

/** Defines the audits routes. */
export function auditsRoutes(app: FastifyInstance, { db }: AppContext): void {
  const { route, onId } = routeGroup(app, ['audits'], s.idParams);
  route({
    method: 'GET',
    url: '/api/audits/plans',
    summary: 'Audit plans (all of them by function; an appointed auditor sees the plans they audit)',
    access: SIGNED_IN,
    handler: ({ auth }) => listPlans(db, auth),
  });
  route({
    method: 'POST',
    url: '/api/audits/plans',
    summary: 'Create an audit plan (independent auditors only)',
    access: MANAGE,
    references: {
      parentId: 'audit_plans',
      auditorIds: 'users',
      orderedBy: 'users',
      scopeUnits: 'units',
      scopeSystems: 'information_systems',
    },
    body: s.planBody,
    status: 201,
    async handler({ body, actor }) {
      return { id: await createPlan(db, actor, body) };
    },
  });
  onId({
    method: 'GET',
    url: '/api/audits/plans/:id',
    summary: 'A plan with auditors and findings, and what the caller may do on it',
    access: SIGNED_IN,
    async handler({ id, auth }) {
      await planForReader(db, auth, id);
      return {
        ...(await planDetail(db, auth.organizationId, id)),
        can: await planAbilities(db, auth, id),
      };
    },
  });
  onId({
    method: 'POST',
    url: '/api/audits/plans/:id/auditors',
    summary: 'Add an auditor',
    access: MANAGE,
    references: { userId: 'users' },
    body: s.auditorBody,
    async handler({ id, body, actor }) {
      await addAuditor(db, actor, id, body.userId, body.lead);
    },
  });
  onId({
    method: 'POST',
    url: '/api/audits/plans/:id/findings',
    summary: 'Record a finding against a clause (audits.manage or the plan’s auditor)',
    access: SIGNED_IN,
    references: { unitId: 'units', systemId: 'information_systems' },
    body: s.findingBody,
    status: 201,
    async handler({ id, body, auth, actor }) {
      await planForAuditor(db, auth, id);
      return { id: await addFinding(db, actor, id, body) };
    },
  });
  onId({
    method: 'POST',
    url: '/api/audits/findings/:id/response',
    summary: 'The audited unit answers a finding',
    access: access.fn('audits.respond', 'audits.manage'),
    body: s.responseBody,
    async handler({ id, body, auth, actor }) {
      await respond(db, auth, actor, id, body.body);
    },
  });
  onId({
    method: 'POST',
    url: '/api/audits/findings/:id/follow-up',
    summary: 'Follow a finding up (and close it): audits.manage or the plan’s auditor',
    access: SIGNED_IN,
    body: s.followUpBody,
    async handler({ id, body, auth, actor }) {
      const f = await loadFinding(db, auth.organizationId, id);
      await planForAuditor(db, auth, f.plan_id);
      await followUp(db, actor, id, body.body, body.close);
    },
  });
  onId({
    method: 'GET',
    url: '/api/audits/plans/:id/report.pdf',
    summary: 'The audit report as PDF',
    access: SIGNED_IN,
    async handler({ id, auth, lang, reply }) {
      await planForReader(db, auth, id);
      const pdf = await reportPdf(db, auth.organizationId, id, lang);
      const name = {
        body: await bodyName(db, auth.organizationId),
        book: reportBook(lang),
        date: todayJst(),
        ext: 'pdf',
      };
      attachment(reply, name, 'audit-report');
      return reply.header('content-type', 'application/pdf').send(pdf);
    },
  });
  // What the plan's auditor (or a holder of audits.manage) does to the whole plan.
  const planSteps = [
    {
      step: 'report',
      act: issueReport,
      summary: 'Issue the audit report (audits.manage or the plan’s auditor)',
    },
    {
      step: 'close',
      act: closePlan,
      summary: 'Close an audit whose findings are all closed (audits.manage or the plan’s auditor)',
    },
  ];
  for (const { step, act, summary } of planSteps)
    onId({
      method: 'POST',
      url: `/api/audits/plans/:id/${step}`,
      summary,
      access: SIGNED_IN,
      async handler({ id, auth, actor }) {
        await planForAuditor(db, auth, id);
        await act(db, actor, id);
      },
    });
}
