import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { bodyName, sendExport } from '../../http/download.ts';
import { AppError } from '../../http/errors.ts';
import { access, defineRoute } from '../../http/route.ts';
import { messageKeys, t } from '../../i18n/index.ts';
import { todayJst } from '../../shared/business-days.ts';
import { dateInput } from '../../shared/date-input.ts';
import { formatJst } from '../../shared/time.ts';
import type { AppContext } from '../module.ts';
import { exportRecorder } from './exports.ts';
import { countAudit, listAudit } from './queries.ts';
import { readableSummary, summarize, targetLabel } from './summary.ts';
import { verifyAuditLog } from './verify-log.ts';

const filterQuery = z.strictObject({
  actor: z.string().trim().max(100).optional(),
  event: z.string().trim().max(100).optional(),
  targetType: z.string().trim().max(50).optional(),
  targetId: z.string().trim().max(64).optional(),
  from: dateInput().optional(),
  to: dateInput().optional(),
  cursor: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** The most events one CSV export holds; a wider filter is refused, not cut (the signed export has no limit). */
export const CSV_MAX_ROWS = 100_000;

/** Converts a JST calendar day to the UTC instant it starts at. */
const jstDayStart = (d: string) => new Date(`${d}T00:00:00+09:00`).toISOString();
const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86400000).toISOString().slice(0, 10);

/** The CSV's columns, headed in the reader's language (`export-messages.ts`). */
const EXPORT_COLUMNS = [
  'seq',
  'time',
  'actor',
  'event',
  'target_type',
  'target_id',
  'summary',
  'request_id',
  'client',
  'hash',
];

/** The audit-log screen's API: list with filters, CSV export and chain verification. */
export function auditRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx;
  const toFilter = (q: z.output<typeof filterQuery>) => ({
    ...q,
    from: q.from ? jstDayStart(q.from) : undefined,
    to: q.to ? jstDayStart(nextDay(q.to)) : undefined,
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/audit',
    summary: 'Audit events, newest first',
    tags: ['audit'],
    access: access.fn('audit.read'),
    query: filterQuery,
    async handler({ query, auth, lang }) {
      const rows = await listAudit(db, auth.organizationId, toFilter(query));
      return {
        items: rows.map((r) => ({
          id: r.id,
          seq: Number(r.seq),
          occurredAt: r.occurred_at,
          actorId: r.actor_id,
          actorLabel: r.actor_label,
          event: r.event,
          eventLabel: t(lang, `event.${r.event}`),
          targetType: r.target_type,
          targetLabel: r.target_type ? targetLabel(r.target_type, lang) : null,
          targetId: r.target_id,
          summary: readableSummary(r.data, lang),
          requestId: r.request_id,
          clientIp: r.client_ip,
        })),
        nextCursor: rows.length === query.limit ? Number(rows[rows.length - 1].seq) : null,
      };
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/audit/event-kinds',
    summary: 'Every kind of audit event with its name in the caller’s language, for the event filter',
    tags: ['audit'],
    access: access.fn('audit.read'),
    async handler({ lang }) {
      return {
        items: messageKeys('event.').map((key) => ({
          event: key.slice('event.'.length),
          label: t(lang, key),
        })),
      };
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/audit/target-kinds',
    summary:
      'The kinds of record the body’s audit log is about, named in the caller’s language, for the filter',
    tags: ['audit'],
    access: access.fn('audit.read'),
    async handler({ auth, lang }) {
      const rows = await db
        .selectFrom('audit_events')
        .select('target_type')
        .distinct()
        .where('organization_id', '=', auth.organizationId)
        .where('target_type', 'is not', null)
        .execute();
      const items = rows.map((r) => ({
        targetType: r.target_type as string,
        label: targetLabel(r.target_type as string, lang),
      }));
      return { items: items.sort((a, b) => a.label.localeCompare(b.label, lang)) };
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/audit/export.csv',
    summary: 'Audit events as CSV (UTF-8 with BOM or Shift_JIS)',
    tags: ['audit'],
    access: access.fn('audit.read'),
    query: filterQuery
      .omit({ cursor: true, limit: true })
      .extend({ encoding: z.enum(['utf8', 'sjis']).default('utf8') }),
    async handler({ query, auth, actor, lang, reply }) {
      const filter = toFilter({ ...query, limit: CSV_MAX_ROWS });
      // Never a silently cut file: more events than one CSV holds are refused with the count.
      const count = await countAudit(db, auth.organizationId, filter);
      if (count > CSV_MAX_ROWS)
        throw new AppError('audit.export_too_many', 422, {
          count: count.toLocaleString('en'),
          max: CSV_MAX_ROWS.toLocaleString('en'),
        });
      const rows = await listAudit(db, auth.organizationId, filter);
      const header = EXPORT_COLUMNS.map((c) => t(lang, `audit.export.${c}`));
      const data = rows.map((r) => [
        r.seq,
        formatJst(r.occurred_at),
        r.actor_label,
        t(lang, `event.${r.event}`),
        r.target_type,
        r.target_id,
        summarize(r.data),
        r.request_id,
        r.client_ip,
        r.hash,
      ]);
      const name = {
        body: await bodyName(db, auth.organizationId),
        book: t(lang, 'audit.export.book'),
        date: todayJst(),
      };
      const csv = { header, rows: data, encoding: query.encoding };
      const record = exportRecorder(db, actor, { type: 'audit_log', book: name.book });
      return sendExport(reply, { csv }, name, 'audit-log', record);
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/audit/verify',
    summary: 'Verify the organization’s hash chain',
    tags: ['audit'],
    access: access.fn('audit.read'),
    async handler({ auth, lang }) {
      const r = await verifyAuditLog(
        db,
        ctx.dbSource,
        { checkpointDir: ctx.config.audit.checkpointDir, trustedKeys: ctx.keys.trustedSigningKeys },
        auth.organizationId,
      );
      const problem = r.checkpoints.problems[0];
      return {
        ok: r.ok,
        count: r.count,
        firstBreak: r.firstBreak,
        checkpoints: r.checkpoints,
        // A rewritten or shortened history, said in the reader's language.
        message: problem
          ? t(lang, `audit.checkpoint_${problem.kind}`, {
              seq: problem.seq,
              at: formatJst(problem.checkpointAt),
            })
          : null,
      };
    },
  });
}
