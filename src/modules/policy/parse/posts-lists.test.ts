/** Posts written as a list of offices: 「A、B及びCをXとする」, 「それぞれの課長又は室長」, 「…が指名する主査又は主任」. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const posts = (text: string) => analyzePolicy(text).roles.map((r) => `${r.name}|${r.post ?? ''}`);

test('offices listed with 、 and 及び before 「をXとする」: the first is the post', () => {
  const got = posts(`第１条　組合に総括責任者を置き、事務局長をもって充てる。
第２条　次に掲げる者を置く。
（１）　施設部長、業務部長及び事務局の次長を部門責任者とする。
（２）　各班の班長、各室及び分室の室長並びに事務局の係長を部署担当者とする。
第３条　部門責任者は、総括責任者の指揮を受ける。
第４条　部署担当者は、部門責任者の指示に従う。
`);
  assert.ok(got.includes('部門責任者|施設部長'), got.join(' '));
  assert.ok(got.includes('部署担当者|各班の班長'), got.join(' '));
});

test('a list with a phrase in it is no post', () => {
  const got = posts(`第１条　組合に総括責任者を置き、事務局長をもって充てる。
第２条　情報を取り扱う職員、委託を受けた者及び派遣される者を利用者とする。
`);
  assert.ok(!got.some((r) => r.startsWith('利用者|') && r !== '利用者|'), got.join(' '));
});

test('「それぞれの課長又は室長」 and 「…が指名する主査又は主任」 give their offices', () => {
  const got = posts(`第１条　組合に総括責任者を置き、事務局長をもって充てる。
第２条　総務課及び会計室に保全管理者を置き、それぞれの課長又は室長をもって充てる。
第３条　課及び室に保全推進員を置き、保全管理者が指名する主査又は主任をもって充てる。
第４条　保全管理者は、総括責任者の指揮を受ける。
`);
  assert.ok(got.includes('保全管理者|課長'), got.join(' '));
  assert.ok(got.includes('保全推進員|主査又は主任'), got.join(' '));
});
