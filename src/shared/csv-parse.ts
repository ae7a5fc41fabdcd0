import type * as CsvParse from 'csv-parse/sync';
import type Iconv from 'iconv-lite';
import { FORMULA_START } from './csv.ts';
import { FileFormatError } from './file-error.ts';
import { onFirstUse } from './on-first-use.ts';

const csvParse = onFirstUse<typeof CsvParse>('csv-parse/sync');
const iconvLite = onFirstUse<typeof Iconv>('iconv-lite');

/** Decodes CSV bytes: UTF-8 (BOM dropped) or Shift_JIS (CP932, as Excel writes it). */
export function decodeCsv(bytes: Buffer, encoding: 'utf8' | 'sjis'): string {
  if (encoding === 'sjis') return iconvLite().decode(bytes, 'cp932');
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Parses CSV text (RFC 4180, through csv-parse) into one array per record. Blank lines stay as empty
 * rows, so `rows[i]` is row `i + 1` as a spreadsheet shows the file (a quoted line break stays inside
 * its row). An unclosed quote is an error naming the row where it opens, not the end of the file.
 */
export function parseCsv(text: string): string[][] {
  let done = 0;
  try {
    const rows: string[][] = csvParse().parse(text, {
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      // Excel writes CRLF, other tools LF or CR; a file may even mix them.
      record_delimiter: ['\r\n', '\n', '\r'],
      skip_empty_lines: false,
      on_record: (record: string[]) => {
        done++;
        return record;
      },
    });
    return rows.map((r) => (r.length === 1 && r[0] === '' ? [] : r));
  } catch (e) {
    if (!(e instanceof csvParse().CsvError)) throw e;
    const row = done + 1;
    if (e.code === 'CSV_QUOTE_NOT_CLOSED') throw new FileFormatError('csv.unclosed_quote', { row });
    throw new FileFormatError('csv.malformed', { row });
  }
}

/** True when a row holds nothing but blanks (skipped by imports, which keep the row numbers). */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/** Undoes the formula guard of `toCsv` (a leading apostrophe before = + - @ and ＝ ＋ － ＠). */
export function unguard(v: string): string {
  return v.startsWith("'") && FORMULA_START.test(v.slice(1)) ? v.slice(1) : v;
}
