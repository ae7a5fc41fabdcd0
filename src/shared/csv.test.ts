import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { csvContentType, encodeCsv, toCsv } from './csv.ts';

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

test('UTF-8 carries a BOM; Shift_JIS (CP932) round-trips 髙 and ①', () => {
  const text = toCsv(['氏名', '番号'], [['髙橋', '①']]);
  const utf8 = encodeCsv(text, 'utf8');
  assert.deepEqual([...utf8.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const sjis = encodeCsv(text, 'sjis');
  assert.equal(iconv.decode(sjis, 'cp932'), text);
  assert.match(csvContentType('sjis'), /Shift_JIS/);
});
