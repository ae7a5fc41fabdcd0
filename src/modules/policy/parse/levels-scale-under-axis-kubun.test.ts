/**
 * Levels called by a scale word (区分Ａ, 格付１) under a sentence that names the one axis it divides by with
 * 「区分する」 rather than 「分類する」 are levels of that axis, named as written.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scheme } from './levels.test-support.ts';

const after = '第９条　職員は、この規程を遵守しなければならない。\n';

test('[R-B1] 「その機密性に応じ、次のとおり区分する」 over 区分Ａ／Ｂ／Ｃ, 「重要度に応じて区分し」 over 区分１／２', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、その機密性に応じ、次のとおり区分する。
ア　区分Ａ　個人情報を含む情報資産
イ　区分Ｂ　公表していない情報資産
ウ　区分Ｃ　公表している情報資産
${after}`),
    [['機密性', ['区分A', '区分B', '区分C']]],
  );
  assert.deepEqual(
    scheme(`第６条　所管課長は、保有する情報を重要度に応じて次のとおり区分し、管理する。
（１）　区分１　住民の個人情報を含む情報
（２）　区分２　前号以外の情報
${after}`),
    [['重要度', ['区分1', '区分2']]],
  );
});

test('[R-B1] a level defined as the rest (「前号以外の情報」「前２号に該当しない情報資産」) is the lowest of its axis', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、その重要度により、次のとおり分類する。
（１）　重要度１　住民の個人情報を含む情報資産
（２）　重要度２　前号以外の情報資産
${after}`),
    [['重要度', ['重要度1', '重要度2']]],
  );
  assert.deepEqual(
    scheme(`第４条　情報は、次のとおり分類する。
ア　機密性１　秘匿を要する情報
イ　機密性２　公表していない情報
ウ　機密性３　前２号に該当しない情報
${after}`),
    [['機密性', ['機密性1', '機密性2', '機密性3']]],
  );
});
