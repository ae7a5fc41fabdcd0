/**
 * The wordings a sentence classifies into the items below it with: 「次の３つの区分に」, 「次の各号に掲げるとおり」,
 * 「次に掲げるとおり」, 「情報資産の分類は、次のとおりとする」; and the classifications of other things that must not
 * be read as levels of information (職員の区分, 保存期間の区分).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scheme } from './levels.test-support.ts';

const items = `（１）　秘密情報　個人情報その他の秘密を要する情報
（２）　所内限り情報　公表していない情報
（３）　公開情報　公表している情報
`;
const after = '第６条　職員は、秘密情報を持ち出してはならない。\n';
const levels = [['機密性', ['秘密情報', '所内限り情報', '公開情報']]];

test('[R-B1] 「次の３つの区分に分類する」, 「次の各号に掲げるとおり分類する」, 「次に掲げるとおり分類する」', () => {
  for (const sentence of [
    '情報資産は、次の３つの区分に分類する。',
    '情報資産は、次の各号に掲げるとおり分類する。',
    '情報資産は、その機密性に応じ、次に掲げるとおり分類する。',
    '情報資産は、次の各号に定める区分に従い、分類する。',
  ])
    assert.deepEqual(scheme(`第５条　${sentence}\n${items}${after}`), levels, sentence);
});

test('[R-B1] the classification as the topic: 「情報資産の分類は、次のとおりとする」, 「…の機密性による分類は」', () => {
  for (const sentence of [
    '情報資産の分類は、次のとおりとする。',
    '情報資産の機密性による分類は、次の各号に掲げるとおりとする。',
  ])
    assert.deepEqual(scheme(`第５条　${sentence}\n${items}${after}`), levels, sentence);
});

test('a classification of staff or of keeping periods 「…の区分は、次のとおりとする」 gives no levels', () => {
  assert.deepEqual(
    scheme(`第３条　職員の区分は、次のとおりとする。
（１）　常勤職員　任期の定めのない職員
（２）　臨時職員　任期を定めて任用される職員
第４条　職員は、情報資産を持ち出してはならない。
`),
    [],
  );
  assert.deepEqual(
    scheme(`第３条　文書の保存期間の区分は、次のとおりとする。
（１）　長期　３０年保存する文書
（２）　短期　１年保存する文書
第４条　職員は、情報資産を持ち出してはならない。
`),
    [],
  );
});
