/**
 * Items whose level is set in brackets with its definition right after it, no space between
 * (「（１）　【機密性３】個人情報を含む情報資産」, 「ア　［重要度Ａ］…」), and items under a sentence that sets the
 * assets into the classes below (「情報資産は、次に掲げる区分とする」).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scheme } from './levels.test-support.ts';

const after = '第９条　職員は、この規程を遵守しなければならない。\n';

test('[R-B1] a bracketed level with its definition right after it: 【機密性３】個人情報…, ［重要度Ａ］…', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、次のとおり分類する。
（１）　【機密性３】個人情報を含む情報資産
（２）　【機密性２】公表していない情報資産
（３）　【機密性１】公表している情報資産
${after}`),
    [['機密性', ['機密性3', '機密性2', '機密性1']]],
  );
  assert.deepEqual(
    scheme(`第４条　情報は、その重要度に応じて次の各号に掲げるとおり分類する。
ア　［重要度Ａ］住民の個人情報を含む情報
イ　［重要度Ｂ］公表していない情報
${after}`),
    [['重要度', ['重要度A', '重要度B']]],
  );
});

test('[R-B1] 「情報資産は、次に掲げる区分とする」 over levels named in words', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、次に掲げる区分とする。
一　極秘　漏えいにより重大な影響を及ぼす情報資産
二　秘　公表していない情報資産
三　公開　公表している情報資産
${after}`),
    [['機密性', ['極秘', '秘', '公開']]],
  );
  assert.deepEqual(
    scheme(`第４条　所管する文書は、次の各号に掲げる区分とする。
（１）　甲文書　個人情報を含む文書
（２）　乙文書　公表していない文書
${after}`),
    [['機密性', ['甲文書', '乙文書']]],
  );
});
