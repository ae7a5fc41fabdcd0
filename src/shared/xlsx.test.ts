import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
import { FileFormatError } from './file-error.ts';
import { isDateFormat, serialToIso } from './xlsx/read.ts';
import { openXlsx, readXlsx, writeWorkbook, writeXlsx } from './xlsx.ts';

const rejects = (fn: () => unknown, code: string) =>
  assert.throws(fn, (e: unknown) => e instanceof FileFormatError && e.code === code);

/** A minimal workbook as Excel writes it: shared strings with furigana, a custom 和暦 date format, merges. */
function excelLike(
  sheetXml: string,
  opts: { date1904?: boolean; sst?: string } = {},
): Record<string, Uint8Array> {
  return {
    '[Content_Types].xml': strToU8(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    'xl/workbook.xml': strToU8(
      `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr${opts.date1904 ? ' date1904="1"' : ''}/><sheets><sheet name="表紙" sheetId="1" r:id="rId1"/><sheet name="台帳" sheetId="2" r:id="rId2"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="worksheet" Target="/xl/worksheets/sheet2.xml"/></Relationships>',
    ),
    'xl/styles.xml': strToU8(
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="176" formatCode="[$-ja-JP-x-gannen]ggge&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="176"/><xf numFmtId="14"/><xf numFmtId="22"/></cellXfs></styleSheet>',
    ),
    'xl/sharedStrings.xml': strToU8(
      opts.sst ??
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>情報資産管理台帳</t></si><si><r><t>資産</t></r><r><t>番号</t></r></si><si><t>所管課</t><rPh sb="0" eb="3"><t>ショカンカ</t></rPh><phoneticPr fontId="1"/></si><si><t>取得日</t></si><si><t>令和8年4月1日</t></si><si><t>Ａ－００１</t></si></sst>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
    ),
    'xl/worksheets/sheet2.xml': strToU8(sheetXml),
  };
}

const LEDGER = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c></row>
<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" t="s"><v>2</v></c><c r="C3" t="s"><v>3</v></c><c r="D3" t="s"><v>3</v></c><c r="E3" t="inlineStr"><is><t>備考</t></is></c></row>
<row r="4"><c r="A4" t="s"><v>5</v></c><c r="B4" t="str"><v>総務課</v></c><c r="C4" s="1"><v>46113</v></c><c r="D4" t="s"><v>4</v></c><c r="E4"><v>0.30000000000000004</v></c></row>
<row r="6"><c r="A6"><v>12</v></c><c r="C6" s="2"><v>46113</v></c><c r="D6" s="3"><v>46113.4375</v></c><c r="E6" t="b"><v>1</v></c></row>
</sheetData><mergeCells count="2"><mergeCell ref="A1:E1"/><mergeCell ref="C3:D3"/></mergeCells></worksheet>`;

describe('xlsx', () => {
  test('an xlsx written with a header and Japanese rows reads back the same', async () => {
    const buf = await writeXlsx([
      {
        name: '情報資産管理台帳',
        header: ['資産番号', '名称'],
        rows: [
          ['A-1', '監査記録'],
          ['A-2', null],
        ],
      },
    ]);
    assert.equal(buf.subarray(0, 2).toString(), 'PK');
    assert.deepEqual(await readXlsx(buf), [
      ['資産番号', '名称'],
      ['A-1', '監査記録'],
      ['A-2', ''],
    ]);
  });

  test('reads an Excel-style 台帳: sheet names, shared strings without furigana, merges, dates by format, row numbers kept', () => {
    const wb = openXlsx(zipSync(excelLike(LEDGER)));
    assert.deepEqual(wb.sheetNames, ['表紙', '台帳']);
    const s = wb.sheet('台帳');
    assert.deepEqual(s.rows[0], ['情報資産管理台帳']);
    assert.deepEqual(s.rows[1], []);
    assert.deepEqual(s.rows[2], ['資産番号', '所管課', '取得日', '取得日', '備考']);
    // A 和暦-formatted serial and a 和暦 typed as text; full-width text is kept as typed.
    assert.deepEqual(s.rows[3], ['Ａ－００１', '総務課', '2026-04-01', '令和8年4月1日', '0.3']);
    assert.deepEqual(s.rows[4], []);
    assert.deepEqual(s.rows[5], ['12', '', '2026-04-01', '2026-04-01 10:30', 'TRUE']);
    assert.deepEqual(s.merges, [
      { top: 1, left: 1, bottom: 1, right: 5 },
      { top: 3, left: 3, bottom: 3, right: 4 },
    ]);
    rejects(() => wb.sheet('ない'), 'xlsx.no_sheet');
  });

  test('the 1904 calendar, Excel date serials and date formats', () => {
    const s = openXlsx(zipSync(excelLike(LEDGER, { date1904: true }))).sheet('台帳');
    assert.equal(s.rows[3][2], '2030-04-02');
    assert.equal(serialToIso(1, false, false), '1900-01-01');
    assert.equal(serialToIso(61, false, false), '1900-03-01');
    assert.equal(serialToIso(46113, false, false), '2026-04-01');
    assert.ok(isDateFormat('[$-ja-JP-x-gannen]ggge"年"m"月"d"日";@'));
    assert.ok(isDateFormat('yyyy/m/d'));
    assert.ok(!isDateFormat('#,##0"円"'));
    assert.ok(!isDateFormat('0.00%'));
  });

  test('archives written with data descriptors (streaming writers) read the same', () => {
    const parts = excelLike(LEDGER);
    const chunks: Uint8Array[] = [];
    const zip = new Zip((err, data) => {
      assert.ifError(err);
      chunks.push(data);
    });
    for (const [name, data] of Object.entries(parts)) {
      const f = new ZipDeflate(name, { level: 6 });
      zip.add(f);
      f.push(data, true);
    }
    zip.end();
    const s = openXlsx(Buffer.concat(chunks)).sheet('台帳');
    assert.equal(s.rows[3][1], '総務課');
  });

  test('a zip bomb stops at the size cap; too many rows or columns, a non-zip and a broken sheet are clear errors', () => {
    // 80 MB of spaces compresses to about 80 kB; the default cap is 64 MB.
    const huge = Buffer.alloc(80 * 1024 * 1024, 0x20);
    const bomb = zipSync({ ...excelLike(LEDGER), 'xl/sharedStrings.xml': huge }, { level: 9 });
    assert.ok(bomb.length < 2_000_000, `bomb is ${bomb.length} bytes`);
    rejects(() => openXlsx(bomb), 'xlsx.too_large');
    rejects(
      () =>
        openXlsx(zipSync(excelLike(LEDGER)), { maxBytes: 1 << 20, maxRows: 5, maxColumns: 100 }).sheet(
          '台帳',
        ),
      'xlsx.too_many_rows',
    );
    rejects(
      () =>
        openXlsx(zipSync(excelLike(LEDGER)), { maxBytes: 1 << 20, maxRows: 100, maxColumns: 3 }).sheet(
          '台帳',
        ),
      'xlsx.too_many_columns',
    );
    rejects(() => openXlsx(Buffer.from('資産番号,名称\r\n')), 'xlsx.not_xlsx');
    rejects(() => openXlsx(zipSync(excelLike('<worksheet><sheetData><row'))).sheet('台帳'), 'xlsx.corrupt');
  });

  test('the writer keeps dates, numbers, merges and bold headings that the reader gets back', () => {
    const buf = writeWorkbook([
      {
        name: '台帳',
        rows: [['ソフトウェア台帳'], [], ['名称', '導入日', '数'], ['一太郎', { date: '2026-04-01' }, 3]],
        merges: ['A1:C1'],
        boldRows: [3],
      },
    ]);
    const s = openXlsx(buf).sheet();
    assert.deepEqual(s.rows, [
      ['ソフトウェア台帳'],
      [],
      ['名称', '導入日', '数'],
      ['一太郎', '2026-04-01', '3'],
    ]);
    assert.deepEqual(s.merges, [{ top: 1, left: 1, bottom: 1, right: 3 }]);
  });
});
