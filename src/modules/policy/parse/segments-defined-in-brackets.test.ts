/**
 * A 系 defined in brackets right after its name where a rule first names it (「給与系（…情報システムをいう。）を、…
 * 分離しなければならない」) is a segment of its own, beside those of the 三層の対策.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const segments = (text: string) => [...(analyzePolicy(text).segments ?? [])].sort();

test('a 系 defined in brackets in the rule that keeps it apart', () => {
  assert.deepEqual(
    segments(`第５条　システム管理者は、年金事務系（年金の裁定及び支給の事務を処理する情報システムをいう。）を、他の領域と通信できないよう分離しなければならない。
第６条　システム管理者は、ＬＧＷＡＮ接続系とインターネット接続系との通信を、無害化処理を経たものに限らなければならない。
`),
    ['LGWAN接続系', 'インターネット接続系', '年金事務系'].sort(),
  );
  assert.deepEqual(
    segments(`第５条　職員は、窓口収納系（窓口で収納する料金を管理するシステム及びその端末をいう。以下同じ。）の端末に私物の機器を接続してはならない。
第６条　職員は、インターネット接続系の端末で取得したファイルを無害化しなければならない。
`),
    ['インターネット接続系', '窓口収納系'].sort(),
  );
});

test('a 系 in brackets that only explains what a system is for is no segment', () => {
  assert.deepEqual(
    segments(`第５条　職員は、会計系（財務会計の事務をいう。）の書類を施錠できる書庫に保管しなければならない。
第６条　職員は、インターネット接続系の端末で取得したファイルを無害化しなければならない。
`),
    ['インターネット接続系'],
  );
});
