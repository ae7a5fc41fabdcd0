/** Short names given outside brackets: 「XをYと、ZをWという。」「Xを以下「Y」という。」. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const text = `第3条　組合に、別表の役割の欄に掲げる者を置き、同表の充てる職の欄に掲げる職にある者をもって充てる。この場合において、最高情報セキュリティ責任者を以下「ＣＩＳＯ」と、統括情報セキュリティ責任者を以下「統括責任者」という。
第4条　情報システム管理者は、統括責任者の指揮を受け、システムを管理する。
2　統括責任者は、ＣＩＳＯを補佐する。

別表（第3条関係）
役割\t充てる職\t職務
最高情報セキュリティ責任者\t管理者\t組合の対策の総括
統括情報セキュリティ責任者\t事務局長\t対策の実施の統括
情報システム管理者\t総務課長\tシステムの管理
`;

test('「XをYと、ZをWという。」 gives each role its short name, and no role of its own to the short name', () => {
  const roles = analyzePolicy(text).roles;
  const byName = (n: string) => roles.find((r) => r.name === n || r.aliases?.includes(n));
  assert.equal(roles.length, 3, roles.map((r) => r.name).join(' / '));
  assert.equal(byName('統括責任者'), byName('統括情報セキュリティ責任者'));
  assert.equal(byName('CISO'), byName('最高情報セキュリティ責任者'));
  assert.equal(byName('CISO')?.tier, 1);
  assert.equal(byName('統括責任者')?.tier, 2);
  assert.equal(byName('情報システム管理者')?.tier, 3);
});

test('「Xを以下「Y」という。」 without brackets is a short name of X', () => {
  const roles =
    analyzePolicy(`第2条　町に情報セキュリティ統括者を置き、副町長をもって充てる。情報セキュリティ統括者を以下「統括者」という。
第3条　情報セキュリティ管理者は、統括者の指示に従い、課の情報資産を管理する。
2　情報セキュリティ管理者は、課長をもって充てる。
`).roles;
  assert.deepEqual(
    roles.map((r) => `${r.name}:${r.tier}`),
    ['情報セキュリティ統括者:1', '情報セキュリティ管理者:2'],
  );
});

test('a short name given to something that is no role (「情報資産を「資産」と」) adds no role', () => {
  const roles = analyzePolicy(`第2条　情報資産を以下「資産」と、情報システムを以下「システム」という。
第3条　町に情報セキュリティ管理者を置き、総務課長をもって充てる。
`).roles;
  assert.deepEqual(
    roles.map((r) => r.name),
    ['情報セキュリティ管理者'],
  );
});
