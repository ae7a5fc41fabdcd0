/**
 * Excel files: a small writer and a capped reader over fflate (see docs/xlsx.md for why not exceljs).
 * `writeXlsx` writes simple tables; `openXlsx` reads sheets for imports; `readXlsx` reads the first
 * sheet back as text (tests and simple uses).
 */
import { openXlsx } from './xlsx/read.ts';
import { writeWorkbook } from './xlsx/write.ts';

export { type CellRange, openXlsx, type SheetData, type Workbook, type XlsxLimits } from './xlsx/read.ts';
export { columnLetters, writeWorkbook, type XCell, type XSheet } from './xlsx/write.ts';

export interface SheetSpec {
  name: string;
  header: string[];
  rows: (string | number | null)[][];
  /** Column widths in characters; defaults from the header length. */
  widths?: number[];
}

/** Writes a workbook of simple tables (bold frozen header, auto-filter) to an .xlsx buffer. */
export async function writeXlsx(sheets: SheetSpec[]): Promise<Buffer> {
  return writeWorkbook(
    sheets.map((s) => ({
      name: s.name,
      rows: [s.header, ...s.rows],
      widths: s.header.map((h, i) => s.widths?.[i] ?? Math.max(10, h.length * 2 + 2)),
      boldRows: [1],
      freezeRows: 1,
      autoFilterRow: s.header.length ? 1 : undefined,
    })),
  );
}

/** Reads the first sheet of an .xlsx buffer back as rows of strings of one width, blank rows left out. */
export async function readXlsx(buf: Buffer): Promise<string[][]> {
  const rows = openXlsx(buf)
    .sheet()
    .rows.filter((r) => r.some((c) => c !== ''));
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
}
