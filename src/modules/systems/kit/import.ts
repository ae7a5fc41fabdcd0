/**
 * A register kit register as an import target: its fields become import fields, each row is checked
 * by the register's own create schema and rules, and rows are inserted by the kit without an audit
 * event each (the import writes one).
 */
import type { z } from 'zod';
import { AppError } from '../../../http/errors.ts';
import { type ImportField, type ImportTarget, type RowError, resolversFor } from '../../imports/index.ts';
import type { FieldDef } from './fields.ts';
import type { RegisterDef } from './routes.ts';
import { insertRow } from './write.ts';

function importField(f: FieldDef, required: Set<string>): ImportField {
  const kind: ImportField['kind'] =
    f.importAs ?? (f.kind === 'json' ? 'list' : f.options ? 'enum' : f.kind === 'text' ? 'text' : f.kind);
  return {
    key: f.key,
    ja: f.ja,
    en: f.en,
    kind,
    required: required.has(f.key),
    aliases: f.aliases,
    options: f.options,
    ref: f.refTable,
  };
}

/** The keys a create schema requires (neither optional nor defaulted). */
function requiredKeys(schema: z.ZodObject): Set<string> {
  return new Set(
    Object.entries(schema.shape)
      .filter(([, s]) => !(s as z.ZodType).safeParse(undefined).success)
      .map(([k]) => k),
  );
}

/** A zod issue as a row error on the field's column. */
function issueError(row: number, column: number, field: string, issue: z.core.$ZodIssue): RowError {
  const params = (issue as { params?: Record<string, string> }).params;
  if (issue.code === 'custom' && params?.i18n) {
    const { i18n, ...rest } = params;
    return { row, column, field, code: i18n, params: rest };
  }
  if (issue.code === 'too_big')
    return { row, column, field, code: 'imports.too_long', params: { max: Number(issue.maximum) } };
  if (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined)
    return { row, column, field, code: 'imports.required', params: {} };
  return { row, column, field, code: 'imports.bad_value', params: {} };
}

/** The import target of a kit register (key, its book's name, the functions that write it). */
export function kitImport(def: RegisterDef): ImportTarget {
  const required = requiredKeys(def.create);
  const fields = def.fields
    .filter((f) => !f.noImport && f.key in def.create.shape)
    .map((f) => importField(f, required));
  return {
    key: def.path.replace(/^\/api\//, '').replace(/\//g, '.'),
    ja: def.book.ja,
    en: def.book.en,
    fields,
    writeFns: def.writeFns,
    lookups: (db, org) =>
      resolversFor(
        db,
        org,
        fields.flatMap((f) => (f.ref ? [f.ref] : [])),
      ),
    async check(db, org, rows, mapping) {
      const errors: RowError[] = [];
      for (const r of rows) {
        const parsed = def.create.safeParse(r.values, { reportInput: true });
        if (!parsed.success) {
          for (const issue of parsed.error.issues) {
            const field = String(issue.path[0] ?? '');
            errors.push(issueError(r.row, mapping[field] ?? 0, field, issue));
          }
          continue;
        }
        r.values = parsed.data as Record<string, unknown>;
        try {
          await def.check?.(db, org, r.values, null);
        } catch (e) {
          if (!(e instanceof AppError) || e.status >= 500) throw e;
          const field = e.fields?.[0]?.field ?? def.nameKey;
          errors.push({ row: r.row, column: mapping[field] ?? 0, field, code: e.code, params: e.params });
        }
      }
      return errors;
    },
    async write(trx, actor, rows) {
      for (const r of rows) {
        try {
          await insertRow(trx, actor, def, r.values);
        } catch (e) {
          // All or nothing: the transaction rolls back; the error names the row that stopped it.
          if (e instanceof AppError && e.status < 500)
            throw new AppError('imports.write_failed', e.status, { row: r.row, message: e.code }, e.fields);
          throw e;
        }
      }
      return { created: rows.length, updated: 0 };
    },
  };
}
