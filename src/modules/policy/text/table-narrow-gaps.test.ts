/** A table aligned with spaces whose cell fills its column, leaving one space before the next cell. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeText } from './normalize.ts';

const rowsOf = (text: string) =>
  normalizeText(text)
    .lines.map((l) => l.text)
    .filter((t) => t.includes('\t'));

test('a row whose first cell fills its column is split where the other rows start their column', () => {
  const text = `別表
　区分　　　　　　　　　　　　　　上位の区分　　　　　　　　　　　下位の区分
　持出し（第１０条）　　　　　　　統括者　　　　　　　　　　　　　管理者
　外部への提供（第１１条）　　　　ＣＩＳＯ　　　　　　　　　　　　統括者
　外部サービスの利用（第１６条）　ＣＩＳＯ　　　　　　　　　　　　統括者
　業務委託（第１７条）　　　　　　統括者　　　　　　　　　　　　　管理者
`;
  assert.deepEqual(rowsOf(text), [
    '区分\t上位の区分\t下位の区分',
    '持出し(第10条)\t統括者\t管理者',
    '外部への提供(第11条)\tCISO\t統括者',
    '外部サービスの利用(第16条)\tCISO\t統括者',
    '業務委託(第17条)\t統括者\t管理者',
  ]);
});

test('a single space inside a cell that does not line up with a column stays in the cell', () => {
  const text = `表
　区分　　　　　　　　　承認者　　　　　　　備考
　持出し　　　　　　　　統括者　　　　　　　事前 申請
　提供　　　　　　　　　管理者　　　　　　　なし
　廃棄　　　　　　　　　管理者　　　　　　　記録 保存
　一時 保管　　　　　　　管理者
`;
  const rows = rowsOf(text);
  assert.equal(rows.length, 5);
  assert.ok(
    rows.slice(0, 4).every((r) => r.split('\t').length === 3),
    rows.join('\n'),
  );
  assert.equal(rows[4], '一時 保管\t管理者');
});
