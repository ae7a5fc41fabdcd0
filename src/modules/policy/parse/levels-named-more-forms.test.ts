/**
 * More ways bodies write levels: another name in brackets after the level (機密性Ａ（極秘）), names counted by
 * 「…の３区分とする」 and set in the 項 below (「秘密情報は、…とする。」), a table right below 「次のとおり分類
 * する」 printed with or without its header row.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scheme } from './levels.test-support.ts';

const after = '第６条　職員は、情報資産を持ち出してはならない。\n';

test('[R-B1] 「（１）　機密性Ａ（極秘）　…」: the level is 機密性A, its other name in brackets aside', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、その機密性に応じ、次のとおり分類する。
（１）　機密性Ａ（極秘）　個人情報を含む情報資産
（２）　機密性Ｂ（秘）　公表していない情報資産
（３）　機密性Ｃ（公開）　公表している情報資産
${after}`),
    [['機密性', ['機密性A', '機密性B', '機密性C']]],
  );
});

test('[R-B1] 「…秘密情報、庁内限り情報及び公開情報の３区分とする」 with each set in a 項 「秘密情報は、…とする。」', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、秘密情報、庁内限り情報及び公開情報の３区分とする。
２　秘密情報は、個人情報その他の秘密を要する情報とする。
３　庁内限り情報は、公表していない情報とする。
４　公開情報は、公表している情報とする。
${after}`),
    [['機密性', ['秘密情報', '庁内限り情報', '公開情報']]],
  );
});

test('[R-B1] a tab table right below 「次のとおり分類する」, with a header row or without one', () => {
  const rows = '秘密情報\t個人情報を含む情報\n所内限り\t公表していない情報\n公開\t公表している情報\n';
  const head = '第５条　情報資産は、その機密性に応じ、次のとおり分類する。\n';
  const levels = [['機密性', ['秘密情報', '所内限り', '公開']]];
  assert.deepEqual(scheme(`${head}${rows}${after}`), levels);
  assert.deepEqual(scheme(`${head}区分\t定義\n${rows}${after}`), levels);
});
