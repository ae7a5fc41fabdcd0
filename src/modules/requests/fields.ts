import type { FieldError } from '../../http/errors.ts';
import { parseDateInput } from '../../shared/wareki.ts';
import type { FieldSpec } from './model.ts';

/**
 * Checks form values against a type's fields. Returns the cleaned values and one error per bad
 * field, named `values.<key>` so the form can show it next to the input.
 */
export function checkValues(
  fields: FieldSpec[],
  raw: Record<string, unknown>,
): { values: Record<string, string | string[]>; errors: FieldError[] } {
  const values: Record<string, string | string[]> = {};
  const errors: FieldError[] = [];
  const known = new Set(fields.map((f) => f.key));
  for (const k of Object.keys(raw))
    if (!known.has(k)) errors.push({ field: `values.${k}`, code: 'field.unknown' });
  for (const f of fields) {
    const name = `values.${f.key}`;
    const v = raw[f.key];
    const empty = v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
    if (empty) {
      if (f.required) errors.push({ field: name, code: 'field.required' });
      continue;
    }
    if (f.type === 'checklist') {
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || !f.options?.includes(x))) {
        errors.push({ field: name, code: 'field.invalid_value' });
        continue;
      }
      // A required checklist is a promise that every item holds (e.g. antivirus installed, licence valid).
      if (f.required && f.options?.some((o) => !v.includes(o))) {
        errors.push({ field: name, code: 'requests.checklist_incomplete' });
        continue;
      }
      values[f.key] = v as string[];
      continue;
    }
    if (typeof v !== 'string' || v.length > 2000) {
      errors.push({ field: name, code: 'field.invalid_value' });
      continue;
    }
    let s = v.trim();
    if (f.type === 'date') {
      // 令和8年4月1日, R8.4.1 and 2026-04-01 are all read; the form keeps the ISO date.
      const d = parseDateInput(s);
      if ('error' in d) {
        errors.push({ field: name, code: d.error.code, params: d.error.params });
        continue;
      }
      s = d.iso;
    }
    if (f.type === 'select' && !f.options?.includes(s)) {
      errors.push({ field: name, code: 'field.invalid_value' });
      continue;
    }
    values[f.key] = s;
  }
  return { values, errors };
}

/** The first asset field's value: the asset the request is about. */
export function assetIdOf(fields: FieldSpec[], values: Record<string, string | string[]>): string | null {
  const f = fields.find((x) => x.type === 'asset');
  const v = f ? values[f.key] : undefined;
  return typeof v === 'string' ? v : null;
}
