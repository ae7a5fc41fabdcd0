/** Approvers per act and level named only in the description of a form (様式) at the end of the text. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TEXT = `第１　体制
１　組合に総括責任者を置き、事務局長をもって充てる。
２　各係に管理責任者を置き、係長をもって充てる。
３　管理責任者は、総括責任者の指揮を受ける。
第２　分類
１　情報資産は、次のとおり分類する。
（１）　機密性３　組合員の個人情報
（２）　機密性２　公表していない情報
（３）　機密性１　その他の情報
第３　取扱い
１　職員は、機密性２以上の情報資産を複製するときは、様式第２の申請書により、同様式に定める承認者の許可を得なければならない。
２　職員は、機密性２以上の情報資産を貸し出すときは、様式第２に定める承認者の許可を得なければならない。
様式第２　情報資産複製・貸出申請書
この様式は、第３に定める申請に用いる。申請書には、複製又は貸出しの別及びその理由を記載する。
承認者は、次のとおりとする。
複製　機密性３にあっては総括責任者、機密性２にあっては管理責任者
貸出し　機密性３及び機密性２にあっては総括責任者
`;

const a = analyzePolicy(TEXT);
const ob = (path: string) => a.obligations.find((o) => o.path === path && o.text.includes('許可'));

test('the form’s line for the sentence’s act gives its approvers by level', () => {
  assert.deepEqual(ob('第3/1')?.approverByLevel, { 機密性3: ['総括責任者'], 機密性2: ['管理責任者'] });
  assert.deepEqual(ob('第3/2')?.approverByLevel, { 機密性3: ['総括責任者'], 機密性2: ['総括責任者'] });
});
