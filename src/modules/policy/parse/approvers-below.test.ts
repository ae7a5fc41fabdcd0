/**
 * Permission wordings beyond 「次の表」 and 「許可・承認」: a table called 「下表」 printed under the last of the
 * items that refer to it, a proviso whose role 「認めて…した」, and 「承諾」 as a permission.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const ROLES = `1 体制
1.1 統括責任者
　副市長を、統括責任者とする。
1.2 課責任者
　各課の長を、課責任者とする。
　課責任者は、統括責任者の指示に従い、課の対策を行う。
2 情報資産
2.1 分類
　情報資産は、機密性に応じ、次のとおり分類する。
ア　機密性Ｓ　市民の個人情報
イ　機密性Ａ　公表を予定していない情報
ウ　機密性Ｂ　公表している情報
`;

const approvals = (text: string) =>
  analyzePolicy(`${ROLES}${text}`)
    .obligations.filter((o) => o.approver?.length)
    .map((o) => [o.path, o.approverByLevel ?? o.approver]);

test('「下表の区分に応じ、…の欄に掲げる者の許可」 in items above the table: each item reads its act’s column', () => {
  assert.deepEqual(
    approvals(`2.2 貸出し及び複写
（1）職員は、機密性Ｓ又は機密性Ａの情報資産を外部に貸し出す場合は、下表の区分に応じ、貸出しの欄に掲げる者の許可を得なければならない。
（2）職員は、機密性Ｓ又は機密性Ａの情報資産を複写する場合は、下表の区分に応じ、複写の欄に掲げる者の許可を得なければならない。
区分\t貸出し\t複写
機密性Ｓ\t統括責任者\t課責任者
機密性Ａ\t課責任者\t不要
機密性Ｂ\t不要\t不要
`),
    [
      ['2/2.2/(1)', { 機密性S: ['統括責任者'], 機密性A: ['課責任者'] }],
      ['2/2.2/(2)', { 機密性S: ['課責任者'] }],
    ],
  );
});

test('「ただし、Xが必要と認めて登録した…については、この限りでない」 names X as who lifts the prohibition', () => {
  assert.deepEqual(
    approvals(`2.2 媒体
　職員は、端末に私物の記録媒体を接続してはならない。ただし、課責任者が業務上必要と認めて台帳に記録した媒体については、この限りでない。
`),
    [['2/2.2', ['課責任者']]],
  );
});

test('「Xの承諾を得ないで…してはならない」 is a permission of X', () => {
  assert.deepEqual(
    approvals(`2.2 再委託
　委託先は、統括責任者の承諾を得ないで、業務を第三者に再委託してはならない。
`),
    [['2/2.2', ['統括責任者']]],
  );
});
