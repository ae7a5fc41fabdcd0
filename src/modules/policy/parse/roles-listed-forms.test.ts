/**
 * Roles listed with the office filling each: items whose role and office a tab separates (a Word copy), items
 * 「X（Y）」 with the office in brackets, and a 別表 whose 役割 column holds the duties while the role's names
 * stand in a column the heading row calls otherwise (役職名, 名称等). Texts written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const posts = (text: string) =>
  Object.fromEntries(analyzePolicy(text).roles.map((r) => [r.name, r.post ?? ''] as const));

test('items whose role and office a tab separates', () => {
  for (const [lead, marks] of [
    ['第１条　推進体制\n　次の者を置く。', ['ア', 'イ', 'ウ']],
    ['第１条　情報セキュリティの体制は、次のとおりとする。', ['(1)', '(2)', '(3)']],
  ] as const) {
    const text = `${lead}
　${marks[0]}　最高情報セキュリティ責任者\t副市長
　${marks[1]}　統括情報セキュリティ責任者\t総務部長
　${marks[2]}　情報セキュリティ管理者\t各課長
第２条　職員は、この規程を遵守しなければならない。
`;
    assert.deepEqual(posts(text), {
      最高情報セキュリティ責任者: '副市長',
      統括情報セキュリティ責任者: '総務部長',
      情報セキュリティ管理者: '課長',
    });
  }
});

test('items 「X（Y）」 name the office in brackets', () => {
  const a = `第１条　情報セキュリティ対策の推進体制は、次のとおりとする。
（１）最高情報セキュリティ責任者（副市長）
（２）統括情報セキュリティ責任者（総務部長）
（３）情報セキュリティ管理者（各課長）
第２条　情報セキュリティ管理者は、統括情報セキュリティ責任者の指示を受ける。
`;
  assert.deepEqual(posts(a), {
    最高情報セキュリティ責任者: '副市長',
    統括情報セキュリティ責任者: '総務部長',
    情報セキュリティ管理者: '課長',
  });
  const b = `第１条　組合に次の者を置く。
一　情報保全統括者（事務局長）
二　情報保全責任者（総務課長）
第２条　情報保全責任者は、情報保全統括者を補佐する。
`;
  assert.deepEqual(posts(b), { 情報保全統括者: '事務局長', 情報保全責任者: '総務課長' });
});

test('negative: a role written with its office in brackets throughout keeps it as its name', () => {
  const text = `第１条　次の者を置く。
（１）情報セキュリティ責任者（次長）
（２）情報セキュリティ責任者（課長）
第２条　情報セキュリティ責任者（次長）は、情報セキュリティ責任者（課長）を指揮する。
`;
  const names = analyzePolicy(text).roles.map((r) => r.name);
  assert.ok(names.includes('情報セキュリティ責任者(次長)'), names.join(' '));
});

test('a 別表 whose 役割 column holds the duties: the role is the column of role names', () => {
  for (const heading of ['役職名\t充てる者\t役割', '名称\t充てる職\t役割']) {
    const text = `第１条　役割は、別表のとおりとする。
第２条　職員は、この規程を遵守しなければならない。
別表
${heading}
最高情報セキュリティ責任者（CISO）\t副市長\t情報セキュリティ対策の最終決定
統括情報セキュリティ責任者\t総務部長\tCISOの補佐
情報セキュリティ管理者\t各課長\t課の情報セキュリティ対策の実施
`;
    const got = posts(text);
    assert.equal(got.CISO ?? got.最高情報セキュリティ責任者, '副市長', heading);
    assert.equal(got.統括情報セキュリティ責任者, '総務部長', heading);
    assert.equal(got.情報セキュリティ管理者, '課長', heading);
  }
});
