/**
 * 「当該情報システムを所管する課の長」: the head of one kind of unit is that unit's office (「課の長」), unless another role
 * is already filled by the heads of that kind of unit (「課長」「当該課の長」); then the clause is what tells the two
 * apart and the post keeps it. Texts written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const postOf = (text: string, role: string) => analyzePolicy(text).roles.find((r) => r.name === role)?.post;

const head = '第２条　町に統括文書保全責任者を置き、副町長をもって充てる。\n';

test('another role held by 課長: the clause stays with 課の長', () => {
  const text = `${head}第３条　各課に文書保全管理者を置き、課長をもって充てる。
第４条　業務システムごとに業務システム管理者を置き、当該業務システムを所管する課の長をもって充てる。
`;
  assert.equal(postOf(text, '業務システム管理者'), '当該業務システムを所管する課の長');
});

test('another role held by 当該係の長: the clause stays with 係の長', () => {
  const text = `${head}第３条　係ごとに係保全担当者を置き、当該係の長をもって充てる。
第４条　端末ごとに端末管理者を置き、当該端末を使用する係の長をもって充てる。
`;
  assert.equal(postOf(text, '端末管理者'), '当該端末を使用する係の長');
});

test('negative: no role held by the heads of that unit, the post is the unit office', () => {
  const text = `${head}第３条　各課に文書保全管理者を置き、課長をもって充てる。
第４条　端末ごとに端末管理者を置き、当該端末を使用する係の長をもって充てる。
`;
  assert.equal(postOf(text, '端末管理者'), '係の長');
});
