import type { FastifyInstance } from 'fastify';
import type { AuthContext } from '../../http/auth-context.ts';
import { attachment, bodyName, sendExport } from '../../http/download.ts';
import { badInput, notFound } from '../../http/errors.ts';
import { access, defineRoute } from '../../http/route.ts';
import { type Lang, t } from '../../i18n/index.ts';
import type { Actor } from '../../shared/actor.ts';
import { todayJst } from '../../shared/business-days.ts';
import { writeXlsx } from '../../shared/xlsx.ts';
import type { AppContext } from '../module.ts';
import { loadIncident, requireHandlerOrReporter } from './access.ts';
import { escalateOverdue } from './escalation.ts';
import { addAction, addEvidence, addNote, closeIncident, completeAction, recordContact } from './handling.ts';
import { listExported, reportPrinted } from './printed.ts';
import {
  evidenceFile,
  incidentDetail,
  listIncidents,
  reporterName,
  statistics,
  waitingSteps,
} from './queries.ts';
import { reportIncident } from './report.ts';
import { incidentReportPdf, listHeader, listRow } from './report-pdf.ts';
import * as s from './schema.ts';
import { acknowledgeJudged, judgeMinor, stepHolders } from './steps.ts';

/** Routes of incident reporting, the chain and handling. */
export function incidentRoutes(app: FastifyInstance, { db }: AppContext): void {
  const tags = ['incidents'];

  defineRoute(app, {
    method: 'POST',
    url: '/api/incidents',
    summary: 'Report an incident (any signed-in staff member)',
    tags,
    // Anyone who finds an incident must be able to report it (seed 001 5.(3)①), so no function is needed.
    access: access.signedIn,
    references: { assetIds: 'assets', systemIds: 'information_systems', vendorIds: 'vendors' },
    body: s.reportBody,
    async handler({ body, auth, actor }) {
      const id = await reportIncident(db, actor, auth.unitId, body);
      return { id };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/incidents',
    summary: 'List incidents with filters',
    tags,
    access: access.signedIn,
    query: s.listQuery,
    handler: async ({ query, auth }) => ({ items: await listIncidents(db, auth, query) }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/incidents/stats',
    summary: 'Statistics by type, unit and month',
    tags,
    access: access.fn('incidents.read_all'),
    query: s.listQuery,
    handler: async ({ query, auth }) => statistics(await listIncidents(db, auth, query)),
  });

  // The incident list keeps its own event (`incidents.exported`), written before the file leaves.
  const exported = (actor: Actor) => (format: string, count: number) =>
    listExported(db, actor, format, count);
  const listExport = async (auth: AuthContext, lang: Lang) => ({
    rows: (await listIncidents(db, auth, {})).map((r) => listRow(r, lang)),
    header: listHeader(lang),
    name: {
      body: await bodyName(db, auth.organizationId),
      book: t(lang, 'incidents.list.book'),
      date: todayJst(),
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/incidents/export.csv',
    summary: 'Export the incident list as CSV (UTF-8 BOM or Shift_JIS), dates in 和暦',
    tags,
    access: access.fn('incidents.read_all'),
    query: s.exportQuery,
    async handler({ query, auth, actor, lang, reply }) {
      const { rows, header, name } = await listExport(auth, lang);
      const csv = { header, rows, encoding: query.encoding };
      return sendExport(reply, { csv }, name, 'incidents', exported(actor));
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/incidents/export.xlsx',
    summary: 'Export the incident list as an Excel workbook, dates in 和暦',
    tags,
    access: access.fn('incidents.read_all'),
    async handler({ auth, actor, lang, reply }) {
      const { rows, header, name } = await listExport(auth, lang);
      const widths = [38, 22, 40, 30, 16, 16, 14, 10, 12, 10];
      const xlsx = await writeXlsx([{ name: name.book, header, rows, widths }]);
      return sendExport(reply, { xlsx, count: rows.length }, name, 'incidents', exported(actor));
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/incidents/inbox',
    summary: 'Chain steps waiting for the caller',
    tags,
    access: access.signedIn,
    async handler({ auth }) {
      const waiting = await waitingSteps(db, auth.organizationId);
      const mine = [];
      for (const w of waiting) if ((await stepHolders(db, w)).includes(auth.userId)) mine.push(w);
      return { items: mine };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/incidents/escalations/run',
    summary: 'Escalate overdue steps of the organization now (until the job queue schedules it)',
    tags,
    access: access.fn('incidents.handle'),
    handler: async ({ auth }) => ({ escalated: await escalateOverdue(db, new Date(), auth.organizationId) }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/incidents/:id',
    summary: 'Incident detail',
    tags,
    access: access.signedIn,
    params: s.idParams,
    async handler({ params, auth }) {
      const d = await incidentDetail(db, await loadIncident(db, auth, params.id));
      // The steps the caller may record receipt of: the screen shows 受領を記録 only on those.
      const ack: string[] = [];
      for (const s of d.steps)
        if (
          (s.status === 'waiting' || s.status === 'escalated') &&
          (await stepHolders(db, s)).includes(auth.userId)
        )
          ack.push(s.id);
      return { ...d, can: { ack } };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/incidents/:id/report.pdf',
    summary: 'The incident report for the head of the body (A4 PDF, 和暦)',
    tags,
    access: access.signedIn,
    params: s.idParams,
    async handler({ params, auth, actor, lang, reply }) {
      const inc = await loadIncident(db, auth, params.id);
      const detail = await incidentDetail(db, inc);
      const body = await bodyName(db, auth.organizationId);
      const pdf = await incidentReportPdf(detail, await reporterName(db, inc), body, lang);
      await reportPrinted(db, actor, inc.id);
      const name = {
        body,
        book: t(lang, 'incidents.report.file', { title: inc.title }),
        date: todayJst(),
        ext: 'pdf',
      };
      attachment(reply, name, `incident-report-${inc.id}`);
      return reply.header('content-type', 'application/pdf').send(pdf);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/incidents/:id/steps/:stepId/ack',
    summary: 'Acknowledge a chain step (optionally judging the case minor)',
    tags,
    access: access.signedIn,
    params: s.stepParams,
    body: s.ackBody,
    async handler({ params, body, auth, actor }) {
      await loadIncident(db, auth, params.id);
      if (body.minor !== undefined && !body.reason)
        throw badInput('incidents.reason_required', {}, [{ field: 'reason', code: 'field.required' }]);
      await acknowledgeJudged(db, actor, params.id, params.stepId, body);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/incidents/:id/minor',
    summary: 'Record the receiving step’s minor (軽微) judgement',
    tags,
    access: access.fn('incidents.receive'),
    params: s.idParams,
    body: s.minorBody,
    async handler({ params, body, auth, actor }) {
      await loadIncident(db, auth, params.id);
      await judgeMinor(db, actor, params.id, body.minor, body.reason);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/incidents/:id/notes',
    summary: 'Add an action or decision to the timeline',
    tags,
    access: access.signedIn,
    params: s.idParams,
    body: s.noteBody,
    async handler({ params, body, auth, actor }) {
      const inc = await loadIncident(db, auth, params.id);
      requireHandlerOrReporter(auth, inc);
      await addNote(db, actor, inc, body);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/incidents/:id/evidence',
    summary: 'Keep an evidence file with its SHA-256 (immutable)',
    tags,
    access: access.signedIn,
    params: s.idParams,
    body: s.evidenceBody,
    bodyLimit: 15 * 1024 * 1024,
    async handler({ params, body, auth, actor }) {
      const inc = await loadIncident(db, auth, params.id);
      requireHandlerOrReporter(auth, inc);
      return addEvidence(db, actor, inc, body);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/incidents/:id/evidence/:stepId',
    summary: 'Download an evidence file',
    tags,
    access: access.signedIn,
    params: s.stepParams,
    async handler({ params, auth, reply }) {
      await loadIncident(db, auth, params.id);
      const e = await evidenceFile(db, auth.organizationId, params.id, params.stepId);
      if (!e) throw notFound('evidence');
      reply
        .header('content-type', 'application/octet-stream')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(e.file_name)}`)
        .header('x-sha256', e.sha256);
      return reply.send(Buffer.from(e.content, 'base64'));
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/incidents/:id/actions',
    summary: 'Add a containment, recovery, cause or prevention action',
    tags,
    access: access.fn('incidents.handle'),
    references: { ownerId: 'users' },
    params: s.idParams,
    body: s.actionBody,
    async handler({ params, body, auth, actor }) {
      const inc = await loadIncident(db, auth, params.id);
      return { id: await addAction(db, actor, inc, body) };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/incidents/:id/actions/:actionId/complete',
    summary: 'Mark an action done or accept it',
    tags,
    access: access.signedIn,
    params: s.actionParams,
    body: s.actionDoneBody,
    async handler({ params, body, auth, actor }) {
      const inc = await loadIncident(db, auth, params.id);
      await completeAction(db, actor, auth.functions, inc, params.actionId, body);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/incidents/:id/contacts',
    summary: 'Record a report to the police or the authorities',
    tags,
    access: access.fn('incidents.handle'),
    params: s.idParams,
    body: s.contactBody,
    async handler({ params, body, auth, actor }) {
      const inc = await loadIncident(db, auth, params.id);
      return { id: await recordContact(db, actor, inc, body) };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/incidents/:id/close',
    summary: 'Close an incident (open actions must be done or accepted)',
    tags,
    access: access.fn('incidents.close'),
    params: s.idParams,
    body: s.closeBody,
    async handler({ params, body, auth, actor }) {
      const inc = await loadIncident(db, auth, params.id);
      await closeIncident(db, actor, inc, body.acceptOpenActions, body.note ?? null);
    },
  });
}
