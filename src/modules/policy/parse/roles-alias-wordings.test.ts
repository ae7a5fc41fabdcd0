/** The wordings a short name in brackets is given with: 以下単に / 以下この規程において / と略称する / と称する. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const wordings = [
  '（以下単に「推進者」という。）',
  '（以下この要綱において「推進者」という。）',
  '（以下、「推進者」という。）',
  '（以下「推進者」と略称する。）',
  '（以下「推進者」と称する。）',
  '（以下「推進者」という）',
];
for (const w of wordings)
  test(`「X${w}」 gives X its short name`, () => {
    const roles = analyzePolicy(`第1条　組合に文書推進責任者${w}を置き、主幹をもって充てる。
第2条　推進者は、文書を管理する。
`).roles;
    assert.deepEqual(
      roles.map((r) => `${r.name}[${(r.aliases ?? []).join(',')}]`),
      ['文書推進責任者[推進者]'],
    );
  });

test('negative: 「情報資産（以下単に「資産」という。）」 gives no role a short name', () => {
  const roles = analyzePolicy(`第1条　組合に文書推進責任者を置き、主幹をもって充てる。
第2条　文書推進責任者は、情報資産（以下単に「資産」という。）を管理する。
`).roles;
  assert.deepEqual(
    roles.map((r) => `${r.name}[${(r.aliases ?? []).join(',')}]`),
    ['文書推進責任者[]'],
  );
});
