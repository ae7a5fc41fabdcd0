/**
 * An axis first met in items that name who permits each level (「一　機密性３の情報資産　統括責任者」) and listed in
 * full later (a 別表, or items that define each level) is read from the full list.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scheme } from './levels.test-support.ts';

const permits = `第５条　職員は、次の各号に掲げる情報資産の区分に応じ、当該各号に定める者の許可を得て、情報資産を持ち出すことができる。
一　重要度３の情報資産　総括管理者
二　重要度２の情報資産　課長
`;

test('levels in a 別表 table after items naming who permits two of them', () => {
  assert.deepEqual(
    scheme(`第４条　情報資産は、別表に定める区分により分類する。
${permits}別表（第４条関係）
重要度\t重要度３\t住民の個人情報を含むもの
重要度\t重要度２\t公表を前提としないもの
重要度\t重要度１\t前二号以外のもの
`),
    [['重要度', ['重要度3', '重要度2', '重要度1']]],
  );
});

test('levels defined in items after items naming who permits two of them', () => {
  assert.deepEqual(
    scheme(`${permits}第６条　情報資産は、その重要度に応じ、次のとおり分類する。
ア　重要度３　住民の個人情報を含むもの
イ　重要度２　公表を前提としないもの
ウ　重要度１　ア及びイ以外のもの
`),
    [['重要度', ['重要度3', '重要度2', '重要度1']]],
  );
});

test('a later list of fewer or other levels leaves the axis as first read', () => {
  assert.deepEqual(
    scheme(`第４条　情報資産は、その重要度に応じ、次のとおり分類する。
ア　重要度３　住民の個人情報を含むもの
イ　重要度２　公表を前提としないもの
ウ　重要度１　ア及びイ以外のもの
${permits.replace('第５条', '第５条')}`),
    [['重要度', ['重要度3', '重要度2', '重要度1']]],
  );
});
