/** A post written with the role it fills in brackets (「校長（学校管理者）の許可」) gives the permission as the role. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { approvals } from './approvers.test-support.ts';

const SCHOOL = `1 体制
(1) 学校に学校管理者を置き、校長をもって充てる。
(2) 学校に推進担当者を置き、教頭をもって充てる。
2 分類
(1) 情報資産は、重要度Ａ、重要度Ｂ及び重要度Ｃに分類する。
3 取扱い
`;

test('「post（role）の許可」 in a duty and in a proviso', () => {
  const approver = approvals(
    `${SCHOOL}(1) 教員は、重要度Ｂの情報資産を校外に持ち出すときは、副校長（推進担当者）の許可を得なければならない。
(2) 教員は、重要度Ａの情報資産を校外に持ち出してはならない。ただし、学校長（学校管理者）の承認を得た場合は、この限りでない。
`,
    (o, part) => o.includes(part),
  );
  assert.deepEqual(approver('持ち出すとき'), { 重要度B: ['推進担当者'] });
  assert.deepEqual(approver('持ち出してはならない'), { 重要度A: ['学校管理者'] });
});
