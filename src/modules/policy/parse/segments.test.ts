/** Segments of a body's own beside the 三層の対策 (snippets written for these tests). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

test('a 系 the text keeps apart from a segment is a segment, though no clause defines it', () => {
  const a = analyzePolicy(`1 ネットワーク
1-1 水運用系の分離
(1) 施設管理者は、水運用系をLGWAN接続系及びインターネット接続系から物理的に分離しなければならない。
(2) 施設管理者は、水運用系の端末に記録媒体を接続させてはならない。
1-2 その他
(1) 職員は、他の系を用いて水運用系に接続してはならない。
`);
  assert.deepEqual(a.segments, ['水運用系', 'LGWAN接続系', 'インターネット接続系']);
});

test('a 系 defined as not belonging to a segment (「…に属さないもの」) is a segment; a word like 体系 is not', () => {
  const a =
    analyzePolicy(`第2条 この規程において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
(1) 窓口系 証明書の交付その他窓口の事務に用いる情報システムで、インターネット接続系に属さないものをいう。
(2) インターネット接続系 インターネットに接続する情報システムをいう。
第3条 職員は、この規程の体系を理解しなければならない。
2 課長は、文書の体系を書庫の棚から分離して示すものとする。
`);
  assert.deepEqual(a.segments, ['インターネット接続系', '窓口系']);
});

test('[R-C1] every 系 of the list a segment is kept apart from is a segment: 「A系を、LGWAN接続系及びB系から分離」', () => {
  const a = analyzePolicy(`1 ネットワーク
(1) 管理者は、給水制御系を、LGWAN接続系、インターネット接続系及び料金計算系から物理的に分離しなければならない。
(2) 職員は、料金計算系の端末を私的に利用してはならない。
`);
  assert.deepEqual(
    [...a.segments].sort(),
    ['LGWAN接続系', 'インターネット接続系', '料金計算系', '給水制御系'].sort(),
  );
});
