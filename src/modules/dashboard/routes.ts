/** Routes of the dashboard, the traceability matrix, policy review inputs and their exports. */

import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import { attachment, bodyName } from '../../http/download.ts';
import { access, defineRoute } from '../../http/route.ts';
import { type Lang, t } from '../../i18n/index.ts';
import { todayJst } from '../../shared/business-days.ts';
import { ledgerPdf } from '../../shared/pdf.ts';
import { formatWareki } from '../../shared/wareki.ts';
import { writeXlsx } from '../../shared/xlsx.ts';
import type { AppContext } from '../module.ts';
import { dashboard } from './counts.ts';
import { reviewInputs } from './review-inputs.ts';
import { traceability } from './trace.ts';

const tags = ['dashboard'];
/** A figure's name in the reader's language. */
const figure = (lang: Lang, key: string) => t(lang, `dashboard.figure.${key}`);
/** Today in the reader's language: 和暦 in Japanese, ISO in English. */
const today = (lang: Lang) => (lang === 'ja' ? formatWareki(todayJst()) : todayJst());
const fmtQuery = z.strictObject({ versionId: z.string().trim().min(1).max(64).optional() });

/** Sends a file named by body, book and date (JST), with an ASCII fallback. */
async function attach(
  db: Kysely<DB>,
  organizationId: string,
  reply: import('fastify').FastifyReply,
  type: string,
  file: { book: string; ascii: string; ext: string },
  body: Buffer,
) {
  attachment(
    reply,
    { body: await bodyName(db, organizationId), book: file.book, date: todayJst(), ext: file.ext },
    file.ascii,
  );
  return reply.header('content-type', type).send(body);
}

/** Defines the dashboard and report routes. */
export function dashboardRoutes(app: FastifyInstance, { db }: AppContext): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/dashboard',
    summary: 'Figures for the 責任者/CISO, each with a link to its list',
    tags,
    access: access.fn('dashboard.read'),
    async handler({ auth, lang }) {
      const d = await dashboard(db, auth.organizationId);
      return { ...d, cards: d.cards.map((c) => ({ ...c, label: figure(lang, c.key) })) };
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/dashboard.pdf',
    summary: 'The dashboard as PDF',
    tags,
    access: access.fn('dashboard.read', 'reports.read'),
    async handler({ auth, reply, lang }) {
      const d = await dashboard(db, auth.organizationId);
      const rows = d.cards.map((c) => [figure(lang, c.key), String(c.count)]);
      if (d.assessment)
        rows.push([
          t(lang, 'dashboard.report.assessment', { title: d.assessment.title }),
          `${d.assessment.answered} / ${d.assessment.total}`,
        ]);
      if (d.training)
        rows.push([
          t(lang, 'dashboard.report.training', { title: d.training.title }),
          `${d.training.completed} / ${d.training.total}`,
        ]);
      const title = t(lang, 'dashboard.report.title');
      const pdf = await ledgerPdf({
        title,
        subtitle: t(lang, 'dashboard.report.as_of', { date: today(lang) }),
        header: [t(lang, 'dashboard.report.item'), t(lang, 'dashboard.report.count')],
        rows,
        widths: [3, 1],
      });
      return attach(
        db,
        auth.organizationId,
        reply,
        'application/pdf',
        { book: title, ascii: 'dashboard', ext: 'pdf' },
        pdf,
      );
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/reports/traceability',
    summary: 'Clause → what it drives → latest result and evidence',
    tags,
    access: access.fn('reports.read', 'dashboard.read'),
    query: fmtQuery,
    async handler({ auth, query, lang }) {
      return traceability(db, auth.organizationId, lang, query.versionId);
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/reports/traceability.xlsx',
    summary: 'The traceability matrix as .xlsx',
    tags,
    access: access.fn('reports.read', 'dashboard.read'),
    query: fmtQuery,
    async handler({ auth, query, reply, lang }) {
      const matrix = await traceability(db, auth.organizationId, lang, query.versionId);
      const columns = ['path', 'heading', 'drives', 'check_items', 'result', 'evidence', 'findings'];
      const xlsx = await writeXlsx([
        {
          name: t(lang, 'dashboard.trace.sheet', { date: today(lang) }),
          header: columns.map((c) => t(lang, `dashboard.trace.${c}`)),
          rows: matrix.rows.map((r) => [
            r.path,
            r.heading,
            r.drives.join('\n'),
            r.checkItems.join('\n'),
            r.result,
            r.evidence,
            r.findings.join('\n'),
          ]),
          widths: [24, 24, 40, 50, 20, 30, 30],
        },
      ]);
      return attach(
        db,
        auth.organizationId,
        reply,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        { book: t(lang, 'dashboard.trace.book'), ascii: 'traceability', ext: 'xlsx' },
        xlsx,
      );
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/policy-reviews/:id/inputs',
    summary: 'Inputs of a policy review and the clauses they point at',
    tags,
    access: access.fn('policy.manage', 'reports.read'),
    params: z.strictObject({ id: z.string().trim().min(1).max(64) }),
    async handler({ params, auth, lang }) {
      return reviewInputs(db, auth.organizationId, params.id, lang);
    },
  });
}
