/** One classification table with a column per axis sharing the scale's level words (snippets written for these tests). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

test('「レベル | 機密性 | 完全性」: each axis column gives its levels, and 「－」 says the axis has no such level', () => {
  const a = analyzePolicy(
    [
      '（分類）',
      '第５条　情報資産は、機密性及び完全性のそれぞれについて、次の表により分類する。',
      'レベル\t機密性\t完全性',
      'レベル３\t組合員の個人情報その他漏えいにより権利を害する情報\t－',
      'レベル２\t公表しない情報\t改ざんにより給付を誤るおそれのある情報',
      'レベル１\t公表している情報\tレベル２以外の情報',
      '（取扱い）',
      '第６条　職員は、機密性がレベル３の情報資産を複製してはならない。',
      '',
    ].join('\n'),
  );
  assert.deepEqual(a.classification?.axes, ['機密性', '完全性']);
  assert.deepEqual(
    a.classification?.levels.map((l) => `${l.axis}:${l.label}:${l.rank}`),
    ['機密性:レベル3:1', '機密性:レベル2:2', '機密性:レベル1:3', '完全性:レベル2:1', '完全性:レベル1:2'],
  );
});
