/**
 * Members given in a 別表 that lists one post a line, not as a table (「委員は、別表に掲げる職にある者とする」,
 * 「委員会は、別表第１に掲げる者をもって組織する」). Texts written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const head = `第1条　町に情報統括責任者を置き、副町長をもって充てる。
`;
const committee = (text: string) => analyzePolicy(`${head}${text}`).committees[0];

test('「委員は、別表に掲げる職にある者とする」 over a 別表 of one post a line', () => {
  const c = committee(`第2条　町に文書管理委員会を置く。
２　委員長は、情報統括責任者とする。
３　委員は、別表に掲げる職にある者とする。
別表（第２条関係）
総務課長
税務課長
住民課長
`);
  assert.equal(c?.chair?.post, '情報統括責任者');
  assert.deepEqual(c?.memberNames, ['総務課長', '税務課長', '住民課長']);
});

test('「委員会は、別表第１に掲げる者をもって組織する」 over a 別表第１ of one post a line', () => {
  const c = committee(`第2条　町に文書管理委員会（以下「委員会」という。）を置く。
２　委員会は、別表第１に掲げる者をもって組織する。
別表第１（第２条関係）
企画課長
建設課長
別表第２（第５条関係）
総務課
`);
  assert.deepEqual(c?.memberNames, ['企画課長', '建設課長']);
});

test('negative: a 別表 of sentences is no list of members', () => {
  const c = committee(`第2条　町に文書管理委員会を置く。
２　委員は、別表に掲げる職にある者とする。
別表（第２条関係）
総務課長は、文書の管理を行う。
`);
  assert.equal(c?.memberNames, undefined);
});
