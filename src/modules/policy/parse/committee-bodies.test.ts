/**
 * Bodies beside a committee (a 幹事会, a 部会, a ワーキンググループ) are committees of their own, each with its
 * own head and members; a 庶務 clause shared by several bodies names the secretariat of each.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const committees = (text: string) =>
  analyzePolicy(text).committees.map((c) =>
    [
      c.name,
      c.chair?.post ?? '-',
      c.viceChair?.post ?? '-',
      (c.memberNames ?? []).join('・') || '-',
      c.secretariat ?? '-',
    ].join('|'),
  );

test('a 幹事会 and a 部会 set up under their own headings have their own heads, members and secretariat', () => {
  assert.deepEqual(
    committees(`２　推進体制
（１）　設置
　組合に、情報化の重要事項を審議するため、情報化推進委員会（以下「委員会」という。）を置く。
（２）　組織
ア　委員長は、事務局長をもって充てる。
イ　副委員長は、庶務課長をもって充てる。
ウ　委員は、業務課長及び施設課長をもって充てる。
（３）　幹事会
ア　委員会に付議する事項を調整するため、委員会に幹事会を置く。
イ　幹事会は、幹事長及び幹事をもって組織し、幹事長は庶務係長を、幹事は業務係長及び施設係長をもって充てる。
ウ　幹事会は、付議する事項の案を作成しなければならない。
（４）　部会
ア　技術的な事項を検討するため、委員会に基盤部会を置く。
イ　基盤部会の部会長は情報システム管理者を、部会員は情報システム担当者をもって充てる。
（５）　庶務
　委員会、幹事会及び基盤部会の庶務は、庶務課において処理する。
３　情報資産
（１）　職員は、情報資産を適切に管理しなければならない。
`),
    [
      '情報化推進委員会|事務局長|庶務課長|業務課長・施設課長|庶務課',
      '幹事会|庶務係長|-|業務係長・施設係長|庶務課',
      '基盤部会|情報システム管理者|-|情報システム担当者|庶務課',
    ],
  );
});

test('a working group set up in one sentence: its head, and its secretariat held by a unit’s staff is the unit', () => {
  assert.deepEqual(
    committees(`４　推進体制
（１）推進会議
　公社に、情報化推進会議（以下「推進会議」という。）を置く。
ア　議長は統括者を、副議長は企画課長をもって充てる。
イ　委員は、総務課長及び企画課長とする。
（２）作業部会
　推進会議に運用ワーキンググループを置き、座長は企画課長をもって充て、構成員は各課の主査をもって充てる。運用ワーキンググループの庶務は、企画課の情報担当職員が処理する。
５　情報資産
（１）職員は、情報資産を適切に管理しなければならない。
`),
    [
      '情報化推進会議|統括者|企画課長|総務課長・企画課長|-',
      '運用ワーキンググループ|企画課長|-|各課の主査|企画課',
    ],
  );
});

test('「Xを委員長とし、A及びBを委員とする」 and 「委員は、次に掲げる者をもって充てる」 name the seats', () => {
  assert.deepEqual(
    committees(`第７条　組合に、情報保全委員会（以下「委員会」という。）を置き、統括者を委員長とし、庶務課長及び業務課長を委員とする。
２　委員会の事務局は、庶務課に置く。
第８条　組合に、情報化調整会議（以下「調整会議」という。）を置く。
２　調整会議は、議長及び委員をもって組織し、議長は統括者をもって充てる。
３　委員は、次に掲げる者をもって充てる。
一　庶務課長
二　業務課長
第９条　職員は、情報資産を適切に管理しなければならない。
`),
    ['情報保全委員会|統括者|-|庶務課長・業務課長|庶務課', '情報化調整会議|統括者|-|庶務課長・業務課長|-'],
  );
});
