/** 「前項の許可は、…が行う。」: the next 項 names who gives the permission the 項 before asks for. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TEXT = `（体制）
第1条　連合に総括責任者を置き、事務局次長をもって充てる。
②　課に管理責任者を置き、課長をもって充てる。
③　管理責任者は、総括責任者を補佐する。
（分類）
第2条　情報資産は、次のとおり分類する。
(1)　機密性3　被保険者の個人情報
(2)　機密性2　公表していない情報
(3)　機密性1　その他の情報
（複写）
第3条　職員は、機密性3又は機密性2の情報資産を複写するときは、あらかじめ許可を得なければならない。
②　前項の許可は、機密性3の情報資産にあっては総括責任者が、機密性2の情報資産にあっては管理責任者が行う。
（消去）
第4条　職員は、機密性3又は機密性2の情報資産を消去するときは、許可を得なければならない。
②　前項の許可は、いずれの区分についても、管理責任者が行う。
`;

const a = analyzePolicy(TEXT);
const ob = (path: string) => a.obligations.find((o) => o.path === path);

test('the approvers by level of 「前項の許可は」 go to the permission of the 項 before', () => {
  assert.deepEqual(ob('第3条')?.approverByLevel, { 機密性3: ['総括責任者'], 機密性2: ['管理責任者'] });
  assert.equal(ob('第3条/②')?.approver, undefined);
});

test('one approver for every level in 「前項の許可は」: that approver for the levels the permission names', () => {
  assert.deepEqual(ob('第4条')?.approverByLevel, { 機密性3: ['管理責任者'], 機密性2: ['管理責任者'] });
  assert.equal(ob('第4条/②')?.approver, undefined);
});
