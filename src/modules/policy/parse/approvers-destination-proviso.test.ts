/**
 * A prohibition lifted by a proviso that names no one (「ただし、…許可を受けたときは、この限りでない。」) over a
 * 「申請先：X」 line, where the text makes the 申請先 the one who allows: X gives the leave, by level where the
 * lines are split by level. Without that statement the 申請先 line names no one who allows.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const RULE = '（２）許可を要する行為には、その下に「申請先」を示す。申請先は、当該行為の許可権者とする。\n';

const text = (rule: string) => `1.　総則
（1）この基準は、組合の情報資産の取扱いを定める。
${rule}2.　体制
（1）組合に統括管理者を置き、事務局長をもって充てる。
（2）各課に課管理者を置き、課長をもって充てる。課管理者は、統括管理者の指揮を受ける。
3.　分類
（1）情報資産は、その重要度に応じ、重要度Ａ、重要度Ｂ及び重要度Ｃに分類する。
4.　取扱い
（1）複写
ア　職員は、重要度Ａの情報資産を複写してはならない。ただし、監査の資料とするため必要な範囲で、許可を受けたときは、この限りでない。
　申請先：統括管理者
（2）貸出し
ア　職員は、重要度Ａ又は重要度Ｂの情報資産を外部の者に貸し出してはならない。ただし、共同の事業のため、許可を受けた場合は、この限りでない。
　申請先：重要度Ａ　統括管理者
　　　　　重要度Ｂ　課管理者
`;

test('the 申請先 below a proviso gives the prohibition its approver, by level where split', () => {
  const a = analyzePolicy(text(RULE));
  const copy = a.obligations.find((o) => o.path === '4./(1)/ア');
  assert.equal(copy?.modality, 'must_not');
  assert.deepEqual(copy?.approver, ['統括管理者']);
  const lend = a.obligations.find((o) => o.path === '4./(2)/ア');
  assert.deepEqual(lend?.approverByLevel, { 重要度A: ['統括管理者'], 重要度B: ['課管理者'] });
});

test('without the text making the 申請先 the one who allows, the proviso names no approver', () => {
  const a = analyzePolicy(text(''));
  assert.equal(a.obligations.find((o) => o.path.endsWith('(1)/ア'))?.approver, undefined);
});
