/** Routes of the dashboard, the traceability matrix, policy review inputs and their exports. */

import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import { attachment, bodyName } from '../../http/download.ts';
import { access, defineRoute } from '../../http/route.ts';
import { todayJst } from '../../shared/business-days.ts';
import { ledgerPdf } from '../../shared/pdf.ts';
import { formatWareki } from '../../shared/wareki.ts';
import { writeXlsx } from '../../shared/xlsx.ts';
import type { AppContext } from '../module.ts';
import { dashboard } from './counts.ts';
import { reviewInputs } from './review-inputs.ts';
import { traceability } from './trace.ts';

const tags = ['dashboard'];
const LABELS: Record<string, string> = {
  openRequests: '承認待ちの申請',
  overdueReturns: '返却期限超過',
  openIncidents: '対応中のインシデント',
  softwarePastSupport: 'サポート終了済みソフトウェア',
  softwareNearSupport: 'サポート終了間近のソフトウェア',
  vendorsDue: '確認時期の委託事業者',
  segmentFindings: 'ネットワーク分離の指摘',
};
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
    async handler({ auth }) {
      const d = await dashboard(db, auth.organizationId);
      return { ...d, cards: d.cards.map((c) => ({ ...c, label: LABELS[c.key] })) };
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/dashboard.pdf',
    summary: 'The dashboard as PDF',
    tags,
    access: access.fn('dashboard.read', 'reports.read'),
    async handler({ auth, reply }) {
      const d = await dashboard(db, auth.organizationId);
      const rows = d.cards.map((c) => [LABELS[c.key], String(c.count)]);
      if (d.assessment)
        rows.push([
          `自己点検の回答（${d.assessment.title}）`,
          `${d.assessment.answered} / ${d.assessment.total}`,
        ]);
      if (d.training)
        rows.push([`研修の受講（${d.training.title}）`, `${d.training.completed} / ${d.training.total}`]);
      const pdf = await ledgerPdf({
        title: '情報セキュリティ状況報告',
        subtitle: `${formatWareki(todayJst())} 現在`,
        header: ['項目', '件数'],
        rows,
        widths: [3, 1],
      });
      return attach(
        db,
        auth.organizationId,
        reply,
        'application/pdf',
        { book: '情報セキュリティ状況報告', ascii: 'dashboard', ext: 'pdf' },
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
    async handler({ auth, query }) {
      return traceability(db, auth.organizationId, query.versionId);
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/reports/traceability.xlsx',
    summary: 'The traceability matrix as .xlsx',
    tags,
    access: access.fn('reports.read', 'dashboard.read'),
    query: fmtQuery,
    async handler({ auth, query, reply }) {
      const t = await traceability(db, auth.organizationId, query.versionId);
      const xlsx = await writeXlsx([
        {
          name: `トレーサビリティ ${formatWareki(todayJst())}`,
          header: [
            '条項',
            '見出し',
            '設定（採用した提案）',
            '点検項目',
            '直近の結果',
            '直近の証跡',
            '監査指摘',
          ],
          rows: t.rows.map((r) => [
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
        { book: 'トレーサビリティ', ascii: 'traceability', ext: 'xlsx' },
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
    async handler({ params, auth }) {
      return reviewInputs(db, auth.organizationId, params.id);
    },
  });
}
