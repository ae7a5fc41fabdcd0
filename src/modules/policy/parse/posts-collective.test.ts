/** Offices named together by the name the text gives them (snippets written for these tests). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

test('「…は、薬剤部長、看護部長及び事務部次長（以下「部門長」という。）をもって充てる」: the post is the name given to the offices', () => {
  const a = analyzePolicy(`（１）情報セキュリティ責任者
情報セキュリティ責任者は、薬剤部長、看護部長及び事務部次長（以下「部門長」という。）をもって充てる。
（２）情報セキュリティ管理者
情報セキュリティ管理者は、課長をもって充てる。
`);
  assert.equal(a.roles.find((r) => r.name === '情報セキュリティ責任者')?.post, '部門長');
  assert.equal(a.roles.find((r) => r.name === '情報セキュリティ管理者')?.post, '課長');
});
