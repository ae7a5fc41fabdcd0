/**
 * Grades with a doubled letter as the highest level (重要度ＡＡ／Ａ／Ｂ, 機密性ＳＳ／Ｓ／Ａ) and S above A (機密性Ｓ／Ａ／Ｂ):
 * the doubled letter is a level of its own, not read as 重要度Ａ, and the text's order is the order of sensitivity.
 * The rules that name the levels find them too.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';
import { scheme } from './levels.test-support.ts';

test('[R-B1] 重要度ＡＡ／Ａ／Ｂ in items under 「その重要度に応じ、次のとおり分類する」', () => {
  assert.deepEqual(
    scheme(`第３　情報資産の分類
１　情報資産は、その重要度に応じ、次のとおり分類する。
（１）重要度ＡＡ　漏えいにより住民の生命又は財産に重大な影響を及ぼすおそれのある情報資産
（２）重要度Ａ　公開することを予定していない情報資産で、重要度ＡＡに該当しないもの
（３）重要度Ｂ　重要度ＡＡ及び重要度Ａのいずれにも該当しない情報資産
２　職員は、重要度ＡＡの情報資産を複製してはならない。
`),
    [['重要度', ['重要度AA', '重要度A', '重要度B']]],
  );
  assert.deepEqual(
    scheme(`第５条　情報は、次の各号に掲げるとおり分類する。
ア　機密性ＳＳ　漏えいにより組合の存立に関わる情報
イ　機密性Ｓ　個人情報を含む情報
ウ　機密性Ａ　公表していない情報
第６条　職員は、機密性ＳＳの情報を持ち出してはならない。
`),
    [['機密性', ['機密性SS', '機密性S', '機密性A']]],
  );
});

test('[R-B1] 重要度ＡＡ／Ａ／Ｂ in a table, and 機密性Ｓ／Ａ／Ｂ in lines', () => {
  assert.deepEqual(
    scheme(`第４条　情報資産は、その重要度に応じ、次の表のとおり分類する。
重要度\t定義
ＡＡ\t個人番号を含む情報資産
Ａ\t公表していない情報資産
Ｂ\tＡＡ及びＡ以外の情報資産
第５条　職員は、この規程を遵守しなければならない。
`),
    [['重要度', ['重要度AA', '重要度A', '重要度B']]],
  );
  assert.deepEqual(
    scheme(`第４条　情報資産は、次のとおり分類する。
機密性Ｓ　個人情報を含む情報資産
機密性Ａ　公表していない情報資産
機密性Ｂ　公表している情報資産
第５条　職員は、この規程を遵守しなければならない。
`),
    [['機密性', ['機密性S', '機密性A', '機密性B']]],
  );
});

test('[R-B1] a rule that names 重要度ＡＡ is tied to that level, not to 重要度Ａ', () => {
  const a = analyzePolicy(`第３　情報資産の分類
１　情報資産は、その重要度に応じ、次のとおり分類する。
（１）重要度ＡＡ　個人番号を含む情報資産
（２）重要度Ａ　公表していない情報資産
（３）重要度Ｂ　前２号以外の情報資産
第４　持出し
１　職員は、重要度ＡＡの情報資産を持ち出すときは、情報管理責任者の承認を得なければならない。
２　職員は、重要度Ａの情報資産を持ち出すときは、情報管理者の承認を得なければならない。
`);
  const levels = a.obligations.filter((o) => o.levels?.length).map((o) => o.levels);
  assert.deepEqual(levels, [['重要度AA'], ['重要度A']]);
});

test('[R-B1] 重要度ＡＡ set in a sentence, and 機密性ＳＳ／Ｓ／Ａ in a 項 each', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、個人番号を含むものを重要度ＡＡ、公表していないものを重要度Ａ、その他のものを重要度Ｂとする。
第６条　職員は、重要度ＡＡの情報資産を持ち出してはならない。
`),
    [['重要度', ['重要度AA', '重要度A', '重要度B']]],
  );
  assert.deepEqual(
    scheme(`第５条　この規程において「機密性ＳＳ」とは、個人番号を含む情報資産をいう。
２　この規程において「機密性Ｓ」とは、公表していない情報資産をいう。
３　この規程において「機密性Ａ」とは、前２項以外の情報資産をいう。
第６条　職員は、この規程を遵守しなければならない。
`),
    [['機密性', ['機密性SS', '機密性S', '機密性A']]],
  );
});

test('[R-B1] levels only used by the rules (重要度ＡＡ／Ａ／Ｂ, 機密性Ｓ／Ａ) where the scheme is set elsewhere', () => {
  assert.deepEqual(
    scheme(`第５条　職員は、重要度ＡＡの情報資産を持ち出してはならない。
第６条　職員は、重要度Ａの情報資産を複製するときは、課長の承認を得なければならない。
第７条　職員は、重要度Ｂの情報資産であっても、みだりに提供してはならない。
`),
    [['重要度', ['重要度AA', '重要度A', '重要度B']]],
  );
  assert.deepEqual(
    scheme(`第５条　職員は、機密性Ｓの情報を持ち出してはならない。
第６条　職員は、機密性Ａの情報を複製するときは、課長の承認を得なければならない。
`),
    [['機密性', ['機密性S', '機密性A']]],
  );
});
