import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import type { AuthContext } from '../../http/auth-context.ts';
import { bodyName, type ExportFile, sendExport } from '../../http/download.ts';
import { badInput } from '../../http/errors.ts';
import { access, defineRoute } from '../../http/route.ts';
import { todayJst } from '../../shared/business-days.ts';
import { ledgerPdf } from '../../shared/pdf.ts';
import { formatWareki } from '../../shared/wareki.ts';
import { writeXlsx } from '../../shared/xlsx.ts';
import { exportRecorder } from '../audit/index.ts';
import type { AppContext } from '../module.ts';
import { assetDisplay } from './asset-lookup.ts';
import { MANAGE_TYPES, READ_ALL } from './functions.ts';
import { effectiveLayout, layoutBody, setLayout } from './layouts.ts';
import { csvDates, fieldMap, paperDates } from './registers.ts';
import { exportQuery, recordsQuery } from './schema.ts';

/**
 * Records of the organization; without `requests.read_all` the caller's own and those of the requests
 * they decided (an approver sees the 記録簿 of what they approve).
 */
async function records(db: Kysely<DB>, auth: AuthContext, q: { kind?: string; from?: string; to?: string }) {
  let s = db.selectFrom('request_records').selectAll().where('organization_id', '=', auth.organizationId);
  if (!auth.functions.has(READ_ALL))
    s = s.where((eb) =>
      eb.or([
        eb('person_id', '=', auth.userId),
        eb(
          'request_id',
          'in',
          eb
            .selectFrom('request_decisions')
            .select('request_id')
            .where('organization_id', '=', auth.organizationId)
            .where('user_id', '=', auth.userId),
        ),
      ]),
    );
  if (q.kind) s = s.where('kind', '=', q.kind);
  if (q.from) s = s.where('occurred_on', '>=', q.from);
  if (q.to) s = s.where('occurred_on', '<=', q.to);
  return s.orderBy('occurred_on').orderBy('created_at').execute();
}

/** Register records written by completed requests, with CSV and PDF exports. */
export function recordRoutes(app: FastifyInstance, { db }: AppContext): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/requests/records',
    summary: 'Register records (持出し記録, 廃棄記録, …) written by requests',
    tags: ['requests'],
    access: access.signedIn,
    query: recordsQuery,
    async handler({ auth, query }) {
      const rows = await records(db, auth, query);
      const kinds = await db
        .selectFrom('request_records')
        .select('kind')
        .distinct()
        .where('organization_id', '=', auth.organizationId)
        .execute();
      // The asset as the office knows it (number and name), looked up once per asset.
      const labels = new Map<string, string>();
      for (const r of rows)
        if (r.asset_id && !labels.has(r.asset_id))
          labels.set(r.asset_id, await assetDisplay(db, auth.organizationId, r.asset_id));
      return {
        kinds: kinds.map((k) => k.kind).sort(),
        items: rows.map((r) => ({
          asset: r.asset_id ? (labels.get(r.asset_id) ?? null) : null,
          id: r.id,
          requestId: r.request_id,
          kind: r.kind,
          occurredOn: r.occurred_on,
          person: r.person_label,
          unit: r.unit_name,
          assetId: r.asset_id,
          assetClass: r.asset_class,
          approvers: r.approvers,
          approvedOn: r.approved_on,
          dueOn: r.due_on,
          returnedAt: r.returned_at,
          confirmers: r.confirmers,
          fields: JSON.parse(r.fields),
        })),
      };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/requests/records/export',
    summary: 'Export one register as CSV (UTF-8 BOM or Shift_JIS) or a PDF laid out like the paper 記録簿',
    tags: ['requests'],
    access: access.signedIn,
    query: exportQuery,
    async handler({ auth, actor, query, lang, reply }) {
      if (!query.kind) throw badInput('request.invalid', {}, [{ field: 'kind', code: 'field.required' }]);
      const rows = await records(db, auth, query);
      const layout = await effectiveLayout(db, auth.organizationId, query.kind, rows, lang);
      const header = layout.columns.map((c) => c.heading);
      const paper = query.format === 'pdf';
      const data = rows.map((r) => {
        const f = fieldMap(r);
        return layout.columns.map((c) => c.value(r, f, paper ? paperDates : csvDates));
      });
      const book = layout.title;
      const today = todayJst();
      const name = { body: await bodyName(db, auth.organizationId), book, date: today };
      let file: ExportFile;
      if (paper) {
        const pdf = await ledgerPdf({
          title: book,
          subtitle: `${name.body}　出力日 ${formatWareki(today)}`,
          header,
          rows: data,
          widths: layout.columns.map((c) => c.width ?? 1),
          dates: layout.columns.map((c) => c.dates),
          stamps: layout.stamps,
        });
        file = { pdf, count: data.length };
      } else if (query.format === 'xlsx') {
        file = { xlsx: await writeXlsx([{ name: book, header, rows: data }]), count: data.length };
      } else {
        file = { csv: { header, rows: data, encoding: query.format === 'csv-sjis' ? 'sjis' : 'utf8' } };
      }
      const record = exportRecorder(db, actor, { type: 'request_record', id: query.kind, book });
      return sendExport(reply, file, name, `records-${query.kind}`, record);
    },
  });

  const kindParams = z.strictObject({ kind: z.string().trim().min(1).max(40) });
  defineRoute(app, {
    method: 'GET',
    url: '/api/requests/records/layouts/:kind',
    summary: 'How the body prints a 記録簿: its columns, order, headings, title and sign-off boxes',
    tags: ['requests'],
    access: access.signedIn,
    params: kindParams,
    async handler({ auth, params, lang }) {
      const sample = await db
        .selectFrom('request_records')
        .selectAll()
        .where('organization_id', '=', auth.organizationId)
        .where('kind', '=', params.kind)
        .limit(200)
        .execute();
      const l = await effectiveLayout(db, auth.organizationId, params.kind, sample, lang);
      return {
        kind: params.kind,
        title: l.title,
        stamps: l.stamps,
        columns: l.columns.map((c) => ({ key: c.key, heading: c.heading })),
        available: l.available.map((c) => ({ key: c.key, label: lang === 'en' ? c.en : c.ja })),
      };
    },
  });
  defineRoute(app, {
    method: 'PUT',
    url: '/api/requests/records/layouts/:kind',
    summary: 'Set the body’s own layout of a 記録簿 (audited)',
    tags: ['requests'],
    access: access.fn(MANAGE_TYPES),
    params: kindParams,
    body: layoutBody,
    handler: ({ actor, params, body }) =>
      db.transaction().execute((trx) => setLayout(trx, actor, params.kind, body)),
  });
  defineRoute(app, {
    method: 'DELETE',
    url: '/api/requests/records/layouts/:kind',
    summary: 'Print a 記録簿 in the default layout again (audited)',
    tags: ['requests'],
    access: access.fn(MANAGE_TYPES),
    params: kindParams,
    handler: ({ actor, params }) =>
      db.transaction().execute((trx) => setLayout(trx, actor, params.kind, null)),
  });
}
