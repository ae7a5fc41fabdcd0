/**
 * Levels written on lines of their own with the definition on the lines below (as a word processor's copy gives
 * them), levels set by the axis as topic over quoted symbols (「…を「３」、…を「２」とする」), and the
 * classification as the topic over a table (「情報資産の区分は、次の表のとおりとする」).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scheme } from './levels.test-support.ts';

const after = '第９条　職員は、この規程を遵守しなければならない。\n';

test('[R-B1] each level on a line of its own, its definition on the lines below it', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、次のとおり分類する。
機密性３
　個人情報を含む情報資産
機密性２
　公表していない情報資産
機密性１
　公表している情報資産
${after}`),
    [['機密性', ['機密性3', '機密性2', '機密性1']]],
  );
  assert.deepEqual(
    scheme(`第４条　情報は、その重要度に応じ、次のとおり区分する。
重要度Ａ
　住民の生命、身体又は財産に関わる情報であって、
　漏えいにより重大な影響を及ぼすもの
重要度Ｂ
　前号以外の情報
${after}`),
    [['重要度', ['重要度A', '重要度B']]],
  );
});

test('[R-B1] the axis as the topic over quoted symbols: 「情報資産の機密性は、…を「３」、…を「１」とする」', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産の機密性は、個人情報を含むものを「３」、公表していないものを「２」、公表しているものを「１」とする。
${after}`),
    [['機密性', ['機密性3', '機密性2', '機密性1']]],
  );
  assert.deepEqual(
    scheme(`第４条　情報の重要度は、住民の個人情報を含むものを「Ａ」とし、その他のものを「Ｂ」とする。
${after}`),
    [['重要度', ['重要度A', '重要度B']]],
  );
});

test('[R-B1] the classification as the topic over a table: 「情報資産の区分は、次の表のとおりとする」', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産の区分は、次の表のとおりとする。
区分\t内容
秘密情報\t個人情報を含む情報資産
内部情報\t公表していない情報資産
公開情報\t公表している情報資産
${after}`),
    [['機密性', ['秘密情報', '内部情報', '公開情報']]],
  );
  assert.deepEqual(
    scheme(`第４条　文書の分類は、次の表に掲げるとおりとする。
分類\t基準
甲\t公表していない文書
乙\t公表している文書
${after}`),
    [['機密性', ['甲', '乙']]],
  );
});
