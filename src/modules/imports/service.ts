/** Import steps: inspect (sheets, headings, suggested mapping, preview), dry run, and the import itself. */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import type { AuthContext } from '../../http/auth-context.ts';
import { AppError, forbidden, notFound } from '../../http/errors.ts';
import { parseInput } from '../../http/validate.ts';
import { type Lang, t } from '../../i18n/index.ts';
import type { Actor } from '../../shared/actor.ts';
import { newId } from '../../shared/ids.ts';
import { nowIso } from '../../shared/time.ts';
import { columnLetters } from '../../shared/xlsx/write.ts';
import { recordAudit } from '../audit/index.ts';
import { applyRemembered, rememberable, suggestMapping } from './engine/mapping.ts';
import { planRows, unmappedRequired } from './engine/plan.ts';
import { toTable } from './engine/table.ts';
import type { ImportField, Mapping, RowError } from './engine/types.ts';
import './events.ts';
import { rowInOrg } from '../../db/rows-in-org.ts';
import { readUpload } from './file.ts';
import type { inspectBody, runBody } from './schema.ts';
import { type ImportOutcome, type ImportTarget, importTarget } from './targets.ts';

/** The register, if the caller may import into it; another one looks absent. */
export function targetFor(auth: AuthContext, key: string): ImportTarget {
  const target = importTarget(key);
  if (!target) throw notFound();
  if (!target.writeFns.some((f) => auth.functions.has(f))) throw forbidden(target.writeFns.join(' / '));
  return target;
}

async function fieldsOf(db: Kysely<DB>, org: string, target: ImportTarget): Promise<ImportField[]> {
  return target.fieldsFor ? target.fieldsFor(db, org) : target.fields;
}

const label = (f: ImportField, lang: Lang) => (lang === 'en' ? f.en : f.ja);

/** Sheets, the heading row, headings by column, a suggested (or remembered) mapping and a preview. */
export async function inspect(
  db: Kysely<DB>,
  auth: AuthContext,
  target: ImportTarget,
  body: z.output<typeof inspectBody>,
  lang: Lang,
) {
  const org = auth.organizationId;
  const remembered = await rowInOrg(db, 'import_mappings', org, { register: target.key });
  const fields = await fieldsOf(db, org, target);
  const file = readUpload(body, body.sheet, (rows, merges) => {
    const table = toTable(rows, merges, fields);
    return Object.keys(suggestMapping(table.headings, fields)).length;
  });
  const table = toTable(file.rows, file.merges, fields, body.headingRow);
  const suggested = suggestMapping(table.headings, fields);
  const kept = remembered ? applyRemembered(table.headings, JSON.parse(remembered.mapping)) : {};
  return {
    register: target.key,
    sheets: file.sheetNames,
    sheet: file.sheet,
    headingRow: table.headingRow,
    headings: table.headings.map((text, i) => ({ column: i + 1, letter: columnLetters(i + 1), text })),
    fields: fields.map((f) => ({ key: f.key, label: label(f, lang), kind: f.kind, required: !!f.required })),
    mapping: { ...suggested, ...kept } as Mapping,
    remembered: Object.keys(kept).length > 0,
    rowCount: table.rows.length,
    preview: table.rows.slice(0, 10),
  };
}

/** A problem as the user reads it: row and column as Excel shows them, the field's label, the reason. */
function describe(e: RowError, fields: ImportField[], lang: Lang, headingRow: number) {
  const f = fields.find((x) => x.key === e.field);
  const name = f ? label(f, lang) : e.field;
  const message =
    e.code === 'imports.unmapped'
      ? t(lang, 'imports.heading_error', { row: headingRow, label: name })
      : t(lang, 'imports.row_error', {
          row: e.row,
          column: e.column ? columnLetters(e.column) : '-',
          label: name,
          message: t(lang, e.code, e.params),
        });
  return {
    row: e.row,
    column: e.column,
    letter: e.column ? columnLetters(e.column) : '',
    field: e.field,
    code: e.code,
    message,
  };
}

/** Reads, maps and checks every row (the dry run); nothing is written. */
async function plan(
  db: Kysely<DB>,
  auth: AuthContext,
  target: ImportTarget,
  body: z.output<typeof runBody>,
  lang: Lang,
) {
  const org = auth.organizationId;
  const context = target.context ? parseInput(target.context, body.context ?? {}, lang, 'context') : {};
  const file = readUpload(body, body.sheet);
  const fields = await fieldsOf(db, org, target);
  const table = toTable(file.rows, file.merges, fields, body.headingRow);
  const known = new Set(fields.map((f) => f.key));
  const mapping: Mapping = Object.fromEntries(Object.entries(body.mapping).filter(([k]) => known.has(k)));
  const errors: RowError[] = unmappedRequired(fields, mapping).map((f) => ({
    row: table.headingRow,
    column: 0,
    field: f.key,
    code: 'imports.unmapped',
    params: {},
  }));
  const resolvers = await target.lookups(db, org);
  const planned = planRows(table, fields, mapping, resolvers);
  errors.push(...planned.errors);
  // The register's own checks run on every row that could be read, so one dry run names every problem.
  if (!errors.some((e) => e.code === 'imports.unmapped') && target.check)
    errors.push(...(await target.check(db, org, planned.rows, mapping, context, auth)));
  errors.sort((a, b) => a.row - b.row || a.column - b.column);
  return { file, fields, table, mapping, rows: planned.rows, errors, context };
}

/** The dry run: how many rows would be imported and every problem, by Excel row and column. */
export async function dryRun(
  db: Kysely<DB>,
  auth: AuthContext,
  target: ImportTarget,
  body: z.output<typeof runBody>,
  lang: Lang,
) {
  const p = await plan(db, auth, target, body, lang);
  return {
    valid: p.errors.length === 0 && p.rows.length > 0,
    count: p.rows.length,
    skippedBlank: 0,
    errors: p.errors.slice(0, 1000).map((e) => describe(e, p.fields, lang, p.table.headingRow)),
    errorCount: p.errors.length,
    preview: p.rows.slice(0, 20),
  };
}

/**
 * Imports every row or nothing: checks as the dry run does, then writes all rows, remembers the
 * mapping and appends one audit event, in one transaction.
 */
export async function runImport(
  db: Kysely<DB>,
  auth: AuthContext,
  actor: Actor,
  target: ImportTarget,
  body: z.output<typeof runBody>,
  lang: Lang,
): Promise<ImportOutcome & { rows: number; importId: string }> {
  const p = await plan(db, auth, target, body, lang);
  if (!p.errors.length && !p.rows.length) throw new AppError('imports.no_rows', 400);
  if (p.errors.length) {
    throw new AppError(
      'imports.invalid',
      400,
      { count: p.errors.length },
      p.errors.slice(0, 1000).map((e) => {
        const d = describe(e, p.fields, lang, p.table.headingRow);
        return { field: `${d.row}:${d.letter || d.field}`, code: d.code, message: d.message };
      }),
    );
  }
  const importId = newId();
  const remembered = rememberable(p.table.headings, p.mapping);
  const outcome = await db.transaction().execute(async (trx) => {
    const out = await target.write(trx, actor, p.rows, p.context, auth, p.mapping);
    const now = nowIso();
    await trx
      .deleteFrom('import_mappings')
      .where('organization_id', '=', actor.organizationId)
      .where('register', '=', target.key)
      .execute();
    await trx
      .insertInto('import_mappings')
      .values({
        organization_id: actor.organizationId,
        register: target.key,
        mapping: JSON.stringify(remembered),
        heading_row: p.table.headingRow,
        sheet: p.file.kind === 'xlsx' ? p.file.sheet : null,
        updated_by: actor.userId,
        updated_at: now,
      })
      .execute();
    await recordAudit(
      trx,
      actor,
      'imports.completed',
      { type: 'import', id: importId },
      {
        register: target.key,
        fileName: body.fileName,
        sha256: createHash('sha256').update(p.file.bytes).digest('hex'),
        sheet: p.file.sheet,
        rows: p.rows.length,
        created: out.created,
        updated: out.updated,
        mapping: remembered,
        ...(out.detail ? { detail: out.detail } : {}),
      },
    );
    return out;
  });
  return { ...outcome, rows: p.rows.length, importId };
}
