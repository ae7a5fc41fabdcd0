/** Routes of audit plans, auditors, findings, responses, follow-up and the report. */

import type { FastifyInstance } from 'fastify';
import { attachment, bodyName } from '../../http/download.ts';
import { access, defineRoute } from '../../http/route.ts';
import { todayJst } from '../../shared/business-days.ts';
import type { AppContext } from '../module.ts';
import { planAbilities, planForAuditor, planForReader } from './access.ts';
import { addFinding, closePlan, followUp, loadFinding, respond } from './findings.ts';
import { listPlans } from './queries.ts';
import { planDetail, reportBook, reportPdf } from './report.ts';
import * as s from './schema.ts';
import { addAuditor, createPlan, issueReport } from './service.ts';

const tags = ['audits'];
const MANAGE = access.fn('audits.manage');
// Appointed auditors reach their own plans without a module-wide function: checked per record (access.ts).
const SIGNED_IN = access.signedIn;

/** Defines the audits routes. */
export function auditsRoutes(app: FastifyInstance, { db }: AppContext): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/audits/plans',
    summary: 'Audit plans (all of them by function; an appointed auditor sees the plans they audit)',
    tags,
    access: SIGNED_IN,
    handler: ({ auth }) => listPlans(db, auth),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/audits/plans',
    summary: 'Create an audit plan (independent auditors only)',
    tags,
    access: MANAGE,
    references: {
      parentId: 'audit_plans',
      auditorIds: 'users',
      orderedBy: 'users',
      scopeUnits: 'units',
      scopeSystems: 'information_systems',
    },
    body: s.planBody,
    async handler({ body, actor, reply }) {
      reply.code(201);
      return { id: await createPlan(db, actor, body) };
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/audits/plans/:id',
    summary: 'A plan with auditors and findings, and what the caller may do on it',
    tags,
    access: SIGNED_IN,
    params: s.idParams,
    async handler({ params, auth }) {
      await planForReader(db, auth, params.id);
      return {
        ...(await planDetail(db, auth.organizationId, params.id)),
        can: await planAbilities(db, auth, params.id),
      };
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/audits/plans/:id/auditors',
    summary: 'Add an auditor',
    tags,
    access: MANAGE,
    references: { userId: 'users' },
    params: s.idParams,
    body: s.auditorBody,
    async handler({ params, body, actor }) {
      await addAuditor(db, actor, params.id, body.userId, body.lead);
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/audits/plans/:id/findings',
    summary: 'Record a finding against a clause (audits.manage or the plan’s auditor)',
    tags,
    access: SIGNED_IN,
    references: { unitId: 'units', systemId: 'information_systems' },
    params: s.idParams,
    body: s.findingBody,
    async handler({ params, body, auth, actor, reply }) {
      await planForAuditor(db, auth, params.id);
      reply.code(201);
      return { id: await addFinding(db, actor, params.id, body) };
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/audits/findings/:id/response',
    summary: 'The audited unit answers a finding',
    tags,
    access: access.fn('audits.respond', 'audits.manage'),
    params: s.idParams,
    body: s.responseBody,
    async handler({ params, body, auth, actor }) {
      await respond(db, auth, actor, params.id, body.body);
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/audits/findings/:id/follow-up',
    summary: 'Follow a finding up (and close it): audits.manage or the plan’s auditor',
    tags,
    access: SIGNED_IN,
    params: s.idParams,
    body: s.followUpBody,
    async handler({ params, body, auth, actor }) {
      const f = await loadFinding(db, auth.organizationId, params.id);
      await planForAuditor(db, auth, f.plan_id);
      await followUp(db, actor, params.id, body.body, body.close);
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/audits/plans/:id/report',
    summary: 'Issue the audit report (audits.manage or the plan’s auditor)',
    tags,
    access: SIGNED_IN,
    params: s.idParams,
    async handler({ params, auth, actor }) {
      await planForAuditor(db, auth, params.id);
      await issueReport(db, actor, params.id);
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/audits/plans/:id/report.pdf',
    summary: 'The audit report as PDF',
    tags,
    access: SIGNED_IN,
    params: s.idParams,
    async handler({ params, auth, lang, reply }) {
      await planForReader(db, auth, params.id);
      const pdf = await reportPdf(db, auth.organizationId, params.id, lang);
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
  defineRoute(app, {
    method: 'POST',
    url: '/api/audits/plans/:id/close',
    summary: 'Close an audit whose findings are all closed (audits.manage or the plan’s auditor)',
    tags,
    access: SIGNED_IN,
    params: s.idParams,
    async handler({ params, auth, actor }) {
      await planForAuditor(db, auth, params.id);
      await closePlan(db, actor, params.id);
    },
  });
}
