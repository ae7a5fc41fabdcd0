/**
 * A permission naming no level, made level-dependent by a ただし書 (「ただし、重要度Ａの…については、Yの許可を得なけれ
 * ばならない」): where its act is done to information (持ち出す, 貸し出す), it covers the levels the text asks
 * permissions for; where it is done to no information (a cloud service used, an exception taken), every level.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const OFFICE = `１．体制
（１）事務局に最高責任者を置き、議長をもって充てる。
（２）事務局に管理責任者を置き、事務局長をもって充てる。
２．分類
（１）情報資産は、重要度Ａ、重要度Ｂ及び重要度Ｃに分類する。
３．取扱い
（１）職員は、重要度Ｂ以上の情報資産を庁舎外に持ち出すときは、管理責任者の許可を得なければならない。
`;

const TOWN = `第１条　町に統括責任者を置き、副町長をもって充てる。
第２条　課に課管理者を置き、課長をもって充てる。
第３条　情報資産は、機密性３、機密性２及び機密性１に分類する。
第４条　職員は、機密性３又は機密性２の情報資産を複製するときは、課管理者の許可を得なければならない。
`;

const byLevel = (text: string, part: string) =>
  analyzePolicy(text).obligations.find((o) => o.text.includes(part))?.approverByLevel;

test('a cloud service or an exception, with a ただし書 for the top level: every level', () => {
  const a = `${OFFICE}（２）職員は、クラウドサービスを業務に利用しようとするときは、管理責任者の許可を得なければならない。ただし、重要度Ａの情報資産を取り扱うものについては、最高責任者の許可を得なければならない。
（３）職員は、この要綱を遵守することが困難なときは、管理責任者の許可を得て、例外的な措置をとることができる。ただし、重要度Ａの情報資産に係るものについては、最高責任者の許可を得なければならない。
`;
  const all = { 重要度A: ['最高責任者'], 重要度B: ['管理責任者'], 重要度C: ['管理責任者'] };
  assert.deepEqual(byLevel(a, 'クラウドサービス'), all);
  assert.deepEqual(byLevel(a, '例外的な措置'), all);
  const b = `${TOWN}第５条　職員は、私物の端末を業務に使用するときは、課管理者の承認を得なければならない。ただし、機密性３の情報資産を取り扱う場合については、統括責任者の承認を得なければならない。
`;
  assert.deepEqual(byLevel(b, '私物'), {
    機密性3: ['統括責任者'],
    機密性2: ['課管理者'],
    機密性1: ['課管理者'],
  });
});

test('an act done to information keeps to the levels the text asks permissions for', () => {
  const a = `${OFFICE}（２）職員は、情報資産を外部の者に貸し出すときは、管理責任者の許可を得なければならない。ただし、重要度Ａの情報資産については、最高責任者の許可を得なければならない。
`;
  assert.deepEqual(byLevel(a, '貸し出す'), { 重要度A: ['最高責任者'], 重要度B: ['管理責任者'] });
  const b = `${TOWN}第５条　職員は、文書を廃棄するときは、課管理者の承認を得なければならない。ただし、機密性３の文書については、統括責任者の承認を得なければならない。
`;
  assert.deepEqual(byLevel(b, '廃棄する'), { 機密性3: ['統括責任者'], 機密性2: ['課管理者'] });
});
