/**
 * Segments named with what they are for, listed before 「のネットワーク」, kept apart from networks the text
 * does not call segments, or defined in a proviso; a network divided into segments is no classification.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const sorted = (xs: string[]) => [...xs].sort();

test('「ネットワークは、…を行う甲系、…を行うLGWAN接続系並びに…に用いるインターネット接続系に区分する」', () => {
  const a = analyzePolicy(`１　ネットワーク
（１）　組合のネットワークは、料金の収納及び還付を行う収納系、組合の内部事務を行うLGWAN接続系並びにウェブサイトに用いるインターネット接続系に区分する。
（２）　情報システム管理者は、収納系を他の区分から分離しなければならない。
`);
  assert.deepEqual(sorted(a.segments), sorted(['収納系', 'LGWAN接続系', 'インターネット接続系']));
});

test('「A系、LGWAN接続系及びインターネット接続系のネットワークを分離しなければならない」: each 系 of the list', () => {
  const a =
    analyzePolicy(`第１６条　管理者は、検診記録系、LGWAN接続系及びインターネット接続系のネットワークを論理的に分離しなければならない。
第１７条　職員は、検診記録系の端末からインターネットに接続してはならない。
`);
  assert.deepEqual(sorted(a.segments), sorted(['検診記録系', 'LGWAN接続系', 'インターネット接続系']));
});

test('a 系 whose network is kept apart from other networks is a segment', () => {
  const a = analyzePolicy(`１．ネットワーク
　管理者は、券売系のネットワークを事務用のネットワーク及び来場者用の無線LANから分離しなければならない。
２．通信
　インターネット接続系との通信は、管理者が許可したものに限るものとする。
`);
  assert.deepEqual(sorted(a.segments), sorted(['券売系', 'インターネット接続系']));
});

test('a 系 defined in a proviso (「ただし、X系とは、…情報システムをいう。」) is a segment', () => {
  const a = analyzePolicy(`（１）用語
用語の意義は、市の対策基準の例による。ただし、審議資料系とは、会議資料を端末に配信する情報システムをいう。
（２）責務
職員は、審議資料系及びインターネット接続系の端末を適切に管理しなければならない。
`);
  assert.deepEqual(sorted(a.segments), sorted(['審議資料系', 'インターネット接続系']));
});

test('a network divided into segments 「次のとおり区分する」 is no classification axis', () => {
  const a = analyzePolicy(`第１　分類
１　情報資産は、その機密性に応じ、次のとおり分類する。
（１）　機密性２　個人情報その他公表していない情報
（２）　機密性１　公表している情報
第２　ネットワーク
１　情報システムのネットワークは、次のとおり区分する。
（１）　LGWAN接続系　LGWANに接続する情報システムをいう。
（２）　インターネット接続系　インターネットに接続する情報システムをいう。
（３）　単独系　他のネットワークに接続しない情報システムをいう。
`);
  assert.deepEqual(
    a.classification?.axes ?? [],
    ['機密性'],
    JSON.stringify(a.classification?.levels.map((l) => [l.axis, l.label])),
  );
  assert.deepEqual(sorted(a.segments), sorted(['LGWAN接続系', 'インターネット接続系', '単独系']));
});
