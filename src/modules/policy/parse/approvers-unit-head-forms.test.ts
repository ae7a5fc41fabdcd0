/**
 * An office that fills a role, written later by the head's title alone: 「学校の校長」 as 校長, 「各施設の施設長」 as 施設長,
 * 「センター所長」 as 所長. An approval asked of that title is the role's. Texts written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const approverOf = (text: string, part: string) =>
  analyzePolicy(text).obligations.find((o) => o.text.includes(part))?.approver;

test('「学校の校長」 written 校長, 「各施設の施設長」 written 施設長', () => {
  const a = `第１条　教育委員会に統括責任者を置き、教育長をもって充てる。
第２条　学校に学校管理者を置き、学校の校長をもって充てる。
第３条　教職員は、児童生徒の写真を学校の外に持ち出すときは、校長の許可を得なければならない。
`;
  assert.deepEqual(approverOf(a, '写真'), ['学校管理者']);
  const b = `第１条　法人に統括責任者を置き、常務理事をもって充てる。
第２条　施設に施設管理者を置き、各施設の施設長をもって充てる。
第３条　職員は、利用者の記録を複製するときは、施設長の承認を得なければならない。
`;
  assert.deepEqual(approverOf(b, '複製する'), ['施設管理者']);
});

test('「センター所長」 written 所長', () => {
  const a = `第１条　組合に統括責任者を置き、事務局長をもって充てる。
第２条　センターに制御管理者を置き、センター所長をもって充てる。
第３条　委託業者は、所長の許可なく、制御系に機器を接続してはならない。
`;
  assert.deepEqual(approverOf(a, '制御系'), ['制御管理者']);
});
