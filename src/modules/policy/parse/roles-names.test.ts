/**
 * What is a role's name and what is not: a role ending in 主任 set up by an appointment, staff designated to
 * handle a kind of data (事務取扱担当者) who are no role, a table cell that runs two cells together, and an
 * article's caption over a role the article sets up under another name. Snippets written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const roles = (text: string) =>
  analyzePolicy(text).roles.map((r) => `${r.name}|${r.post ?? ''}|${r.tier ?? ''}`);

test('[R-A1] 「係に情報取扱主任を置き、各係長をもって充てる」: a role ending in 主任', () => {
  assert.deepEqual(
    roles(`１．情報管理者
（１）各課に情報管理者を置き、各課長をもって充てる。
２．情報取扱主任
（１）各係に情報取扱主任を置き、各係長をもって充てる。
（２）情報取扱主任は、情報管理者の指示に従い、係の情報資産の取扱いを確認する。
３．職員
（１）職員は、事故を発見したときは、情報取扱主任に報告しなければならない。
`),
    ['情報管理者|課長|1', '情報取扱主任|係長|2'],
  );
});

test('an office ending in 主任 that no appointment sets up is no role (「主任は、…」 in a school’s text is read elsewhere)', () => {
  const got = roles(`１．体制
（１）市に情報セキュリティ管理者を置き、各課長をもって充てる。
（２）職員は、学校の主任と協力して研修を行う。
２．研修
（１）情報セキュリティ管理者は、毎年度研修を行う。
`);
  assert.deepEqual(got, ['情報セキュリティ管理者|課長|1']);
});

test('staff designated for a business (事務取扱担当者, 個人番号を取り扱う事務担当者) are no role; a 情報取扱者 is', () => {
  assert.deepEqual(
    roles(`第５条　市に情報セキュリティ管理者を置き、各課長をもって充てる。
第６条　情報セキュリティ管理者は、事務取扱担当者を指定し、その範囲を明確にしなければならない。
２　事務取扱担当者以外の職員は、特定個人情報を取り扱ってはならない。
３　事務取扱担当者は、特定個人情報を施錠できる書庫に保管しなければならない。
４　総務課長は、職員の個人番号を取り扱う事務担当者を指名しなければならない。
５　情報セキュリティ管理者は、課の職員のうちから情報取扱者を指名する。
`),
    ['情報セキュリティ管理者|課長|1', '情報取扱者||2'],
  );
});

test('[R-A6] a role a role designates (情報システム担当者) is still a role', () => {
  assert.deepEqual(
    roles(`第５条　市に情報セキュリティ管理者を置き、各課長をもって充てる。
２　情報セキュリティ管理者は、情報システム担当者を指名する。
`),
    ['情報セキュリティ管理者|課長|1', '情報システム担当者||2'],
  );
});

test('a 別表 cell that runs an act and its approver together (「外部サービスの利用（第16条）　CISO」) is no role', () => {
  const got =
    roles(`第３条　市に最高情報セキュリティ責任者（以下「CISO」という。）を置き、副町長をもって充てる。
２　市に統括情報セキュリティ責任者（以下「統括責任者」という。）を置き、総務課長をもって充てる。
３　統括責任者は、CISOを補佐する。
第９条　情報資産の取扱いの許可は、別表に掲げる者が行う。
別表（第９条関係）
区分	機密性３	機密性２
外部への提供（第１１条）	CISO	統括責任者
外部サービスの利用（第１６条）　CISO	統括責任者
`);
  assert.deepEqual(got, ['CISO|副町長|1', '統括情報セキュリティ責任者|総務課長|2']);
});

test('an article’s caption naming the role the article sets up under another name is no role of its own', () => {
  assert.deepEqual(
    roles(`（最高情報セキュリティ責任者）
第５条　企業庁に企業庁情報セキュリティ最高責任者（以下「最高責任者」という。）を置き、企業庁長をもって充てる。
２　最高責任者は、企業庁の情報セキュリティ対策を総括し、その最終的な決定を行う。
（情報セキュリティ統括者）
第６条　企業庁に情報セキュリティ統括者（以下「統括者」という。）を置き、次長をもって充てる。
２　統括者は、最高責任者を補佐する。
`),
    ['企業庁情報セキュリティ最高責任者|企業庁長|1', '情報セキュリティ統括者|次長|2'],
  );
});
