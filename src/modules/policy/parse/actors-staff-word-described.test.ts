/**
 * A word of its own for the staff (教職員, 役職員) described by what they did or do (「持出しの許可を受けた教職員は」)
 * is that word, not the staff term 職員 its last letters spell. Snippets written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const actors = (text: string) =>
  analyzePolicy(text).obligations.map((o) => `${o.path} ${o.actors.join('・') || '-'}`);

const SETUP = `第２条　学園に情報統括責任者を置き、副理事長をもって充てる。
`;

test('「…を受けた教職員は」「新たに着任した教職員は」: 教職員', () => {
  assert.deepEqual(
    actors(`${SETUP}第３条　持出しの許可を受けた教職員は、端末を施錠できる鞄に入れて運ばなければならない。
第４条　新たに着任した教職員は、着任後一月以内に研修を受けなければならない。
`),
    ['第3条 教職員', '第4条 教職員'],
  );
});

test('「…を担当する役職員は」: 役職員; the staff term stays 職員', () => {
  assert.deepEqual(
    actors(`${SETUP}第３条　演習を担当する役職員は、演習の記録を保存しなければならない。
第４条　許可を受けた職員は、その記録を保存しなければならない。
`),
    ['第3条 役職員', '第4条 職員'],
  );
});
