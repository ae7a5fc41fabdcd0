/** Classification axes and levels, segments and 施行 dates in the forms bodies write them. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const levels = (text: string) =>
  analyzePolicy(text).classification?.levels.map((l) => `${l.axis}${l.label}:${l.rank}`) ?? null;

test('several axes at once, 2B above 2A in the order the text gives, from items and tab tables', () => {
  assert.deepEqual(
    levels(`1 分類
情報資産は、次のとおり分類する。
機密性３\t秘密文書に相当するもの
機密性２Ｂ\t個人情報を含むもの
機密性２Ａ\t公表を前提としないもの
機密性１\tその他のもの
2 完全性
(1) 完全性２ 改ざんにより重大な影響があるもの
(2) 完全性１ その他のもの
`),
    ['機密性3:1', '機密性2B:2', '機密性2A:3', '機密性1:4', '完全性2:1', '完全性1:2'],
  );
});

test('a box-drawn table whose header names the axis: 重要度 A/B/C', () => {
  assert.deepEqual(
    levels(`1 情報資産の分類
情報資産は、次の表により分類する。
┌──────┬────────────┐
│重要度　　│内容　　　　　　　　　　　　│
├──────┼────────────┤
│Ａ　　　　│個人情報を含む情報資産　　　│
├──────┼────────────┤
│Ｂ　　　　│公表しない情報資産　　　　　│
├──────┼────────────┤
│Ｃ　　　　│その他の情報資産　　　　　　│
└──────┴────────────┘
2 管理
職員は、分類に従い管理しなければならない。
`),
    ['重要度A:1', '重要度B:2', '重要度C:3'],
  );
});

test('Roman numerals in any width read the same: 重要性Ⅰ, 重要性I, 重要性Ｉ', () => {
  for (const one of ['Ⅰ', 'I', 'Ｉ']) {
    const two = one === 'Ⅰ' ? 'Ⅱ' : one === 'I' ? 'II' : 'ＩＩ';
    assert.deepEqual(
      levels(
        `1 分類\n次のとおりとする。\n重要性${one}\t個人情報\n重要性${two}\tその他\n2 管理\n管理する。\n`,
      ),
      ['重要性I:1', '重要性II:2'],
    );
  }
});

test('any 系 the text defines as a segment, and the 施行 date of the 附則', () => {
  const a =
    analyzePolicy(`第1条 この訓令において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
(1) 制御系　浄水場の監視制御に用いる情報システム及びネットワークをいう。
(2) 事務系　LGWAN接続系及びインターネット接続系に属する情報システムをいう。
第2条 制御系は、インターネット接続系から分離しなければならない。
附　則
この訓令は、令和７年４月１日から施行する。
`);
  assert.deepEqual(a.segments, ['制御系', 'LGWAN接続系', 'インターネット接続系']);
  assert.deepEqual(
    a.dates.map((d) => [d.kind, d.iso]),
    [['施行', '2025-04-01']],
  );
});
