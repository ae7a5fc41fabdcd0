import type Iconv from 'iconv-lite';
import { onFirstUse } from './on-first-use.ts';

import { toCp932Forms, unencodable } from './sjis.ts';

const iconvLite = onFirstUse<typeof Iconv>('iconv-lite');

/**
 * A cell Excel would read as a formula: = + - @ (or tab, CR) at the start, and their full-width forms
 * ＝ ＋ － ＠, which Japanese Excel converts to formulas as well.
 */
export const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A CSV field, quoted when it holds a comma, quote or line break; formula starts are neutralized for Excel. */
function field(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Builds CSV text with CRLF line ends, as Excel expects. */
export function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

export type CsvEncoding = 'utf8' | 'sjis';

/**
 * Encodes CSV for Japanese offices: UTF-8 with BOM, or Shift_JIS (CP932). A character CP932 cannot
 * hold is never replaced by 「?」: it throws, and callers check with `sjisProblems` first.
 */
export function encodeCsv(text: string, encoding: CsvEncoding): Buffer {
  if (encoding === 'sjis') {
    const lost = unencodable(text);
    if (lost.length) throw new RangeError(`Shift_JIS cannot hold ${lost.join(' ')}`);
    return iconvLite().encode(toCp932Forms(text), 'cp932');
  }
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

/** The Content-Type header for an encoded CSV. */
export function csvContentType(encoding: CsvEncoding): string {
  return encoding === 'sjis' ? 'text/csv; charset=Shift_JIS' : 'text/csv; charset=utf-8';
}
