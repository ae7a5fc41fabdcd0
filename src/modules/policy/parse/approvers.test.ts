/** Approvers in the other places bodies write them: a column of the levels table, provisos that say how the role checked. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const ROLES = `1 体制
1.1 総括責任者
(1) 組合に総括責任者を置き、事務局長をもって充てる。
1.2 管理責任者
(1) 課に管理責任者を置き、課長をもって充てる。
(2) 管理責任者は、総括責任者を補佐する。
`;

test('approvers in a column of the levels table that a later sentence names (「2.1の表の…欄」), 「－」 = none', () => {
  const a = analyzePolicy(`${ROLES}2 情報資産
2.1 分類
(1) 情報資産は、次の表のとおり分類し、複製及び送付の許可をする者は、同表に定めるとおりとする。
┌────┬──────┬──────┬──────┐
│区分　　│内容　　　　│複製の許可　│送付の許可　│
├────┼──────┼──────┼──────┤
│重要度Ａ│個人情報　　│総括責任者　│総括責任者　│
├────┼──────┼──────┼──────┤
│重要度Ｂ│内部の資料　│管理責任者　│総括責任者　│
├────┼──────┼──────┼──────┤
│重要度Ｃ│公表資料　　│－　　　　　│管理責任者　│
└────┴──────┴──────┴──────┘
2.2 複製
(1) 職員は、情報資産を複製するときは、2.1の表の区分に応じ、同表の複製の許可欄に掲げる者の許可を得なければならない。
2.3 送付
(1) 職員は、情報資産を外部に送付するときは、2.1の表の区分に応じ、同表の送付の許可欄に掲げる者の許可を得なければならない。
`);
  const copy = a.obligations.find((o) => o.text.includes('複製するとき'));
  assert.deepEqual(copy?.approverByLevel, { 重要度A: ['総括責任者'], 重要度B: ['管理責任者'] });
  const send = a.obligations.find((o) => o.text.includes('送付するとき'));
  assert.deepEqual(send?.approverByLevel, {
    重要度A: ['総括責任者'],
    重要度B: ['総括責任者'],
    重要度C: ['管理責任者'],
  });
});

test('a proviso that says how the role checked before allowing, and one that refers to the role as その', () => {
  const a = analyzePolicy(`${ROLES}2 利用
(1) 職員は、端末に外部の機器を接続してはならない。ただし、総括責任者が機器の種類及び接続の方法を確認して許可した場合は、この限りでない。
(2) 職員は、住民の個人情報を電子メールで送信してはならない。ただし、管理責任者が定める暗号化の措置を講じて、その許可を得た場合は、この限りでない。
(3) 職員は、私物の機器を使用してはならない。ただし、送信の内容を二人で確認した場合は、この限りでない。
`);
  const approver = (part: string) => a.obligations.find((o) => o.text.includes(part))?.approver;
  assert.deepEqual(approver('外部の機器'), ['総括責任者']);
  assert.deepEqual(approver('電子メール'), ['管理責任者']);
  assert.equal(approver('私物'), undefined);
});
