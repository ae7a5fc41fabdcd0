/** A body's own axis word listed with its levels in the sentence that classifies: 「…秘匿性Ａ、秘匿性Ｂ及び秘匿性Ｃに分類する」. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scheme } from './levels.test-support.ts';

const rule = '第６条　職員は、情報資産を庁舎の外に持ち出してはならない。\n';

test('「その秘匿の程度に応じ、秘匿性Ａ、秘匿性Ｂ及び秘匿性Ｃに分類する」: the axis is the word before the symbols', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、その秘匿の程度に応じ、秘匿性Ａ、秘匿性Ｂ及び秘匿性Ｃに分類する。\n${rule}`),
    [['秘匿性', ['秘匿性A', '秘匿性B', '秘匿性C']]],
  );
  assert.deepEqual(
    scheme(`第５条　文書は、その保護の必要度に応じ、保護度１及び保護度２に区分する。\n${rule}`),
    [['保護度', ['保護度2', '保護度1']]],
  );
});

test('each level with its definition in brackets: 「秘匿性Ａ（…）、秘匿性Ｂ（…）及び秘匿性Ｃ（…）に分類する」', () => {
  assert.deepEqual(
    scheme(
      `第５条　情報資産は、その秘匿の程度に応じ、秘匿性Ａ（個人情報を含むもの）、秘匿性Ｂ（公表しないもの）及び秘匿性Ｃ（その他のもの）に分類する。\n${rule}`,
    ),
    [['秘匿性', ['秘匿性A', '秘匿性B', '秘匿性C']]],
  );
});

test('levels of two different words in one list set no axis', () => {
  assert.deepEqual(scheme(`第５条　情報資産は、秘匿性Ａ及び保護度Ｂに分類する。\n${rule}`), []);
});
