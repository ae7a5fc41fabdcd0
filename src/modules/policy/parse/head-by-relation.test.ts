/**
 * The head of a body named by an office the engine does not know as one (a 代表監査委員, a 企業長, a 館長 of a
 * board …): the text's relations make it the head, never its name.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const roles = (text: string) =>
  analyzePolicy(text).roles.map((r) => `${r.name}|${r.post ?? ''}|${r.tier ?? ''}`);

const TEXT = `第２章　組織体制
2.1　審査主宰委員
審査主宰委員は、審査会及びその事務局における情報セキュリティ対策を総括し、その最終的な責任を負うものとする。
2.2　情報安全責任者
（１）　事務局に情報安全責任者（以下「安全責任者」という。）を置き、事務局長をもって充てる。
（２）　安全責任者は、審査主宰委員の命を受け、事務局における情報セキュリティ対策を統括するものとする。
（３）　事務局に副安全責任者を置き、次長をもって充てる。副安全責任者は、安全責任者を補佐するものとする。
2.3　情報資産管理者
事務局の各課に情報資産管理者を置き、審理課長をもって充てる。情報資産管理者は、安全責任者の指揮を受け、課の情報資産を管理しなければならない。
`;

test('a head the roles are placed under (「Xの命を受け」) and that bears the final responsibility is the top role, held by itself', () => {
  assert.deepEqual(roles(TEXT), [
    '審査主宰委員|審査主宰委員|1',
    '情報安全責任者|事務局長|2',
    '副安全責任者|次長|3',
    '情報資産管理者|審理課長|3',
  ]);
});

test('a subject bearing the final responsibility that no role is placed under is no head', () => {
  const got = roles(TEXT.replace('審査主宰委員の命を受け、', ''));
  assert.ok(!got.some((r) => r.startsWith('審査主宰委員|')), got.join(' / '));
});
