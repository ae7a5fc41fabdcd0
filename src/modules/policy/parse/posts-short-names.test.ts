/**
 * Offices given a short name where they fill a role. Several offices named together by one short name
 * (「A、B及びC（以下「所属長」という。）を、Xとする」) fill the role under that name, whatever the form of the
 * appointment; one office abbreviated (「議会事務局長（以下「事務局長」という。）」) is still the office written in
 * full. Texts written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const postOf = (text: string, name: string) => analyzePolicy(text).roles.find((r) => r.name === name)?.post;
const head = '第１条　最高情報セキュリティ責任者を置き、副知事をもって充てる。\n';

test('offices named together by a short name fill the role by that name, in any appointment form', () => {
  const cases: [string, string, string][] = [
    [
      `${head}第２条　知事部局の各部長、会計管理者、企業局長及び各行政委員会の事務局長（以下「部局長」という。）を、情報セキュリティ責任者とする。\n`,
      '情報セキュリティ責任者',
      '部局長',
    ],
    [
      `${head}第２条　本庁の課室長及び出先機関の長（以下「所属長」という。）を情報セキュリティ管理者とする。\n`,
      '情報セキュリティ管理者',
      '所属長',
    ],
    [
      `${head}第２条　情報セキュリティ管理者を置き、本課の課長及び支所の長（以下「所属長」という。）をもって充てる。\n`,
      '情報セキュリティ管理者',
      '所属長',
    ],
  ];
  for (const [text, name, post] of cases) assert.equal(postOf(text, name), post, text);
});

test('one office abbreviated is the office in full', () => {
  const cases: [string, string, string][] = [
    [
      `${head}第２条　議会事務局長（以下「事務局長」という。）を情報セキュリティ責任者とし、最高情報セキュリティ責任者を補佐させる。\n`,
      '情報セキュリティ責任者',
      '議会事務局長',
    ],
    [
      `${head}第２条　情報セキュリティ責任者を置き、消防本部消防長（以下「消防長」という。）をもって充てる。\n`,
      '情報セキュリティ責任者',
      '消防本部消防長',
    ],
  ];
  for (const [text, name, post] of cases) assert.equal(postOf(text, name), post, text);
});

test('an office not abbreviated by its short name is written by the short name', () => {
  const text = `${head}第２条　情報セキュリティ管理者を置き、当該組織の長（以下「部長等」という。）をもって充てる。\n`;
  assert.equal(postOf(text, '情報セキュリティ管理者'), '部長等');
});

test('a 別表 cell naming an office someone picks: 「課管理者が指名する主任」 is the post as written', () => {
  for (const [picked, by] of [
    ['課管理者が指名する主任', '課管理者'],
    ['所属長が指名する主査', '所属長'],
  ]) {
    const text = `第１条　情報セキュリティに関する役割及び充てる職は、別表のとおりとする。
第２条　職員は、この規程を遵守しなければならない。
別表
役割\t充てる職\t職務
総括責任者\t理事長\t情報セキュリティ対策の総括
課管理者\t各課長\t課の情報セキュリティ対策の実施
取扱担当者\t${picked}\t台帳の管理
`;
    const role = analyzePolicy(text).roles.find((r) => r.name === '取扱担当者');
    assert.equal(role?.post, picked);
    assert.equal(role?.appointedBy, by === '所属長' ? by : '課管理者');
  }
});

test('an abbreviated office the text then writes by its short name is the role it fills, not a role of its own', () => {
  for (const [full, short, lower] of [
    ['議会事務局長', '事務局長', '次長'],
    ['消防本部消防長', '消防長', '総務課長'],
  ]) {
    const text = `第１条　議長は、情報セキュリティに関する最終的な権限及び責任を有する。
第２条　${full}（以下「${short}」という。）を情報セキュリティ責任者とし、議長を補佐して、情報セキュリティ対策を統括する。
第３条　${lower}を情報セキュリティ管理者とし、${short}の指示を受け、情報資産を管理する。
第４条　${short}は、情報資産の管理状況を把握し、必要に応じて${lower}に改善を指示しなければならない。
`;
    const roles = analyzePolicy(text).roles;
    assert.ok(!roles.some((r) => r.name === short), roles.map((r) => r.name).join(' '));
    assert.equal(roles.find((r) => r.name === '情報セキュリティ責任者')?.post, full);
  }
});
