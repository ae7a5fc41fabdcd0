/**
 * Approvers as the items below a permission sentence that names no one: 「次の区分に従い許可を得なければならない」
 * over ①②③ (one 「許可を要しない」), and items that split the sentence's one level by content.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TEXT = `１．体制
（１）財団に統括責任者を置き、常務理事をもって充てる。
（２）各館に管理責任者を置き、館長をもって充てる。
（３）管理責任者は、統括責任者の指揮を受ける。
２．分類
情報資産は、次のとおり分類する。
①　甲種情報　利用者の個人情報
②　乙種情報　内部の事務に用いる情報
③　丙種情報　公表された情報
３．貸出し
職員は、情報資産を館の外に貸し出すときは、次の区分に従い許可を得なければならない。
①　甲種情報　統括責任者の許可
②　乙種情報　管理責任者の許可
③　丙種情報　許可を要しない
４．提供
職員は、甲種情報を財団以外の者に提供するときは、次に定める者の許可を得なければならない。
ア　利用者の健康に関するもの　統括責任者
イ　アに掲げるもの以外のもの　管理責任者
`;

const ob = (path: string) => analyzePolicy(TEXT).obligations.find((o) => o.path === path);

test('「次の区分に従い許可を」 over items naming each level’s approver; 「許可を要しない」 gives none', () => {
  assert.deepEqual(ob('3.')?.approverByLevel, { 甲種情報: ['統括責任者'], 乙種情報: ['管理責任者'] });
});

test('items that split the sentence’s level by content: every item’s approver for that level', () => {
  assert.deepEqual(ob('4.')?.approverByLevel, { 甲種情報: ['統括責任者', '管理責任者'] });
});
