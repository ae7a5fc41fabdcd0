/** Roles set up only in a 別表 of 役割 / 充てる職 / 職務: short names in the role's cell and relations in the duties (snippets written for these tests). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TEXT = `（理事長の責務）
第３条　理事長は、公社の情報セキュリティについて最終的な責任を負う。

（管理体制）
第４条　別表の役割の欄に掲げる役割を置き、同表の充てる職の欄に掲げる職にある者をもって充てる。

別表（第４条関係）
役割	充てる職	職務
最高情報セキュリティ責任者（ＣＩＳＯ）	専務理事	理事長の命を受け、公社の情報セキュリティ対策を総括する。
統括情報セキュリティ責任者	経営企画課長	ＣＩＳＯを補佐し、対策の推進に関する事務を統括する。
情報セキュリティ管理者	課長	ＣＩＳＯの指揮を受け、課の情報資産を管理する。
情報システム担当者	情報係長	統括情報セキュリティ責任者の指示に従い、端末を管理する。
`;

test('「役割（ＣＩＳＯ）」 in a 別表 of roles: the acronym is the short name the duties use, and tiers follow it', () => {
  const a = analyzePolicy(TEXT);
  const role = (n: string) => a.roles.find((r) => r.name === n || r.aliases?.includes(n));
  const tier = (n: string) => role(n)?.tier;
  assert.deepEqual([role('最高情報セキュリティ責任者')?.name, ...(role('CISO')?.aliases ?? [])].sort(), [
    'CISO',
    '最高情報セキュリティ責任者',
  ]);
  assert.equal(tier('理事長'), 1);
  assert.equal(tier('最高情報セキュリティ責任者'), 2);
  assert.equal(tier('統括情報セキュリティ責任者'), 3);
  assert.equal(tier('情報セキュリティ管理者'), 3);
  assert.equal(tier('情報システム担当者'), 4);
});
