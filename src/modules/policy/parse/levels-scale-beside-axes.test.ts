/**
 * A bare scale (レベルⅢ／Ⅱ／Ⅰ) under 「機密性に応じ」: beside another axis the text classifies by, it is that
 * axis's scale (機密性: レベルⅢ…); as the text's only scale it keeps its own name (レベル).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scheme } from './levels.test-support.ts';

const SCALE = `２．１　分類
（１）情報資産は、機密性に応じ、次のとおり分類する。
ア　レベルⅢ　個人情報を含む情報資産
イ　レベルⅡ　公表していない情報資産
ウ　レベルⅠ　レベルⅢ及びレベルⅡ以外の情報資産
`;

test('[R-B1] beside 「完全性に応じ、完全性高及び完全性低に分類する」, レベルⅢ／Ⅱ／Ⅰ under 「機密性に応じ」 are levels of 機密性', () => {
  assert.deepEqual(
    scheme(`${SCALE}（２）情報資産は、完全性に応じ、完全性高及び完全性低に分類する。
`),
    [
      ['機密性', ['レベルIII', 'レベルII', 'レベルI']],
      ['完全性', ['完全性高', '完全性低']],
    ],
  );
});

test('[R-B1] the same scale as the text’s only one stays the axis レベル', () => {
  assert.deepEqual(
    scheme(`${SCALE}（２）職員は、レベルⅢの情報資産を持ち出してはならない。
`),
    [['レベル', ['レベルIII', 'レベルII', 'レベルI']]],
  );
});
