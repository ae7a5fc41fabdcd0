import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { sendExport } from '../../http/download.ts';
import { access, defineRoute } from '../../http/route.ts';
import { exportRecorder } from '../audit/index.ts';
import type { AppContext } from '../module.ts';
import { MANAGE_TYPES } from './functions.ts';
import { layoutBody, setLayout } from './layouts.ts';
import { recordLayout, recordList } from './queries.ts';
import { recordsExport } from './records-export.ts';
import { exportQuery, recordsQuery } from './schema.ts';

/** Register records written by completed requests, with CSV and PDF exports. */
export function recordRoutes(app: FastifyInstance, { db }: AppContext): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/requests/records',
    summary: 'Register records (持出し記録, 廃棄記録, …) written by requests',
    tags: ['requests'],
    access: access.signedIn,
    query: recordsQuery,
    handler: ({ auth, query }) => recordList(db, auth, query),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/requests/records/export',
    summary: 'Export one register as CSV (UTF-8 BOM or Shift_JIS) or a PDF laid out like the paper 記録簿',
    tags: ['requests'],
    access: access.signedIn,
    query: exportQuery,
    async handler({ auth, actor, query, lang, reply }) {
      const { kind, book, file, name } = await recordsExport(db, auth, query, lang);
      const record = exportRecorder(db, actor, { type: 'request_record', id: kind, book });
      return sendExport(reply, file, name, `records-${kind}`, record);
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
    handler: ({ auth, params, lang }) => recordLayout(db, auth.organizationId, params.kind, lang),
  });
  defineRoute(app, {
    method: 'PUT',
    url: '/api/requests/records/layouts/:kind',
    summary: 'Set the body’s own layout of a 記録簿 (audited)',
    tags: ['requests'],
    access: access.fn(MANAGE_TYPES),
    params: kindParams,
    body: layoutBody,
    handler: ({ actor, params, body }) => setLayout(db, actor, params.kind, body),
  });
  defineRoute(app, {
    method: 'DELETE',
    url: '/api/requests/records/layouts/:kind',
    summary: 'Print a 記録簿 in the default layout again (audited)',
    tags: ['requests'],
    access: access.fn(MANAGE_TYPES),
    params: kindParams,
    handler: ({ actor, params }) => setLayout(db, actor, params.kind, null),
  });
}
