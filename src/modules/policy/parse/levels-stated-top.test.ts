/** The order a clause states in words: 「機密性１が最も機密性が高い」, 「重要度の高い順に、…」. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';
import { levelName } from './classification.ts';

const order = (text: string) =>
  (analyzePolicy(text).classification?.levels ?? []).sort((a, b) => a.rank - b.rank).map((l) => levelName(l));

test('[R-B1] 「なお、機密性１が最も機密性が高いものとする」 puts 機密性１ first, though its number is the smallest', () => {
  assert.deepEqual(
    order(`第５条　情報資産は、機密性に応じ、次のとおり分類する。なお、機密性１が最も機密性が高いものとする。
（１）機密性１　個人情報を含む情報資産
（２）機密性２　公表していない情報資産
（３）機密性３　その他の情報資産
第６条　職員は、機密性１の情報資産を持ち出してはならない。
`),
    ['機密性1', '機密性2', '機密性3'],
  );
});

test('[R-B1] 「重要度の高い順に、重要度１、重要度２及び重要度３とする」 puts 重要度１ first', () => {
  assert.deepEqual(
    order(`第５条　情報資産の重要度は、重要度の高い順に、重要度１、重要度２及び重要度３とする。
２　重要度１は、個人情報を含む情報資産とする。
３　重要度２は、事務の遂行に必要な情報資産とする。
４　重要度３は、その他の情報資産とする。
第６条　職員は、重要度１の情報資産を持ち出してはならない。
`),
    ['重要度1', '重要度2', '重要度3'],
  );
});

test('a statement naming the level the symbols already put first changes nothing', () => {
  assert.deepEqual(
    order(`第５条　情報資産は、機密性に応じ、次のとおり分類する。なお、機密性３が最も機密性が高いものとする。
（１）機密性３　個人情報を含む情報資産
（２）機密性２　公表していない情報資産
（３）機密性１　その他の情報資産
`),
    ['機密性3', '機密性2', '機密性1'],
  );
});
