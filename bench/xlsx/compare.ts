/**
 * Compares .xlsx libraries for mamori's needs: correctness on an Excel-style 台帳 (merged headings,
 * a 和暦-formatted date serial, shared strings with furigana, full-width text), then reading and
 * writing a 10,000-row sheet (time and peak memory, each library in its own process).
 *
 *   XLSX_CANDIDATES=/tmp/xlsx-candidates node bench/xlsx/compare.ts
 *
 * XLSX_CANDIDATES is a folder with one npm project per candidate (`exceljs`, `@zurmokeeper/exceljs`,
 * `@cj-tech-master/excelts`, `@e965/xlsx`), each installed with `npm install NAME` in its own subfolder
 * named after the package with / and @ replaced by _. mamori's own reader/writer is always measured.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { openXlsx, writeWorkbook } from '../../src/shared/xlsx.ts';

const ROWS = 10_000;
const dir = process.env.XLSX_CANDIDATES ?? '/tmp/xlsx-candidates';
const EXCELJS_LIKE = ['exceljs', '@zurmokeeper/exceljs', '@cj-tech-master/excelts'];
const ALL = ['mamori', ...EXCELJS_LIKE, '@e965/xlsx'];

// biome-ignore lint/suspicious/noExplicitAny: each candidate has its own API
function load(name: string): any {
  const req = createRequire(path.join(dir, name.replace(/[/@]/g, '_'), 'package.json'));
  return req(name);
}

/** The correctness fixture: what Excel itself writes for a small 台帳. */
function fixture(): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="台帳" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    ),
    'xl/styles.xml': strToU8(
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="176" formatCode="[$-ja-JP-x-gannen]ggge&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@"/></numFmts><fonts count="1"><font><sz val="11"/><name val="游ゴシック"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
    ),
    'xl/sharedStrings.xml': strToU8(
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>情報資産管理台帳</t></si><si><t>資産番号</t></si><si><t>所管課</t><rPh sb="0" eb="3"><t>ショカンカ</t></rPh><phoneticPr fontId="1"/></si><si><t>取得日</t></si><si><t>Ａ－００１</t></si><si><t>令和8年4月1日</t></si></sst>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="s"><v>3</v></c></row><row r="3"><c r="A3" t="s"><v>4</v></c><c r="B3" t="s"><v>5</v></c><c r="C3" s="1"><v>46113</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells></worksheet>',
    ),
  });
}

interface Read {
  rows: string[][];
  merges: number;
}

async function readWith(name: string, buf: Uint8Array): Promise<Read> {
  if (name === 'mamori') {
    const s = openXlsx(buf).sheet();
    return { rows: s.rows, merges: s.merges.length };
  }
  if (name === '@e965/xlsx') {
    const X = load(name);
    const wb = X.read(buf, { type: 'array', cellDates: true });
    const ws = wb.Sheets[wb.SheetNames[0]];
    const rows = X.utils.sheet_to_json(ws, { header: 1, raw: true, defval: '' }) as unknown[][];
    return {
      rows: rows.map((r) => r.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)))),
      merges: (ws['!merges'] ?? []).length,
    };
  }
  const mod = load(name);
  const ExcelJS = mod.default ?? mod;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(buf));
  const ws = wb.worksheets[0];
  const rows: string[][] = [];
  ws.eachRow((row: { values: unknown[] }, n: number) => {
    rows[n - 1] = row.values.slice(1).map((v) => {
      if (v instanceof Date) return v.toISOString().slice(0, 10);
      if (v && typeof v === 'object' && 'richText' in v)
        return (v.richText as { text: string }[]).map((x) => x.text).join('');
      return v === null || v === undefined ? '' : String(v);
    });
  });
  return { rows: Array.from(rows, (r) => r ?? []), merges: Object.keys(ws._merges ?? {}).length };
}

async function writeWith(name: string, rows: (string | number)[][]): Promise<Uint8Array> {
  if (name === 'mamori') return writeWorkbook([{ name: '台帳', rows, boldRows: [1], freezeRows: 1 }]);
  if (name === '@e965/xlsx') {
    const X = load(name);
    const wb = X.utils.book_new();
    X.utils.book_append_sheet(wb, X.utils.aoa_to_sheet(rows), '台帳');
    return X.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
  }
  const mod = load(name);
  const ExcelJS = mod.default ?? mod;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台帳');
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function bigRows(): (string | number)[][] {
  const rows: (string | number)[][] = [
    ['資産番号', '名称', '種類', '所管課', '管理責任者', '保存場所', '重要性', '個人情報', '取得日', '備考'],
  ];
  for (let i = 1; i <= ROWS; i++)
    rows.push([
      `A-${i}`,
      `住民情報 ${i} 件目の台帳`,
      '電子情報',
      `第${i % 40}課`,
      `山口 太郎${i % 97}`,
      '書庫',
      'II',
      i % 3 ? '有' : '無',
      46113 + (i % 365),
      '備考欄の文章がここに入ります',
    ]);
  return rows;
}

/** One measurement in this process: `--one NAME read|write FILE`. */
async function one(name: string, op: string, file: string): Promise<void> {
  const before = process.memoryUsage().rss;
  const t0 = performance.now();
  if (op === 'read') {
    const r = await readWith(name, fs.readFileSync(file));
    if (r.rows.length < ROWS) throw new Error(`${name} read ${r.rows.length} rows`);
  } else {
    fs.writeFileSync(`${file}.${name.replace(/[/@]/g, '_')}.xlsx`, await writeWith(name, bigRows()));
  }
  const ms = performance.now() - t0;
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(
    JSON.stringify({
      ms: Math.round(ms),
      peakMB: Math.round(peak / 1048576),
      baseMB: Math.round(before / 1048576),
    }),
  );
}

async function main(): Promise<void> {
  if (process.argv[2] === '--one') return one(process.argv[3], process.argv[4], process.argv[5]);
  const available = ALL.filter((n) => {
    if (n === 'mamori') return true;
    try {
      load(n);
      return true;
    } catch {
      return false;
    }
  });
  const fx = fixture();
  const tmp = fs.mkdtempSync('/tmp/xlsx-bench-');
  const big = path.join(tmp, 'big.xlsx');
  fs.writeFileSync(big, writeWorkbook([{ name: '台帳', rows: bigRows() }]));
  console.log(
    `| library | merged A1:C1 | 和暦-format date serial | furigana left out | full-width text | read 10k rows (ms / peak RSS MB) | write 10k rows (ms / peak RSS MB) |`,
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const name of available) {
    const r = await readWith(name, fx).catch((e) => ({ rows: [[String(e)]], merges: 0 }));
    const run = (op: string) =>
      JSON.parse(
        execFileSync(process.execPath, [import.meta.filename, '--one', name, op, big], { encoding: 'utf8' })
          .trim()
          .split('\n')
          .pop() ?? '{}',
      );
    const rd = run('read');
    const wr = run('write');
    const ok = (b: boolean) => (b ? 'yes' : 'no');
    console.log(
      `| ${name} | ${ok(r.merges === 1)} | ${ok(r.rows[2]?.[2] === '2026-04-01')} (${r.rows[2]?.[2]}) | ${ok(r.rows[1]?.[1] === '所管課')} (${r.rows[1]?.[1]}) | ${ok(r.rows[2]?.[0] === 'Ａ－００１' && r.rows[2]?.[1] === '令和8年4月1日')} | ${rd.ms} / ${rd.peakMB} | ${wr.ms} / ${wr.peakMB} |`,
    );
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}

await main();
