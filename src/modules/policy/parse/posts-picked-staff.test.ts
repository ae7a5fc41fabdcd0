/**
 * A role filled by staff someone picks (「部局責任者が指名する教職員をもって充てる」) has no post: any of them may
 * be picked. An office someone picks (「学長が指名する理事」) is the post.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const roles = (text: string) =>
  analyzePolicy(text).roles.map((r) => `${r.name}|${r.post ?? ''}|${r.appointedBy ?? ''}`);

const TEXT = `（最高情報セキュリティ責任者）
第４条　法人に最高情報セキュリティ責任者（以下「ＣＩＳＯ」という。）を置き、学長が指名する理事をもって充てる。
（学部情報セキュリティ責任者）
第５条　学部に学部情報セキュリティ責任者（以下「学部責任者」という。）を置き、学部長をもって充てる。
２　学部責任者は、ＣＩＳＯの指揮を受け、学部の情報セキュリティ対策を実施する。
（学部情報セキュリティ担当者）
第６条　学部に学部情報セキュリティ担当者（以下「学部担当者」という。）を置き、学部責任者が指名する教職員をもって充てる。
２　学部担当者は、学部責任者の指示に従い、学部の情報機器を管理する。
`;

test('[R-A1] 「…が指名する教職員をもって充てる」: no post, appointed by the role that picks', () => {
  assert.deepEqual(roles(TEXT), [
    'CISO|理事|学長',
    '学部情報セキュリティ責任者|学部長|',
    '学部情報セキュリティ担当者||学部情報セキュリティ責任者',
  ]);
});

test('[R-A1] 「…が指名する教員」 and 「…が指名する事務職員」: no post either', () => {
  for (const staff of ['教員', '事務職員']) {
    const [, , last] = roles(TEXT.replace('指名する教職員', `指名する${staff}`));
    assert.equal(last, '学部情報セキュリティ担当者||学部情報セキュリティ責任者');
  }
});
