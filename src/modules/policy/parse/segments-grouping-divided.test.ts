/**
 * A 系 the text divides into segments of the 三層の対策 (「事務系は、…LGWAN接続系及びインターネット接続系に分離する」)
 * groups them: it is no segment of its own, though a 定義 item defines it, while a 系 kept apart beside it is.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const segments = (text: string) => [...(analyzePolicy(text).segments ?? [])].sort();

test('事務系 defined, then divided into LGWAN接続系 and インターネット接続系', () => {
  assert.deepEqual(
    segments(`第２条　この規程において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
（１）　一般事務系　庶務及び経理の事務に用いる情報システム及びネットワークをいう。
（２）　監視系　河川の水位を監視するシステム及びその専用ネットワークをいう。
第８条　一般事務系は、ＬＧＷＡＮ接続系及びインターネット接続系に分離するものとする。
第９条　監視系は、一般事務系から物理的に分離しなければならない。
`),
    ['LGWAN接続系', 'インターネット接続系', '監視系'].sort(),
  );
  assert.deepEqual(
    segments(`第２条　この要綱において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
（１）　内部事務系　本部の事務に用いる情報システム及びネットワークをいう。
（２）　病院情報系　診療に用いる情報システム及びネットワークをいう。
第８条　情報システム管理者は、内部事務系をＬＧＷＡＮ接続系とインターネット接続系とに分割しなければならない。
`),
    ['LGWAN接続系', 'インターネット接続系', '病院情報系'].sort(),
  );
});

test('a 系 only kept apart from the segments stays a segment', () => {
  assert.deepEqual(
    segments(`第２条　この規程において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
（１）　監視系　河川の水位を監視するシステム及びその専用ネットワークをいう。
第８条　監視系は、ＬＧＷＡＮ接続系及びインターネット接続系から分離するものとする。
`),
    ['LGWAN接続系', 'インターネット接続系', '監視系'].sort(),
  );
});
