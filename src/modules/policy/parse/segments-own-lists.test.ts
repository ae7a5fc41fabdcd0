/**
 * A body's own segments with none of the 三層の対策 beside them: a list of 系 the network is divided into
 * (「基幹系ネットワーク及び情報系ネットワークに分離する」, 「…の３系統に分離する」), two 系 kept apart from each other
 * (「校務系ネットワークは、学習系ネットワークから分離」, 「校務系と学習系を分割する」), a 系 network kept apart from
 * the other 系.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const segments = (text: string) =>
  analyzePolicy(`${text}\n第９条　職員は、情報資産を持ち出してはならない。\n`).segments;

test('[R-C1] a list of 系 only, as networks or counted: each a segment as written', () => {
  assert.deepEqual(
    segments('第５条　町のネットワークは、基幹系ネットワーク及び情報系ネットワークに分離する。'),
    ['基幹系ネットワーク', '情報系ネットワーク'],
  );
  assert.deepEqual(
    segments('第５条　町のネットワークは、住民情報系、内部情報系及び外部接続系の３系統に分離して運用する。'),
    ['住民情報系', '内部情報系', '外部接続系'],
  );
});

test('[R-C1] two 系 kept apart from each other, by topic or as a pair', () => {
  assert.deepEqual(
    segments('第５条　校務系ネットワークは、学習系ネットワークから論理的に分離しなければならない。'),
    ['校務系', '学習系'],
  );
  assert.deepEqual(segments('第５条　管理者は、校務系と学習系を物理的に分割しなければならない。'), [
    '校務系',
    '学習系',
  ]);
  assert.deepEqual(segments('第５条　管理者は、監視系ネットワークを他の系から分離しなければならない。'), [
    '監視系',
  ]);
});

test('a 系 kept apart from 「他の系」 names no second segment; 系 joined by と without 分離 name none', () => {
  assert.deepEqual(segments('第５条　管理者は、各系を他の系から分離しなければならない。'), []);
  assert.deepEqual(segments('第５条　職員は、校務系と学習系を併せて利用することができる。'), []);
});

test('a 系 network defined as a term and later kept apart is one segment, named as defined', () => {
  assert.deepEqual(
    segments(`第２条　この規程において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
一　監視系ネットワーク　ダムの監視装置を接続するネットワークであって、他のネットワークから分離されたもの
第５条　管理者は、必要と認めるときは、監視系ネットワークを他の系統から切り離すことができる。`),
    ['監視系ネットワーク'],
  );
});
