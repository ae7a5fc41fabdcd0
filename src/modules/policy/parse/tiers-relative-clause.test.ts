/**
 * A relation inside a clause that describes someone (「Xを補助する者を指名する」「Xの指示を受ける職員を置く」) says what
 * that person does, not where the sentence's subject stands. Texts written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const head = `第1条　公社に記録統括者を置き、理事をもって充てる。記録統括者は、公社の記録の管理に関する最終的な権限を有する。
第2条　公社に記録推進者を置き、参事をもって充てる。記録推進者は、記録統括者を補佐する。
第3条　公社に台帳管理者を置き、主査をもって充てる。台帳管理者は、記録推進者の指示を受け、台帳を整備する。
`;
const tiers = (sentence: string) =>
  analyzePolicy(`${head}第4条　${sentence}\n`)
    .roles.map((r) => `${r.name}|${r.tier ?? ''}`)
    .join(' ');

for (const sentence of [
  '記録推進者は、職員の中から、台帳管理者を補助する者を指名することができる。',
  '記録推進者は、必要に応じ、台帳管理者を補佐する職員を指名するものとする。',
  '記録推進者は、台帳管理者の指示を受ける者を課ごとに指名する。',
])
  test(`「${sentence}」 leaves 記録推進者 where it stands`, () => {
    assert.equal(tiers(sentence), '記録統括者|1 記録推進者|2 台帳管理者|3');
  });

test('negative: the subject that assists is still placed under the role', () => {
  assert.equal(tiers('記録推進者は、台帳管理者を補助する。').includes('記録推進者|2'), false);
});
