/** More ways a body names its segments: a list the network is divided into, a 系 connected to one, a part of one (snippets written for these tests). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

test('「ネットワークは、A、B及びCに区分する」: every 系 of the list is a segment', () => {
  const a = analyzePolicy(`第1章 総則
1 ネットワーク
　町のネットワークは、防災無線系、LGWAN接続系及びインターネット接続系に区分する。
　防災無線系は、防災行政無線の情報システムで構成する。
2 管理
　課長は、防災無線系の端末を施錠できる室に置かなければならない。
`);
  assert.deepEqual([...a.segments].sort(), ['防災無線系', 'LGWAN接続系', 'インターネット接続系'].sort());
});

test('a 系 defined as connected to a segment (「…インターネット接続系に接続されたもの」) is a segment of its own', () => {
  const a =
    analyzePolicy(`第2条 この規程において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
一 実習系 生徒の実習に用いるネットワークであって、インターネット接続系に接続されたものをいう。
二 校務系 教職員の校務に用いるネットワークであって、実習系から分離されたものをいう。
第3条 職員は、実習系の端末で校務の情報を取り扱ってはならない。
`);
  assert.deepEqual([...a.segments].sort(), ['インターネット接続系', '実習系', '校務系'].sort());
});

test('a 系 defined as part of a segment (「LGWAN接続系の情報システムであって…」) stays no segment where another is kept apart from it', () => {
  const a =
    analyzePolicy(`第2条 この規程において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
(1) 監視制御系 浄水場の運転を監視し、及び制御する情報システムをいう。
(2) 庶務系 LGWAN接続系の情報システムであって、庶務の処理に用いるものをいう。
第3条 課長は、監視制御系を庶務系及びインターネット接続系から分離しなければならない。
`);
  assert.deepEqual(a.segments, ['監視制御系', 'LGWAN接続系', 'インターネット接続系']);
});

test('[R-C1] 「X系を他の系から分離しなければならない」: a 系 kept apart from the other 系 is a segment of its own', () => {
  const a = analyzePolicy(`１　ネットワーク
（１）　施設課長は、下水処理系を他の系から物理的に分離しなければならない。
（２）　職員は、LGWAN接続系の端末でインターネット接続系の情報を扱ってはならない。
`);
  assert.deepEqual(a.segments, ['下水処理系', 'LGWAN接続系', 'インターネット接続系']);
});
