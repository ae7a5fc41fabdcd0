import iconv from 'iconv-lite';

/** A CSV field, quoted when it holds a comma, quote or line break; formula starts are neutralized for Excel. */
function field(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Builds CSV text with CRLF line ends, as Excel expects. */
export function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

export type CsvEncoding = 'utf8' | 'sjis';

/** Encodes CSV for Japanese offices: UTF-8 with BOM, or Shift_JIS (CP932). */
export function encodeCsv(text: string, encoding: CsvEncoding): Buffer {
  if (encoding === 'sjis') return iconv.encode(text, 'cp932');
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

/** The Content-Type header for an encoded CSV. */
export function csvContentType(encoding: CsvEncoding): string {
  return encoding === 'sjis' ? 'text/csv; charset=Shift_JIS' : 'text/csv; charset=utf-8';
}
