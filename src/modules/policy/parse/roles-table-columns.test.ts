/**
 * A 別表 of roles whose columns stand in another order than 役割 | 充てる職 | 職務: the heading row says which
 * column holds the role and which the office. Snippets written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const roles = (text: string) =>
  analyzePolicy(text).roles.map((r) => `${r.name}|${r.post ?? ''}|${r.tier ?? ''}`);

const HEAD = `第２条　この規程は、情報セキュリティ対策の体制を定める。
第３条　役割、職務及び充てる職は、別表のとおりとする。
別表（第３条関係）
`;

test('[R-A1] 役割 | 職務 | 充てる職: the office from the last column, tiers from the duties', () => {
  assert.deepEqual(
    roles(`${HEAD}役割	職務	充てる職
最高情報セキュリティ責任者	情報セキュリティ対策の総括	副市長
統括情報セキュリティ責任者	最高情報セキュリティ責任者の補佐	総務部長
情報セキュリティ管理者	統括情報セキュリティ責任者の指示に従った課の対策	各課長
`),
    [
      '最高情報セキュリティ責任者|副市長|1',
      '統括情報セキュリティ責任者|総務部長|2',
      '情報セキュリティ管理者|課長|3',
    ],
  );
});

test('[R-A1] 充てる職 | 役割: the office first', () => {
  assert.deepEqual(
    roles(`${HEAD}充てる職	役割
副市長	最高情報セキュリティ責任者
総務部長	統括情報セキュリティ責任者
`),
    ['最高情報セキュリティ責任者|副市長|1', '統括情報セキュリティ責任者|総務部長|2'],
  );
});

test('a table of acts and approvers (区分 | 機密性３ | 機密性２) sets up no role', () => {
  assert.deepEqual(
    roles(`第２条　市に最高情報セキュリティ責任者を置き、副市長をもって充てる。
第３条　許可をする者は、別表のとおりとする。
別表（第３条関係）
区分	機密性３	機密性２
持出し	最高情報セキュリティ責任者	課長
`),
    ['最高情報セキュリティ責任者|副市長|1'],
  );
});
