/** A segment of the 三層の対策 named only as another body's network a 系 is joined to: 「…で、県のLGWAN接続系に接続されたものをいう」. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const segments = (text: string) => [...analyzePolicy(text).segments].sort();
const END = '第９条　職員は、この規程を遵守しなければならない。\n';

test('the owner’s segment (県の, 市の) is not one of the body’s', () => {
  assert.deepEqual(
    segments(`第２条　この規程において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
（１）診療系　電子カルテシステムを接続するネットワークであって、インターネットから分離されたものをいう。
（２）事務系　事務を処理する情報システム及びネットワークで、県のＬＧＷＡＮ接続系に接続されたものをいう。
${END}`),
    ['事務系', '診療系'],
  );
  assert.deepEqual(
    segments(`第２条　この規程において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
（１）業務系　業務を処理するネットワークであって、市のインターネット接続系に接続されたものをいう。
（２）制御系　施設を制御するネットワークであって、他のネットワークから分離されたものをいう。
${END}`),
    ['制御系', '業務系'],
  );
});

test('without an owner, or named again elsewhere, the segment stays', () => {
  assert.deepEqual(
    segments(`第２条　この規程において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
（１）研究系　研究に用いるネットワークであって、インターネット接続系に接続されたものをいう。
（２）事務系　事務に用いるネットワークであって、研究系から分離されたものをいう。
${END}`),
    ['インターネット接続系', '事務系', '研究系'],
  );
  assert.deepEqual(
    segments(`第２条　この規程において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
（１）事務系　事務を処理するネットワークで、県のＬＧＷＡＮ接続系に接続されたものをいう。
（２）診療系　診療に用いるネットワークであって、他から分離されたものをいう。
第５条　職員は、ＬＧＷＡＮ接続系の端末を持ち出してはならない。
${END}`),
    ['LGWAN接続系', '事務系', '診療系'],
  );
});
