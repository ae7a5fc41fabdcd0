/** People terms that do not end in 員/者: 受講生等, 児童等 — defined as 「…する者をいう」 (snippets written for these tests). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TEXT = `（定義）
第２条　この規程において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
一　職員等　センターの職員及び派遣労働者をいう。
二　受講生等　センターの講座を受講する者及び聴講する者をいう。
三　児童等　センターの児童室を利用する小学生その他の年少の者をいう。
四　端末室　センターが受講生等の利用に供する端末を置く室をいう。
第３条　受講生等は、端末室の端末に私物の記録媒体を接続してはならない。
２　職員等及び児童等は、児童室の端末で個人情報を入力してはならない。
３　端末室は、施錠できるものでなければならない。
`;

const actorOf = (starts: string) =>
  analyzePolicy(TEXT).obligations.find((o) => o.text.startsWith(starts))?.actors;

test('a term defined as 「…者をいう」 names people and acts as written, alone or beside another term', () => {
  assert.deepEqual(actorOf('受講生等は'), ['受講生等']);
  assert.deepEqual(actorOf('職員等及び児童等は'), ['職員等', '児童等']);
});

test('a term defined as a place (「…室をいう」) acts for no one', () => {
  assert.notDeepEqual(actorOf('端末室は'), ['端末室']);
});
