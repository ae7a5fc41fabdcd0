/** The body's own office as a post, outside parties and power holders that are no roles, and members written with their seats (snippets written for these tests). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

test('「企業団の企業長をもって充て」: the body named before its office is no part of the post', () => {
  const a = analyzePolicy(`（１）体制
ア　情報セキュリティ総括者（以下「総括者」という。）は、企業団の企業長をもって充て、最終的な責任を負うものとする。
イ　情報セキュリティ実務者は、業務課長をもって充て、総括者の命を受け、対策を行うものとする。
`);
  assert.equal(a.roles.find((r) => r.name === '情報セキュリティ総括者')?.post, '企業長');
});

test('an outside party (「(3) 保守事業者」「職員及び保守事業者とする」) and whoever holds a power (「(4) 決裁権者」) are no roles', () => {
  const a = analyzePolicy(`（１）対象
この方針の対象は、事務局の情報資産並びにこれを取り扱う職員及び保守事業者とする。
（２）統括者
情報セキュリティ統括者を置き、事務局長をもって充てる。
（３）保守事業者
保守事業者は、この方針に準じた対策を講じなければならない。
（４）決裁権者
この方針に定める決裁は、情報セキュリティ統括者が行う。
`);
  assert.deepEqual(
    a.roles.map((r) => r.name),
    ['情報セキュリティ統括者'],
  );
});

test('「座長である統括者及び構成員である主任、…をもって構成する」: the chair takes the seat, a member seat is the member', () => {
  const a = analyzePolicy(`（１）統括者
情報セキュリティ統括者（以下「統括者」という。）を置き、事務局長をもって充てる。
（２）連絡会
ア　事務局に、情報セキュリティ連絡会（以下「連絡会」という。）を置く。
イ　連絡会は、座長である統括者及び構成員である主任、庶務係長及び議事係長をもって構成する。
`);
  const board = a.committees.find((c) => c.alias === '連絡会');
  assert.equal(board?.chair?.post, '統括者');
  assert.deepEqual(board?.memberNames, ['主任', '庶務係長', '議事係長']);
});

test('「各室の室長は」: each unit’s holder of an office acts as that office', () => {
  const a = analyzePolicy(`（１）管理者
情報セキュリティ管理者を置き、次長をもって充てる。
（２）室長
各室の室長は、情報セキュリティ管理者の指示に従い、室の職員を指導しなければならない。
`);
  assert.deepEqual(a.obligations.find((o) => o.text.startsWith('各室の室長は'))?.actors, ['室長']);
});
