/**
 * A relation written with the office that holds a role (「総務部長の指示を受け」 where 総務部長 is the 情報セキュリティ
 * 責任者) places the subject under that role. Texts written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const tierOf = (text: string, name: string) => analyzePolicy(text).roles.find((r) => r.name === name)?.tier;

test('the office holding a role stands for it in a relation', () => {
  const a = `第１条　市に最高情報セキュリティ責任者を置き、副市長をもって充てる。
第２条　市に情報セキュリティ責任者を置き、総務部長をもって充てる。
２　情報セキュリティ責任者は、最高情報セキュリティ責任者を補佐する。
第３条　課に情報セキュリティ管理者を置き、課長をもって充てる。
２　情報セキュリティ管理者は、総務部長の指示を受け、課の情報セキュリティ対策を行う。
`;
  assert.equal(tierOf(a, '情報セキュリティ管理者'), 3);
  const b = `第１条　管理者は、組合の情報セキュリティに関する最終的な権限を有する。
第２条　事務局長を情報保全責任者とし、管理者を補佐させる。
第３条　総務係長を情報保全担当者とし、事務局長の命を受け、情報資産の管理を行わせる。
`;
  assert.equal(tierOf(b, '情報保全担当者'), 3);
});
