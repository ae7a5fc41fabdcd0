/** Cell text to stored values: 和暦 and Excel serial dates, full-width digits, 有/無 and ○/×, lists. */
import { unguard } from '../../../shared/csv-parse.ts';
import { parseDateInput } from '../../../shared/wareki.ts';
import { COUNTERS, FALSE_WORDS, TRUE_WORDS } from '../import-patterns.ts';
import { headingKey } from './mapping.ts';
import type { ImportField, Resolver } from './types.ts';

/** A value read from a cell, or why it cannot be (an i18n key under `imports.` or `date.` and params). */
export type Read = { value: unknown } | { code: string; params?: Record<string, string | number> };

/** Full-width letters, digits and symbols to half-width (ＡＢ－００１ → AB-001). */
export const narrow = (s: string) => s.normalize('NFKC');

/** Splits a cell holding several names: 、 , ; ／ / or line breaks. */
export const splitList = (s: string) =>
  s
    .split(/[、,，;；/／\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * An Excel date serial left as a number (a date column without a date format): five digits,
 * 1927 to 2173. Eight digits are 20260401, read by the date parser.
 */
function serialDate(s: string): string | null {
  if (!/^\d{5}(\.\d+)?$/.test(s)) return null;
  const days = Math.floor(Number(s));
  return new Date(Date.UTC(1899, 11, 30) + days * 86400000).toISOString().slice(0, 10);
}

/** Reads one cell for one field; an empty cell is null (required fields are checked by the caller). */
export function readCell(f: ImportField, raw: string, resolve?: Resolver): Read {
  const text = unguard(raw).trim();
  if (text === '') return { value: null };
  if (f.max && text.length > f.max) return { code: 'imports.too_long', params: { max: f.max } };
  switch (f.kind) {
    case 'text':
      return { value: text };
    case 'code':
      return { value: narrow(text).replace(/\s+/g, ' ') };
    case 'int': {
      const n = narrow(text).replace(/[,\s]/g, '').replace(COUNTERS, '');
      return /^-?\d+$/.test(n)
        ? { value: Number(n) }
        : { code: 'imports.not_number', params: { value: text } };
    }
    case 'date': {
      const serial = serialDate(narrow(text));
      if (serial) return { value: serial };
      const d = parseDateInput(text);
      return 'iso' in d ? { value: d.iso } : { code: d.error.code, params: d.error.params };
    }
    case 'bool': {
      const k = narrow(text).toLowerCase();
      if (TRUE_WORDS.has(k)) return { value: true };
      if (FALSE_WORDS.has(k)) return { value: false };
      return { code: 'imports.not_flag', params: { value: text } };
    }
    case 'enum': {
      const k = headingKey(text);
      const o = f.options?.find((x) => x.value === text || x.labels.some((l) => headingKey(l) === k));
      return o
        ? { value: o.value }
        : {
            code: 'imports.not_option',
            params: { value: text, options: (f.options ?? []).map((x) => x.labels[0]).join('、') },
          };
    }
    case 'list':
      return { value: splitList(text) };
    case 'ref': {
      if (!resolve) return { value: text };
      const r = resolve(text);
      return 'id' in r ? { value: r.id } : { code: `imports.ref_${r.error}`, params: { value: text } };
    }
    case 'refs': {
      const ids: string[] = [];
      for (const part of splitList(text)) {
        const r = resolve?.(part) ?? { id: part };
        if (!('id' in r)) return { code: `imports.ref_${r.error}`, params: { value: part } };
        if (!ids.includes(r.id)) ids.push(r.id);
      }
      return { value: ids };
    }
  }
}
