/**
 * A small .xlsx reader for imports: sheet names, then one sheet's cells as text, its merged ranges,
 * and dates read as ISO (Excel date serials by their number format, the 1904 calendar too). Shared
 * strings drop their furigana (phonetic runs). Decompressed size, rows and columns are capped.
 */
import type * as Saxes from 'saxes';
import { FileFormatError } from '../file-error.ts';
import { onFirstUse } from '../on-first-use.ts';
import { unzipEntries } from './unzip.ts';

const saxes = onFirstUse<typeof Saxes>('saxes');

export interface XlsxLimits {
  /** Most bytes the workbook's parts may inflate to together. */
  maxBytes: number;
  /** Most rows a sheet may have (the last used row number). */
  maxRows: number;
  /** Most columns a sheet may have. */
  maxColumns: number;
}

/** Room for a 台帳 of tens of thousands of rows; a zip bomb or a runaway sheet stops well before memory does. */
export const DEFAULT_LIMITS: XlsxLimits = { maxBytes: 64 * 1024 * 1024, maxRows: 50_000, maxColumns: 500 };

/** A merged range, 1-based and inclusive, as Excel numbers rows and columns. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One sheet: `rows[i][j]` is the text of row i + 1, column j + 1 ('' when empty). */
export interface SheetData {
  name: string;
  rows: string[][];
  merges: CellRange[];
}

export interface Workbook {
  sheetNames: string[];
  /** Reads one sheet by name (the first when omitted). */
  sheet(name?: string): SheetData;
}

const decoder = new TextDecoder('utf-8');
const text = (b: Uint8Array | undefined) => (b ? decoder.decode(b) : '');

/** Parses XML with saxes, calling back on open tags, close tags and text. */
function walk(
  xml: string,
  on: {
    open?(name: string, attrs: Record<string, string>): void;
    close?(name: string): void;
    text?(t: string): void;
  },
): void {
  const p = new (saxes().SaxesParser)();
  p.on('error', () => {
    throw new FileFormatError('xlsx.corrupt');
  });
  if (on.open) p.on('opentag', (tag) => on.open?.(local(tag.name), tag.attributes as Record<string, string>));
  if (on.close) p.on('closetag', (tag) => on.close?.(local(tag.name)));
  if (on.text) {
    p.on('text', (t) => on.text?.(t));
    p.on('cdata', (t) => on.text?.(t));
  }
  p.write(xml).close();
}
const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** Column letters to a 1-based number (A → 1, AA → 27). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A1 reference to 1-based row and column. */
function ref(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(a1.toUpperCase());
  if (!m) throw new FileFormatError('xlsx.corrupt');
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

/** Built-in number formats that show a date (14–22; 27–36 and 50–58 are the Japanese era formats). */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** Whether a custom format code shows a date or time (y, m, d, e, g, h, s outside quotes and [..]). */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[ymdegh]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

/** Whether the format shows a time of day too. */
const hasTime = (code: string) => /[hs]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));

/** An Excel date serial as ISO (with HH:mm when the format shows a time). */
export function serialToIso(serial: number, date1904: boolean, withTime: boolean): string {
  // Day 0 of the 1900 calendar is 1899-12-30 once Excel's phantom 1900-02-29 (serial 60) is passed.
  const base = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, serial < 61 ? 31 : 30);
  const ms = base + Math.round(serial * 86400) * 1000;
  const iso = new Date(ms).toISOString();
  return withTime && serial % 1 !== 0 ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : iso.slice(0, 10);
}

function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  let current = '';
  let inText = false;
  let phonetic = 0;
  walk(xml, {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && !phonetic) inText = true;
    },
    close(name) {
      if (name === 'si') out.push(current);
      else if (name === 'rPh') phonetic--;
      else if (name === 't') inText = false;
    },
    text(t) {
      if (inText) current += t;
    },
  });
  return out;
}

/** For each cell style index: null, or whether the date format shows a time. */
function dateStyles(xml: string): ({ time: boolean } | null)[] {
  const custom = new Map<number, string>();
  const styles: ({ time: boolean } | null)[] = [];
  let inXfs = false;
  walk(xml, {
    open(name, a) {
      if (name === 'numFmt') custom.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inXfs = true;
      else if (name === 'xf' && inXfs) {
        const id = Number(a.numFmtId ?? 0);
        const code = custom.get(id);
        if (code !== undefined) styles.push(isDateFormat(code) ? { time: hasTime(code) } : null);
        else
          styles.push(
            DATE_FORMAT_IDS.has(id) ? { time: [18, 19, 20, 21, 22, 45, 46, 47].includes(id) } : null,
          );
      }
    },
    close(name) {
      if (name === 'cellXfs') inXfs = false;
    },
  });
  return styles;
}

/** Resolves a relationship target against the folder of the part that names it. */
function resolve(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

/** Opens an .xlsx: reads its parts within the limits and parses sheets on demand. */
export function openXlsx(buf: Uint8Array, limits: XlsxLimits = DEFAULT_LIMITS): Workbook {
  const parts = unzipEntries(
    buf,
    (n) =>
      n === 'xl/workbook.xml' ||
      n === 'xl/_rels/workbook.xml.rels' ||
      n === 'xl/sharedStrings.xml' ||
      n === 'xl/styles.xml' ||
      /^xl\/worksheets\/[^/]+\.xml$/.test(n),
    { maxBytes: limits.maxBytes, maxEntries: 10_000 },
  );
  const workbookXml = text(parts.get('xl/workbook.xml'));
  if (!workbookXml) throw new FileFormatError('xlsx.not_xlsx');
  const rels = new Map<string, string>();
  walk(text(parts.get('xl/_rels/workbook.xml.rels')), {
    open(name, a) {
      if (name === 'Relationship') rels.set(a.Id, resolve('xl/workbook.xml', a.Target));
    },
  });
  const sheets: { name: string; path: string }[] = [];
  let date1904 = false;
  walk(workbookXml, {
    open(name, a) {
      if (name === 'sheet') {
        const id = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '';
        sheets.push({ name: a.name, path: rels.get(id) ?? '' });
      } else if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
    },
  });
  let strings: string[] | null = null;
  let styles: ({ time: boolean } | null)[] | null = null;
  return {
    sheetNames: sheets.map((s) => s.name),
    sheet(name) {
      const s = name === undefined ? sheets[0] : sheets.find((x) => x.name === name);
      if (!s) throw new FileFormatError('xlsx.no_sheet', { sheet: name ?? '' });
      strings ??= sharedStrings(text(parts.get('xl/sharedStrings.xml')));
      styles ??= dateStyles(text(parts.get('xl/styles.xml')));
      return readSheet(s.name, text(parts.get(s.path)), strings, styles, date1904, limits);
    },
  };
}

function readSheet(
  name: string,
  xml: string,
  strings: string[],
  styles: ({ time: boolean } | null)[],
  date1904: boolean,
  limits: XlsxLimits,
): SheetData {
  const rows: string[][] = [];
  const merges: CellRange[] = [];
  let rowNo = 0;
  let cell: { row: number; col: number; type: string; style: number } | null = null;
  let value = '';
  let inline = '';
  let where: 'v' | 't' | null = null;
  let nextCol = 1;
  walk(xml, {
    open(tag, a) {
      if (tag === 'row') {
        rowNo = a.r ? Number(a.r) : rowNo + 1;
        if (rowNo > limits.maxRows) throw new FileFormatError('xlsx.too_many_rows', { max: limits.maxRows });
        nextCol = 1;
      } else if (tag === 'c') {
        const at = a.r ? ref(a.r) : { row: rowNo, col: nextCol };
        if (at.col > limits.maxColumns)
          throw new FileFormatError('xlsx.too_many_columns', { max: limits.maxColumns });
        cell = { row: at.row, col: at.col, type: a.t ?? 'n', style: Number(a.s ?? 0) };
        nextCol = at.col + 1;
        value = '';
        inline = '';
      } else if (tag === 'v') where = 'v';
      else if (tag === 't' && cell) where = 't';
      else if (tag === 'mergeCell' && a.ref) {
        const [from, to = from] = a.ref.split(':');
        const f = ref(from);
        const t = ref(to);
        merges.push({ top: f.row, left: f.col, bottom: t.row, right: t.col });
      }
    },
    close(tag) {
      if (tag === 'v' || tag === 't') where = null;
      else if (tag === 'c' && cell) {
        const out = cellText(cell.type, value, inline, strings, styles[cell.style] ?? null, date1904);
        if (out !== '') {
          while (rows.length < cell.row) rows.push([]);
          const r = rows[cell.row - 1];
          while (r.length < cell.col - 1) r.push('');
          r[cell.col - 1] = out;
        }
        cell = null;
      }
    },
    text(t) {
      if (where === 'v') value += t;
      else if (where === 't') inline += t;
    },
  });
  for (const r of rows) for (let i = 0; i < r.length; i++) r[i] ??= '';
  return { name, rows, merges };
}

function cellText(
  type: string,
  v: string,
  inline: string,
  strings: string[],
  date: { time: boolean } | null,
  date1904: boolean,
): string {
  switch (type) {
    case 's':
      return strings[Number(v)] ?? '';
    case 'inlineStr':
      return inline;
    case 'str':
    case 'e':
      return v;
    case 'b':
      return v === '1' ? 'TRUE' : 'FALSE';
    case 'd':
      return v.length > 10 ? v.slice(0, 16).replace('T', ' ') : v;
    default: {
      if (v === '') return '';
      const n = Number(v);
      if (date && Number.isFinite(n) && n >= 1) return serialToIso(n, date1904, date.time);
      // Integers as written; decimals without float noise (0.1 + 0.2 stored as 0.30000000000000004).
      return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15)));
    }
  }
}
