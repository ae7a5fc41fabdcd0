/** A body's own 系 named in a list of terms, beside the 三層の対策's segments, or kept from being joined to them (snippets written for these tests). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

test('a 系 defined on a 「ア．」 line of a list of terms that stays in its clause is a segment', () => {
  const a = analyzePolicy(`１．総則
（１）　定義
この基準において、次に掲げる用語の意義は、それぞれ次のとおりとする。
ア．水位観測系　河川の水位を観測するシステム及びその通信回線をいう。
イ．LGWAN接続系　内部事務を行う情報システムをいう。
ウ．職員　組合に勤務する職員をいう。
`);
  assert.deepEqual([...a.segments].sort(), ['LGWAN接続系', '水位観測系'].sort());
});

test('a 系 whose network must not be joined to a segment of the 三層の対策 is a segment', () => {
  const a = analyzePolicy(`１　ネットワーク
（１）　担当者は、港湾管理系のネットワークを、LGWAN接続系又はインターネット接続系のネットワークに接続してはならない。
（２）　担当者は、他の系のネットワークを外部に接続してはならない。
`);
  assert.deepEqual([...a.segments].sort(), ['LGWAN接続系', 'インターネット接続系', '港湾管理系'].sort());
});

test('a 系 listed with a segment of the 三層の対策 as one more kind of the same systems is a segment; 各系 is none', () => {
  const a = analyzePolicy(`１　体制
（１）　管理者は、料金収納系及びインターネット接続系の情報システムの運用を行うものとする。
（２）　管理者は、各系の端末の台帳を整備しなければならない。
`);
  assert.deepEqual([...a.segments].sort(), ['インターネット接続系', '料金収納系'].sort());
});
