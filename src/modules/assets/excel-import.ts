/**
 * The information asset register as an import target: the same checks as the CSV import (classes,
 * designators, storage rules, containers), fed from any sheet through the import engine's mapping.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { AuthContext } from '../../http/auth-context.ts';
import { recognisedHeadings } from '../../i18n/headings.ts';
import type { ImportField, ImportTarget, Mapping, PlannedRow, RowError } from '../imports/index.ts';
import { HEAD } from './columns.ts';
import { applyImport, planImport } from './import.ts';
import { requireScheme } from './service.ts';

type HeadKey = keyof typeof HEAD;

const KINDS: Partial<Record<HeadKey, ImportField['kind']>> = {
  assetNo: 'code',
  draftDeleteOn: 'date',
};
const REQUIRED = new Set<HeadKey>(['assetNo', 'name', 'kind', 'unit']);

const fixed: ImportField[] = (Object.keys(HEAD) as HeadKey[]).map((k) => ({
  key: k,
  ja: HEAD[k],
  en: HEAD[k],
  kind: KINDS[k] ?? 'text',
  required: REQUIRED.has(k),
  aliases: recognisedHeadings('assets', k),
}));

async function fields(db: Kysely<DB>, org: string): Promise<ImportField[]> {
  const scheme = await requireScheme(db, org);
  const axes: ImportField[] = scheme.axes.map((a) => ({
    key: `axis:${a.id}`,
    ja: a.name,
    en: a.name,
    kind: 'text',
  }));
  const at = fixed.findIndex((f) => f.key === 'location') + 1;
  return [...fixed.slice(0, at), ...axes, ...fixed.slice(at)];
}

/** The rows as the CSV register's table (its headings, one line per row), for the shared checks. */
async function asTable(db: Kysely<DB>, org: string, rows: PlannedRow[], mapping: Mapping) {
  const list = await fields(db, org);
  // Only mapped columns are given, so an unmapped 取扱制限 still defaults from the class as in the CSV import.
  const used = list.filter((f) => mapping[f.key]);
  const header = used.map((f) => f.ja);
  const body = rows.map((r) =>
    used.map((f) => {
      const v = r.values[f.key];
      return v === undefined || v === null ? '' : String(v);
    }),
  );
  return { table: [header, ...body], rowNumbers: rows.map((r) => r.row), list };
}

async function plan(db: Kysely<DB>, auth: AuthContext, rows: PlannedRow[], mapping: Mapping) {
  const org = auth.organizationId;
  const scheme = await requireScheme(db, org);
  const { table, rowNumbers, list } = await asTable(db, org, rows, mapping);
  const result = await planImport(db, org, scheme, auth.functions, table, 'ja', rowNumbers);
  return { result, list };
}

/** 情報資産管理台帳. */
export const assetImport: ImportTarget = {
  key: 'assets',
  ja: '情報資産管理台帳',
  en: 'Information asset register',
  fields: fixed,
  fieldsFor: fields,
  writeFns: ['assets.manage'],
  lookups: async () => ({}),
  async check(db, _org, rows, mapping, _context, auth) {
    const { result, list } = await plan(db, auth, rows, mapping);
    return result.errors.map((e): RowError => {
      const f = list.find((x) => x.ja === e.field);
      return {
        row: e.row,
        column: f ? (mapping[f.key] ?? 0) : 0,
        field: f?.key ?? e.field,
        code: e.code,
        params: e.params,
      };
    });
  },
  async write(trx, actor, rows, _context, auth, mapping) {
    const { result } = await plan(trx, auth, rows, mapping);
    if (result.errors.length) throw new Error('asset import changed between check and write');
    await applyImport.in(trx, actor, result, { encoding: 'xlsx', bytes: Buffer.alloc(0) }, false);
    return {
      created: result.assets.length,
      updated: 0,
      detail: { assetNos: result.assets.map((a) => a.asset_no) },
    };
  },
};
