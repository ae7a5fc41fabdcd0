/** People terms as bodies define them, and the actor of sentences about those people (snippets written for these tests). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const actorOf = (text: string, starts: string) =>
  analyzePolicy(text).obligations.find((o) => o.text.startsWith(starts))?.actors;

test('terms defined inside an unnumbered opening sentence (「…「職員等」とは、…をいい、「運転士」とは、…をいう」) act as written', () => {
  const text = `町営バス情報セキュリティ対策基準

　この基準は、町営バスの情報資産を守るために必要な事項を定める。この基準において「職員等」とは、町営バスの職員及び派遣労働者をいい、「運転士」とは、職員等のうち車両の運転に従事する者をいう。

1　持出し
(1)　運転士は、乗客の個人情報を記録した書類を車内に放置してはならない。
(2)　職員等は、情報資産を持ち出すときは、課長の許可を得なければならない。
`;
  assert.deepEqual(actorOf(text, '運転士は'), ['運転士']);
  assert.deepEqual(actorOf(text, '職員等は'), ['職員等']);
});

test('the kinds of people a defined term gathers act on their own: 「…に勤務する医師、薬剤師…」 → 薬剤師は', () => {
  const text = `第1条 この規程において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
(1) 職員等 診療所に勤務する医師、薬剤師及び事務職員をいう。
第2条 薬剤師は、調剤の記録を施錠できる書庫に保管しなければならない。
2 職員等は、研修を受けなければならない。
`;
  assert.deepEqual(actorOf(text, '薬剤師は'), ['薬剤師']);
  assert.deepEqual(actorOf(text, '職員等は'), ['職員等']);
});

test('[R-P1] people named by their kind act as written: 認定調査員, 審査会委員, 学級担任及び教科担任, 職員以外の者', () => {
  const text = `１　取扱い
（１）訪問調査員は、調査票を施錠できる鞄に入れて携行しなければならない。
（２）給付審査会委員は、審査資料を複写してはならない。
（３）保健担任及び体育担任は、健康記録を校務系の端末でのみ扱わなければならない。
（４）職員以外の者は、執務室に立ち入ってはならない。
`;
  assert.deepEqual(actorOf(text, '訪問調査員は'), ['訪問調査員']);
  assert.deepEqual(actorOf(text, '給付審査会委員は'), ['給付審査会委員']);
  assert.deepEqual(actorOf(text, '保健担任及び'), ['保健担任', '体育担任']);
  assert.deepEqual(actorOf(text, '職員以外の者は'), ['職員以外の者']);
});
