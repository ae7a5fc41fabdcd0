/** The role the text gives the final say (最終的な決定) heads the roles the text relates to nobody. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const tiers = (duty: string) =>
  analyzePolicy(`第1条　組合に、別表の役割の欄に掲げる者を置き、同表の充てる職の欄に掲げる職にある者をもって充てる。
第2条　前条の者は、別表の職務の欄に掲げる職務を行う。

別表（第1条関係）
役割\t充てる職\t職務
情報セキュリティ最高責任者\t理事\t${duty}
情報資産管理者\t主幹\t情報資産の台帳の整備
`).roles.map((r) => `${r.name}:${r.tier ?? '-'}`);

test('a 別表 duty 「…の総括及び最終的な決定」 makes the role the top', () => {
  assert.deepEqual(tiers('組合の対策の総括及び最終的な決定'), [
    '情報セキュリティ最高責任者:1',
    '情報資産管理者:2',
  ]);
});

test('「…に関する最終的な判断を行う」 makes the role the top', () => {
  assert.deepEqual(tiers('対策に関する最終的な判断を行うこと'), [
    '情報セキュリティ最高責任者:1',
    '情報資産管理者:2',
  ]);
});

test('negative: 「…の最終的な決定に従い」 gives no final say', () => {
  assert.deepEqual(tiers('理事会の最終的な決定に従い行う対策の実施'), [
    '情報セキュリティ最高責任者:-',
    '情報資産管理者:-',
  ]);
});
