/** More ways the text places one role under another: the kana 「のもと」, 指導, 指導監督, 指揮に従い, 総括. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

// A top role, a role under it, and the role whose sentence is tested: it stands third only where the sentence
// places it under the second (otherwise it hangs under the top role, second).
const head = `第1条　組合に情報統括責任者を置き、理事をもって充てる。情報統括責任者は、組合の対策に関する最終的な権限を有する。
第2条　組合に情報推進責任者を置き、主幹をもって充てる。情報推進責任者は、情報統括責任者を補佐する。
第3条　組合に文書管理者を置き、主査をもって充てる。
`;
const tierOf = (sentence: string) =>
  analyzePolicy(`${head}第4条　${sentence}\n`).roles.find((r) => r.name === '文書管理者')?.tier;

const under: [string, string][] = [
  ['「Yの指揮のもと、」', '文書管理者は、情報推進責任者の指揮のもと、文書を管理する。'],
  ['「Yの監督のもとに」', '文書管理者は、情報推進責任者の監督のもとに、文書を管理する。'],
  ['「Yの指導の下」', '文書管理者は、情報推進責任者の指導の下、文書を管理する。'],
  ['「Yの指導監督を受け」', '文書管理者は、情報推進責任者の指導監督を受け、文書を管理する。'],
  ['「Yの統括のもと」', '文書管理者は、情報推進責任者の統括のもと、文書を管理する。'],
  ['「Yの指揮に従い」', '文書管理者は、情報推進責任者の指揮に従い、文書を管理する。'],
  ['「YはXを指導監督する」', '情報推進責任者は、文書管理者を指導監督する。'],
  ['「YはXを総括する」', '情報推進責任者は、文書管理者を総括する。'],
];
for (const [form, sentence] of under)
  test(`${form} places the subject under Y`, () => {
    assert.equal(tierOf(sentence), 3);
  });

test('negative: 「Yの定めるところにより」 states no rank', () => {
  assert.equal(tierOf('文書管理者は、情報推進責任者の定めるところにより、文書を管理する。'), 2);
});
