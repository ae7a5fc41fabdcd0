/** Appointment wordings and tier relations beyond 「…をもって充てる」 (snippets written for these tests). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const roles = (text: string) =>
  analyzePolicy(text).roles.map((r) => `${r.name}|${r.post ?? ''}|${r.tier ?? ''}|${r.appointedBy ?? ''}`);

test('「…の職にある者をもって充てる」 and 「…の職にある者とする」: the post is the office', () => {
  assert.deepEqual(
    roles(`第３条　町に情報セキュリティ総括者（以下「総括者」という。）を置き、副町長の職にある者をもって充てる。
２　各課に情報セキュリティ担当責任者を置き、課長の職にある者をもって充てる。
３　情報セキュリティ担当責任者は、総括者の指示に従い、課の情報資産を管理する。
第４条　情報セキュリティ担当責任者は、総括者を補佐する。
`),
    ['情報セキュリティ総括者|副町長|1|', '情報セキュリティ担当責任者|課長|2|'],
  );
});

test('「Xを置き、Yが兼ねる」 fills the role with Y', () => {
  assert.deepEqual(
    roles(`第２条　組合に情報セキュリティ統括者（以下「統括者」という。）を置き、事務局次長が兼ねる。
第３条　組合に情報管理責任者を置き、総務課長をもって充てる。
２　情報管理責任者は、統括者を補佐する。
`),
    ['情報セキュリティ統括者|事務局次長|1|', '情報管理責任者|総務課長|2|'],
  );
});

test('「Xを置き、X（or its short name）は、Yとする」: Y fills X even when Y reads like a role (a 公営企業の管理者)', () => {
  assert.deepEqual(
    roles(`1 体制
(1) 企業局に情報統括責任者（以下「統括者」という。）を置き、統括者は、公営企業管理者とする。
(2) 企業局に情報保護責任者を置き、情報保護責任者は、経営課長の職にある者とする。
(3) 情報保護責任者は、統括者の指揮の下、情報資産を管理する。
`),
    ['情報統括責任者|公営企業管理者|1|', '情報保護責任者|経営課長|2|'],
  );
});

test('「Xは、Yが任命する」 names no post: X sits below Y, and its 「…を総括する」 makes it no top authority', () => {
  assert.deepEqual(
    roles(`1 体制
(1) 公社に情報統括責任者を置き、理事長をもって充てる。
(2) 情報監査責任者は、情報統括責任者が任命する。
(3) 情報監査責任者は、監査の計画及び実施を総括する。
(4) 公社に情報管理者を置き、総務課長をもって充てる。
(5) 情報管理者は、課の情報資産を管理する。
(6) 情報統括責任者は、情報セキュリティに関する最終的な決定権限を有する。
`),
    ['情報統括責任者|理事長|1|', '情報監査責任者||2|情報統括責任者', '情報管理者|総務課長|2|'],
  );
});

test('a CIO above the CISO by 「CIOの指揮の下」, and 「CIOの直属として」 puts a role right under the CIO', () => {
  assert.deepEqual(
    roles(`1 体制
(1) 局に情報化統括責任者（以下「CIO」という。）を置き、局長をもって充てる。
(2) 局に最高情報セキュリティ責任者（以下「CISO」という。）を置き、次長をもって充てる。
(3) CISOは、CIOの指揮の下、情報セキュリティ対策を統括する。
(4) 局に情報セキュリティ監査者を置き、監査室長をもって充てる。
(5) 情報セキュリティ監査者は、CIOの直属として監査を行う。
(6) CIOは、情報セキュリティ対策に関する最終的な決定権限を有する。
`),
    ['CIO|局長|1|', 'CISO|次長|2|', '情報セキュリティ監査者|監査室長|2|'],
  );
});

test('a role named with the unit that holds it (「経理課の課情報管理者の指示に従い」) is that role', () => {
  const a = analyzePolicy(`1 体制
(1) 課に課情報管理者を置き、課長をもって充てる。
(2) 課情報管理者は、課の情報資産を管理する。
(3) 端末担当者は、経理課の課情報管理者の指示に従い、端末を管理する。
(4) 職員は、経理課の課情報管理者の許可を得なければ、端末を持ち出してはならない。
`);
  assert.deepEqual(
    a.roles.map((r) => `${r.name}|${r.tier}`),
    ['課情報管理者|1', '端末担当者|2'],
  );
  const ob = a.obligations.find((o) => o.text.includes('持ち出して'));
  assert.deepEqual(ob?.approver, ['課情報管理者']);
});
