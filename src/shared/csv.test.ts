import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { csvContentType, encodeCsv, toCsv } from './csv.ts';
import { isBlankRow, parseCsv } from './csv-parse.ts';
import { FileFormatError } from './file-error.ts';
import { sjisProblems } from './sjis.ts';

test('CSV quotes commas, quotes and line breaks and ends lines with CRLF', () => {
  const csv = toCsv(
    ['名称', '備考'],
    [
      ['台帳, 第1版', '「重要」と"注記"'],
      ['改行\nあり', null],
    ],
  );
  assert.equal(csv, '名称,備考\r\n"台帳, 第1版","「重要」と""注記"""\r\n"改行\nあり",\r\n');
});

test('cells that Excel would run as formulas are neutralized', () => {
  const csv = toCsv(['x'], [['=HYPERLINK("http://evil")'], ['+1'], ['-2'], ['@SUM(A1)'], ['普通']]);
  const lines = csv.trim().split('\r\n').slice(1);
  assert.deepEqual(lines, [`"'=HYPERLINK(""http://evil"")"`, "'+1", "'-2", "'@SUM(A1)", '普通']);
});

test('full-width ＝ ＋ － ＠ at the start of a cell are neutralized like = + - @, and read back unchanged', () => {
  const cells = ['＝HYPERLINK("http://evil")', '＋1', '－2', '＠SUM(A1)', '全角＝途中は普通'];
  const csv = toCsv(
    ['x'],
    cells.map((c) => [c]),
  );
  const lines = csv.trim().split('\r\n').slice(1);
  assert.deepEqual(lines, [
    `"'＝HYPERLINK(""http://evil"")"`,
    "'＋1",
    "'－2",
    "'＠SUM(A1)",
    '全角＝途中は普通',
  ]);
  const sjis = iconv.decode(encodeCsv(csv, 'sjis'), 'cp932');
  assert.ok(sjis.includes("'＝HYPERLINK"), 'kept in Shift_JIS too');
});

test('UTF-8 carries a BOM; Shift_JIS (CP932) round-trips 髙 and ①', () => {
  const text = toCsv(['氏名', '番号'], [['髙橋', '①']]);
  const utf8 = encodeCsv(text, 'utf8');
  assert.deepEqual([...utf8.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const sjis = encodeCsv(text, 'sjis');
  assert.equal(iconv.decode(sjis, 'cp932'), text);
  assert.match(csvContentType('sjis'), /Shift_JIS/);
});

test('an unclosed quote is an error naming the row where it opens, not the rest of the file swallowed', () => {
  const text = '資産番号,名称\r\n\r\nA-1,台帳\r\nA-2,"閉じていない\r\nA-3,三行目\r\nA-4,四行目\r\n';
  assert.throws(
    () => parseCsv(text),
    (e: unknown) => e instanceof FileFormatError && e.code === 'csv.unclosed_quote' && e.params.row === 4,
  );
});

test('blank lines keep their row numbers: rows[i] is the spreadsheet row i + 1', () => {
  const rows = parseCsv('h1,h2\r\n\r\na,1\r\n"改行\r\nあり",2\r\n\r\nb,3\r\n');
  assert.deepEqual(rows[2], ['a', '1']);
  assert.deepEqual(rows[3], ['改行\r\nあり', '2']);
  assert.deepEqual(rows[5], ['b', '3']);
  assert.ok(isBlankRow(rows[1]) && isBlankRow(rows[4]));
});

test('Shift_JIS never turns 𠮷 into 「?」: the cell is reported with its row, and encoding refuses', () => {
  const header = ['店名', '住所'];
  const rows = [
    ['髙島屋', '大阪'],
    ['𠮷野家', '東京都㐂'],
  ];
  assert.deepEqual(sjisProblems(header, rows), [
    { row: 3, column: '店名', chars: ['𠮷'] },
    { row: 3, column: '住所', chars: ['㐂'] },
  ]);
  assert.throws(() => encodeCsv(toCsv(header, rows), 'sjis'), /𠮷/);
  assert.equal(iconv.decode(encodeCsv(toCsv(header, rows), 'utf8'), 'utf8').includes('𠮷野家'), true);
});

test('the wave-dash pairs (— 〜 −) are one JIS character and go out as CP932 writes them', () => {
  assert.deepEqual(sjisProblems(['x'], [['A—B〜C−1']]), []);
  assert.equal(iconv.decode(encodeCsv('A—B〜C−1', 'sjis'), 'cp932'), 'A―B～C－1');
});
