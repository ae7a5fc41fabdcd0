/**
 * A body's own word for its staff (書記等, 主事等) that does not end in 員/者, defined as its staff 「…職員をいう」: it names
 * people, and acts as written. Texts written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const actorOf = (text: string, starts: string) =>
  analyzePolicy(text).obligations.find((o) => o.text.startsWith(starts))?.actors;

test('「書記等　…書記並びに…職員をいう」 as a definition item: 書記等 acts', () => {
  const text = `第１　この要綱は、委員会の情報資産の取扱いについて定める。
第２　この要綱において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
（１）書記等　事務局の書記長及び書記並びに選挙の執行のために任用された会計年度任用職員をいう。
（２）端末　事務局が書記等に貸与するパソコンをいう。
第３　書記等は、端末に私物の記録媒体を接続してはならない。
２　端末は、施錠できる場所に保管しなければならない。
`;
  assert.deepEqual(actorOf(text, '書記等は'), ['書記等']);
  assert.notDeepEqual(actorOf(text, '端末は'), ['端末']);
});

test('「「主事等」とは、…職員をいう」 in a sentence of its own: 主事等 acts', () => {
  const text = `（定義）
第２条　「主事等」とは、組合の主事及び主事補並びに構成町から派遣された職員をいう。
（遵守）
第３条　主事等は、この規程を遵守しなければならない。
`;
  assert.deepEqual(actorOf(text, '主事等は'), ['主事等']);
});
