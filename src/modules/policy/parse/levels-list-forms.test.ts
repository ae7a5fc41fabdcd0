/**
 * Levels listed in the other ways bodies write them: bullet lines with a space, names in quotes joined by 「・」,
 * 格付 as the word for the scale, kanji numerals; and what must not be read: grades of incidents.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scheme } from './levels.test-support.ts';

test('[R-B1] 「○極秘　…」 bullet lines with a space below 「次の３種類に分類する」', () => {
  assert.deepEqual(
    scheme(`１　分類
（１）情報資産は、次の３種類に分類する。
○極秘　漏えいにより重大な損害を与える情報
○秘　公表していない情報
○公開　公表している情報
（２）職員は、極秘の情報資産を持ち出してはならない。
`),
    [['機密性', ['極秘', '秘', '公開']]],
  );
});

test('[R-B1] names in quotes joined by 「・」: 「「極秘」・「秘」・「公開」の３区分に分類する」', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、その機密性に応じ、「極秘」・「秘」・「公開」の３区分に分類する。
第６条　職員は、極秘の情報資産を持ち出してはならない。
`),
    [['機密性', ['極秘', '秘', '公開']]],
  );
});

test('[R-B1] 格付け as the scale’s word: its own axis, or the axis the sentence grades by', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産の格付けは、次のとおりとする。
（１）格付け３　個人情報を含む情報資産
（２）格付け２　公表していない情報資産
（３）格付け１　前２号以外の情報資産
第６条　職員は、格付け３の情報資産を持ち出してはならない。
`),
    [['格付け', ['格付け3', '格付け2', '格付け1']]],
  );
  assert.deepEqual(
    scheme(`第５条　情報資産は、その機密性に応じ、次のとおり格付けする。
（１）格付けＡ　個人情報を含む情報資産
（２）格付けＢ　公表していない情報資産
（３）格付けＣ　前２号以外の情報資産
第６条　職員は、格付けＡの情報資産を持ち出してはならない。
`),
    [['機密性', ['格付けA', '格付けB', '格付けC']]],
  );
});

test('[R-B1] levels in kanji numerals as an e-Gov text writes them: 機密性三／二／一', () => {
  assert.deepEqual(
    scheme(`第五条　情報資産は、次の各号に掲げる区分に分類する。
一　機密性三　個人情報を含む情報資産
二　機密性二　公表していない情報資産
三　機密性一　前二号以外の情報資産
第六条　職員は、機密性三の情報資産を持ち出してはならない。
`),
    [['機密性', ['機密性三', '機密性二', '機密性一']]],
  );
});

test('grades of incidents 「インシデントは、その影響に応じ、次のとおり分類する」 are no classification of assets', () => {
  const incidents = `第８条　インシデントは、その影響に応じ、次のとおり分類する。
（１）レベル３　住民サービスが停止したもの
（２）レベル２　一部の業務が停止したもの
（３）レベル１　影響が軽微なもの
第９条　職員は、インシデントを知ったときは、直ちに報告しなければならない。
`;
  assert.deepEqual(scheme(incidents), []);
  assert.deepEqual(
    scheme(`第５条　情報資産は、その機密性に応じ、次のとおり分類する。
（１）機密性２　公表していない情報資産
（２）機密性１　公表している情報資産
${incidents}`),
    [['機密性', ['機密性2', '機密性1']]],
  );
});
