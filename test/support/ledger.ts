/**
 * Builds the kind of Excel 台帳 offices keep: a merged title row, a 現在 date line, headings that may
 * group columns under a merged heading (two heading rows, the others merged down), then data rows
 * with blank rows between them. Cells hold what people type: 和暦, full-width digits, date serials.
 */
import { columnLetters, writeWorkbook, type XCell } from '../../src/shared/xlsx.ts';

export type Heading = string | { group: string; columns: string[] };

export interface LedgerSpec {
  sheet?: string;
  title: string;
  headings: Heading[];
  /** Data rows; `null` makes a blank row. */
  rows: (XCell[] | null)[];
  /** Another sheet before the 台帳 (a cover page), to make the importer pick the sheet. */
  cover?: boolean;
}

/** The .xlsx bytes, and the spreadsheet row number of each data row (blank rows counted). */
export function ledgerXlsx(spec: LedgerSpec): { xlsx: Buffer; rowOf: number[]; headingRow: number } {
  const flat = spec.headings.flatMap((h) => (typeof h === 'string' ? [h] : h.columns));
  const width = flat.length;
  const grouped = spec.headings.some((h) => typeof h !== 'string');
  const rows: XCell[][] = [[spec.title], ['令和8年4月1日現在'], []];
  const merges = [`A1:${columnLetters(width)}1`];
  const top: XCell[] = [];
  const sub: XCell[] = [];
  let col = 1;
  for (const h of spec.headings) {
    if (typeof h === 'string') {
      top.push(h);
      sub.push(null);
      if (grouped) merges.push(`${columnLetters(col)}4:${columnLetters(col)}5`);
      col++;
    } else {
      top.push(h.group, ...h.columns.slice(1).map(() => null));
      sub.push(...h.columns);
      merges.push(`${columnLetters(col)}4:${columnLetters(col + h.columns.length - 1)}4`);
      col += h.columns.length;
    }
  }
  rows.push(top);
  if (grouped) rows.push(sub);
  const headingRow = rows.length;
  const rowOf: number[] = [];
  for (const r of spec.rows) {
    rows.push(r ?? []);
    if (r) rowOf.push(rows.length);
  }
  const sheets = [
    ...(spec.cover
      ? [{ name: '表紙', rows: [['この台帳について'], ['毎年4月1日に更新する。']] as XCell[][] }]
      : []),
    { name: spec.sheet ?? '台帳', rows, merges, boldRows: [headingRow - (grouped ? 1 : 0), headingRow] },
  ];
  return { xlsx: writeWorkbook(sheets), rowOf, headingRow };
}

/** The body of an import request for a file. */
export const upload = (xlsx: Buffer, extra: Record<string, unknown> = {}) => ({
  fileName: '台帳.xlsx',
  content: xlsx.toString('base64'),
  ...extra,
});
