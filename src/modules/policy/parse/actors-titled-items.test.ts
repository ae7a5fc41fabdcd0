/**
 * An item that only gives a title (「（１）盗難の防止」) between a lead (「職員は、…次に掲げる事項を守らなければならない」)
 * and the items under the title hands the lead's actors on to those items. Snippets written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const actors = (text: string) =>
  analyzePolicy(text).obligations.map((o) => `${o.path} ${o.actors.join('・') || '-'}`);

test('items under a titled item of a lead take the lead’s actor (articles, 項, （１）, ア)', () => {
  assert.deepEqual(
    actors(`第２条　村に情報セキュリティ管理者を置き、総務課長をもって充てる。
第３条　職員等は、端末を庁舎の外で使用するときは、次に掲げる事項を守らなければならない。
（１）　紛失の防止
ア　移動中は、端末を手元から離さないこと。
イ　車内に端末を置いたまま離れないこと。
（２）　画面の保護
ア　人目のある場所では、重要な情報を表示しないこと。
`),
    ['第3条 職員等', '第3条/(1)/ア 職員等', '第3条/(1)/イ 職員等', '第3条/(2)/ア 職員等'],
  );
});

test('items under a titled item of a lead take the lead’s actor (1, (1), ①)', () => {
  assert.deepEqual(
    actors(`1　組織
(1)　村に情報セキュリティ管理者を置き、総務課長をもって充てる。
2　パスワード
(1)　情報セキュリティ管理者は、利用者ＩＤの管理について、次の事項を行わなければならない。
ア　登録
①　異動の際は、速やかに登録を変更すること。
イ　削除
①　退職者の利用者ＩＤを速やかに削除すること。
`),
    [
      '2/(1) 情報セキュリティ管理者',
      '2/(1)/ア/① 情報セキュリティ管理者',
      '2/(1)/イ/① 情報セキュリティ管理者',
    ],
  );
});
