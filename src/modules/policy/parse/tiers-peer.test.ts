/** 「Yと連携し」: a role the text places only beside another stands on that role's tier, not on top. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const tiers = (text: string) => analyzePolicy(text).roles.map((r) => `${r.name}|${r.tier ?? ''}`);

test('「Xは、Yと連携し、…」 puts X on Y’s tier, and what X appoints below it', () => {
  assert.deepEqual(
    tiers(`第２条　町に情報管理総括者を置き、副町長をもって充てる。
２　情報管理総括者は、町の情報セキュリティ対策について最終的な判断を行う。
第３条　課に課情報管理者を置き、課長をもって充てる。
２　課情報管理者は、情報管理総括者の命を受け、課の対策を行う。
第４条　業務システムを所管する所属の長を、業務システム管理者とする。
２　業務システム管理者は、課情報管理者と連携し、業務システムの運用に当たる。
３　業務システム管理者は、課の職員のうちから業務システム担当者を指名する。
`),
    ['情報管理総括者|1', '課情報管理者|2', '業務システム管理者|2', '業務システム担当者|3'],
  );
});

test('[R-A1] a role under X (「Xの指揮を受け」) that works beside a lower role (「…管理者と連携して」) stands on that role’s tier', () => {
  assert.deepEqual(
    tiers(`第２条　市に情報統括者を置き、副市長をもって充てる。
２　市に部情報責任者を置き、各部長をもって充てる。部情報責任者は、情報統括者の指揮を受ける。
３　市に課情報管理者を置き、各課長をもって充てる。課情報管理者は、部情報責任者の指示に従う。
４　市にシステム管理者を置き、情報政策課長をもって充てる。
５　システム管理者は、情報統括者の指揮を受け、共通基盤を運用する。
６　システム管理者は、課のシステムについて、課情報管理者と連携して管理しなければならない。
`),
    ['情報統括者|1', '部情報責任者|2', '課情報管理者|3', 'システム管理者|3'],
  );
});

test('working beside a higher role places no role above where the text puts it', () => {
  assert.deepEqual(
    tiers(`第２条　市に情報統括者を置き、副市長をもって充てる。
２　市に部情報責任者を置き、各部長をもって充てる。部情報責任者は、情報統括者の指揮を受ける。
３　市に課情報管理者を置き、各課長をもって充てる。課情報管理者は、部情報責任者の指示に従う。
４　課情報管理者は、部情報責任者と連携して、課の対策を実施する。
`),
    ['情報統括者|1', '部情報責任者|2', '課情報管理者|3'],
  );
});
