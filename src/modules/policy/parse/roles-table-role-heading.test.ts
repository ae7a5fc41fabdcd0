/**
 * A 別表 of roles headed 「職名 | 充てる者 | 職務」: where another column is headed as what fills the role (充てる者,
 * 充てる職), 職名 is the column of the roles. Snippets written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const roles = (heading: string) =>
  analyzePolicy(`第１　目的
１　この要綱は、組合の情報セキュリティに関し必要な事項を定める。
第２　体制
１　組合に別表の左欄に掲げる職を置き、同表の中欄に掲げる者をもって充てる。
２　前項の職にある者は、それぞれ同表の右欄に掲げる職務を行う。
別表（第２関係）
${heading}
情報セキュリティ統括者\t事務局長\t組合の情報セキュリティ対策を統括する。
情報セキュリティ副統括者\t事務局次長\t統括者を補佐する。
情報管理者\t各課長\t副統括者の指示を受け、課の情報資産を管理する。
`).roles.map((r) => `${r.name}|${r.post ?? ''}|${r.tier ?? ''}`);

const expected = [
  '情報セキュリティ統括者|事務局長|1',
  '情報セキュリティ副統括者|事務局次長|2',
  '情報管理者|課長|3',
];

test('[R-A1] a 別表 「職名 | 充てる者 | 職務」 appoints the roles of its first column', () => {
  assert.deepEqual(roles('職名\t充てる者\t職務'), expected);
});

test('[R-A1] a 別表 「職名 | 充てる職 | 所掌事務」 appoints the roles of its first column', () => {
  assert.deepEqual(roles('職名\t充てる職\t所掌事務'), expected);
});
