/** Levels a body names by a letter and 情報 (Ａ情報／Ｂ情報／Ｃ情報), with no axis written before them. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scheme } from './levels.test-support.ts';

const after = '第６条　職員は、Ａ情報を庁舎の外に持ち出してはならない。\n';

test('Ａ情報／Ｂ情報／Ｃ情報 in ア–ウ items keep their own names', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、その内容に応じ、次のとおり分類する。
ア　Ａ情報　利用者の氏名、住所その他の個人情報を含む情報資産
イ　Ｂ情報　公表を前提としない内部事務の情報資産
ウ　Ｃ情報　Ａ情報及びＢ情報以外の情報資産
${after}`),
    [['機密性', ['A情報', 'B情報', 'C情報']]],
  );
});

test('Ａ情報／Ｂ情報 in numbered items under a sentence naming 機密性 keep their own names', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、その機密性に応じ、次の各号に掲げるとおり分類する。
（１）　Ａ情報　漏えいにより住民の権利を害するおそれのある情報資産
（２）　Ｂ情報　前号以外の情報資産
${after}`),
    [['機密性', ['A情報', 'B情報']]],
  );
});

test('a level written with its axis (機密性Ａ情報) keeps the axis in its name', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、その機密性に応じ、次のとおり分類する。
ア　機密性Ａ情報　個人情報を含む情報資産
イ　機密性Ｂ情報　機密性Ａ情報以外の情報資産
第６条　職員は、機密性Ａ情報を持ち出してはならない。
`),
    [['機密性', ['機密性A情報', '機密性B情報']]],
  );
});
