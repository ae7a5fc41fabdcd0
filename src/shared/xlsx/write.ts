/**
 * A small .xlsx writer over fflate: sheets of text, numbers and dates with shared strings, a bold
 * row, frozen panes, auto-filter, column widths and merged ranges — what exports and test 台帳 need.
 */
import type * as Fflate from 'fflate';
import { onFirstUse } from '../on-first-use.ts';

const fflate = onFirstUse<typeof Fflate>('fflate');
const strToU8 = (s: string) => fflate().strToU8(s);

/** A cell: text, a number, a date (`{ date: 'YYYY-MM-DD' }`, stored as a serial with a date format) or empty. */
export type XCell = string | number | null | undefined | { date: string };

export interface XSheet {
  name: string;
  rows: XCell[][];
  /** Ranges such as `A1:F1`. */
  merges?: string[];
  /** Column widths in characters. */
  widths?: number[];
  /** 1-based rows printed bold (headings). */
  boldRows?: number[];
  /** Rows above this one stay in view when scrolling (1 freezes the first row). */
  freezeRows?: number;
  /** The heading row of an auto-filter over every column. */
  autoFilterRow?: number;
}

const esc = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\ufffe\uffff]/g, '');
/** Drops what XML 1.0 cannot hold at all: control codes other than tab and line breaks. */
const xmlText = (s: string) =>
  esc([...s].filter((ch) => ch.charCodeAt(0) >= 0x20 || ch === '\t' || ch === '\n' || ch === '\r').join(''));

/** 1-based column number to letters (1 → A, 27 → AA). */
export function columnLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** ISO date to an Excel serial in the 1900 calendar. */
function serial(iso: string): number {
  return Math.round((Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86400000);
}

// Yu Gothic: the family name of 游ゴシック, the office font of Japanese Excel (font 1 is its bold).
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Yu Gothic"/><family val="3"/><charset val="128"/></font><font><b/><sz val="11"/><name val="Yu Gothic"/><family val="3"/><charset val="128"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="14" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** Writes the sheets as an .xlsx file. */
export function writeWorkbook(sheets: XSheet[]): Buffer {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const sst = (s: string) => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  const files: Record<string, Uint8Array> = {};
  const names = sheets.map((s, i) =>
    uniqueName(
      s.name,
      sheets.slice(0, i).map((x) => x.name),
    ),
  );
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s, sst));
  });
  files['[Content_Types].xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
  );
  files['_rels/.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
  );
  files['docProps/core.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>mamori</dc:creator></cp:coreProperties>`,
  );
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${names.map((n, i) => `<sheet name="${esc(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets>${sheets.some((s) => s.autoFilterRow) ? `<definedNames>${sheets.map((s, i) => (s.autoFilterRow ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${esc(names[i].replace(/'/g, "''"))}'!$A$${s.autoFilterRow}:$${columnLetters(width(s))}$${s.autoFilterRow}</definedName>` : '')).join('')}</definedNames>` : ''}</workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId${sheets.length + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  files['xl/styles.xml'] = strToU8(STYLES);
  files['xl/sharedStrings.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${xmlText(s)}</t></si>`).join('')}</sst>`,
  );
  return Buffer.from(fflate().zipSync(files, { level: 6 }));
}

const width = (s: XSheet) => Math.max(1, ...s.rows.map((r) => r.length));

/** Sheet names: at most 31 characters, none of []:*?/\, unique in the workbook. */
function uniqueName(name: string, taken: string[]): string {
  const base = name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet';
  let n = base;
  for (let i = 2; taken.includes(n); i++) n = `${base.slice(0, 28)}(${i})`;
  return n;
}

function sheetXml(s: XSheet, sst: (s: string) => number): string {
  const bold = new Set(s.boldRows ?? []);
  const rows = s.rows
    .map((r, i) => {
      const rowNo = i + 1;
      const b = bold.has(rowNo);
      const cells = r
        .map((v, j) => {
          if (v === null || v === undefined || v === '') return '';
          const at = `${columnLetters(j + 1)}${rowNo}`;
          if (typeof v === 'number') return `<c r="${at}"${b ? ' s="1"' : ''}><v>${v}</v></c>`;
          if (typeof v === 'object') return `<c r="${at}" s="${b ? 3 : 2}"><v>${serial(v.date)}</v></c>`;
          return `<c r="${at}" t="s"${b ? ' s="1"' : ''}><v>${sst(v)}</v></c>`;
        })
        .join('');
      return cells ? `<row r="${rowNo}">${cells}</row>` : '';
    })
    .join('');
  const freeze = s.freezeRows
    ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${s.freezeRows}" topLeftCell="A${s.freezeRows + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`
    : '';
  const cols = s.widths?.length
    ? `<cols>${s.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
    : '';
  const filter = s.autoFilterRow
    ? `<autoFilter ref="A${s.autoFilterRow}:${columnLetters(width(s))}${s.autoFilterRow}"/>`
    : '';
  const merges = s.merges?.length
    ? `<mergeCells count="${s.merges.length}">${s.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${freeze}${cols}<sheetData>${rows}</sheetData>${filter}${merges}</worksheet>`;
}
