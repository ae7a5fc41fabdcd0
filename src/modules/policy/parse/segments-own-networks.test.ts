/**
 * A body's own networks, named 「…系ネットワーク」 and set apart by the text: an item of its list of terms that
 * defines one without 「をいう」 (「（３）業務系ネットワーク　…に用いるネットワークであって、…と分離されたもの」), or
 * one listed with the segments of the 三層の対策 the body's network is divided into.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const segments = (text: string) => analyzePolicy(text).segments;

test('[R-C1] terms 「業務系ネットワーク」「研究系ネットワーク」 defined as networks in a list of terms: two segments', () => {
  assert.deepEqual(
    segments(`（定義）
第２条　この規程において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
（１）情報資産　法人が保有する情報及び情報システム
（２）利用者　教職員及び学生
（３）業務系ネットワーク　法人の業務処理に用いるネットワークであって、研究系ネットワークと論理的に分離されたもの
（４）研究系ネットワーク　研究のために教員及び学生が利用するネットワーク
第３条　利用者は、私物の端末を業務系ネットワークに接続してはならない。
`),
    ['業務系ネットワーク', '研究系ネットワーク'],
  );
});

test('[R-C1] a 系 term that is no network (「会計系システム」) and a network with no 系: no segment by this form', () => {
  assert.deepEqual(
    segments(`（定義）
第２条　この規程において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
（１）情報資産　法人が保有する情報及び情報システム
（２）業務ネットワーク　法人の業務処理に用いるネットワーク
（３）会計系システム　会計の事務を処理する情報システムであって、業務ネットワークに接続されたもの
`),
    [],
  );
});

test('[R-C1] 「ネットワークは、監視系ネットワーク、LGWAN接続系及びインターネット接続系に区分する」: the 系 network is one', () => {
  assert.deepEqual(
    segments(`第４条　局のネットワークは、監視系ネットワーク、ＬＧＷＡＮ接続系及びインターネット接続系に区分する。
２　職員は、監視系ネットワークに接続された機器を、他のネットワークに接続してはならない。
`).sort(),
    ['LGWAN接続系', 'インターネット接続系', '監視系ネットワーク'],
  );
});
