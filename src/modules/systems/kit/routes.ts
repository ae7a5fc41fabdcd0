/** The six routes every register gets: list, CSV export, read, create, change, delete. */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../../db/schema.ts';
import { bodyName, sendExport } from '../../../http/download.ts';
import { notFound } from '../../../http/errors.ts';
import { access, defineRoute } from '../../../http/route.ts';
import { todayJst } from '../../../shared/business-days.ts';
import type { CsvEncoding } from '../../../shared/csv.ts';
import { exportRecorder } from '../../audit/index.ts';
import { csvCell, rowToApi } from './fields.ts';
import { findRecord, type ListQuery, listQuerySchema, listRegister } from './list.ts';
import { createRecord, deleteRecord, referencesOf, updateRecord, type WriteDef } from './write.ts';

export interface RegisterDef extends WriteDef {
  /** URL base, e.g. `/api/systems/segments`. */
  path: string;
  tag: string;
  /** Body schema of a new record; the change schema is its partial. */
  create: z.ZodObject;
  update?: z.ZodObject;
  readFns: string[];
  writeFns: string[];
  /** File name stem of the CSV export (ASCII fallback). */
  csvName: string;
  /** The book's name in file names and titles, e.g. 情報システム台帳. */
  book: { ja: string; en: string };
  /** Adds computed fields (next due date, warnings, names) to API rows. */
  decorate?(
    db: Kysely<DB>,
    organizationId: string,
    rows: Record<string, unknown>[],
  ): Promise<Record<string, unknown>[]>;
}

export const idParams = z.strictObject({ id: z.string().trim().min(1).max(64) });
const encodingQuery = z.enum(['utf8', 'sjis']).default('utf8');

// biome-ignore lint/suspicious/noExplicitAny: dynamic tables, see kit/list.ts
const loose = (db: Kysely<DB>) => db as unknown as Kysely<any>;

/** Defines the register's routes on the app. */
export function registerRoutes(app: FastifyInstance, db: Kysely<DB>, def: RegisterDef): void {
  const listQuery = listQuerySchema(def.fields);
  const decorate = (org: string, rows: Record<string, unknown>[]) =>
    def.decorate ? def.decorate(db, org, rows) : Promise.resolve(rows);
  const read = access.fn(...def.readFns);
  const write = access.fn(...def.writeFns);
  defineRoute(app, {
    method: 'GET',
    url: def.path,
    summary: `List ${def.target} records`,
    tags: [def.tag],
    access: read,
    query: listQuery,
    async handler({ query, auth }) {
      const page = await listRegister(
        loose(db),
        def.table,
        def.fields,
        auth.organizationId,
        query as ListQuery,
      );
      return {
        items: await decorate(auth.organizationId, page.items),
        total: page.total,
        limit: query.limit,
        offset: query.offset,
      };
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: `${def.path}/export.csv`,
    summary: `${def.target} records as CSV (UTF-8 with BOM or Shift_JIS)`,
    tags: [def.tag],
    access: read,
    query: listQuery.omit({ limit: true, offset: true }).extend({ encoding: encodingQuery }),
    async handler({ query, auth, actor, lang, reply }) {
      const q = { ...query, limit: 100000, offset: 0 } as ListQuery;
      const page = await listRegister(loose(db), def.table, def.fields, auth.organizationId, q);
      const fields = def.fields.filter((f) => !f.noCsv);
      const header = ['ID', ...fields.map((f) => f[lang])];
      const rows = page.items.map((r) => [r.id, ...fields.map((f) => csvCell(f, r[f.key], lang))]);
      const name = { body: await bodyName(db, auth.organizationId), book: def.book[lang], date: todayJst() };
      const csv = { header, rows, encoding: query.encoding as CsvEncoding };
      const record = exportRecorder(db, actor, { type: def.target, book: name.book });
      return sendExport(reply, { csv }, name, def.csvName, record);
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: `${def.path}/:id`,
    summary: `One ${def.target} record`,
    tags: [def.tag],
    access: read,
    params: idParams,
    async handler({ params, auth }) {
      const row = await findRecord(loose(db), def.table, auth.organizationId, params.id);
      if (!row) throw notFound();
      const [item] = await decorate(auth.organizationId, [rowToApi(def.fields, row)]);
      return item;
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: def.path,
    summary: `Add a ${def.target} record`,
    tags: [def.tag],
    access: write,
    body: def.create,
    references: referencesOf(def.fields),
    async handler({ body, actor, reply }) {
      const id = await createRecord(db, actor, def, body as Record<string, unknown>);
      reply.code(201);
      return { id };
    },
  });
  defineRoute(app, {
    method: 'PATCH',
    url: `${def.path}/:id`,
    summary: `Change a ${def.target} record`,
    tags: [def.tag],
    access: write,
    params: idParams,
    body: def.update ?? def.create.partial(),
    references: referencesOf(def.fields),
    async handler({ params, body, actor }) {
      await updateRecord(db, actor, def, params.id, body as Record<string, unknown>);
    },
  });
  defineRoute(app, {
    method: 'DELETE',
    url: `${def.path}/:id`,
    summary: `Delete a ${def.target} record`,
    tags: [def.tag],
    access: write,
    params: idParams,
    async handler({ params, actor }) {
      await deleteRecord(db, actor, def, params.id);
    },
  });
}
