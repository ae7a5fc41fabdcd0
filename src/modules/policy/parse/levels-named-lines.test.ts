/** Levels named one per line, 「●名称：定義」, below the sentence that classifies into them. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

test('bulleted 「名称：定義」 lines below 「次の三つに分類する」 are the levels, in the text’s order', () => {
  const a = analyzePolicy(
    [
      '２．文書の区分',
      '\t(1)\u3000区分',
      '\t\t■所蔵資料は、その性質に応じ、次の三つに分類する。',
      '\t\t●要管理：寄贈者の連絡先、未公表の収蔵計画その他の資料',
      '\t\t●館内限り：職員会議の資料その他公表していない資料',
      '\t\t●公開：公表された年報その他の資料',
      '\t\t・係長は、資料の区分を決定しなければならない。',
      '',
    ].join('\n'),
  );
  assert.deepEqual(a.classification?.axes, ['機密性']);
  assert.deepEqual(
    a.classification?.levels.map((l) => l.label),
    ['要管理', '館内限り', '公開'],
  );
});
