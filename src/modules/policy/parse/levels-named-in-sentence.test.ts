/**
 * Levels named as kinds of information in the sentence that classifies: 「情報資産は、秘密情報、庁内限り情報及び
 * 公開情報に分類する」, defined in the 項 below 「２　秘密情報とは、…をいう。」 or counted 「…の３区分に」.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';
import { scheme } from './levels.test-support.ts';

test('[R-B1] names in the sentence, each defined as a term in a 項 of its own below it', () => {
  const text = `第５条　情報資産は、秘密情報、庁内限り情報及び公開情報に分類する。
２　秘密情報とは、個人情報その他の秘密を要する情報をいう。
３　庁内限り情報とは、公表していない情報をいう。
４　公開情報とは、公表している情報をいう。
第６条　職員は、秘密情報を持ち出してはならない。
`;
  assert.deepEqual(scheme(text), [['機密性', ['秘密情報', '庁内限り情報', '公開情報']]]);
  assert.equal(analyzePolicy(text).classification?.levels[1]?.definition, '公表していない情報');
});

test('[R-B1] names with kana in them counted by the sentence: 「…秘密情報、課内限り及び公開の３区分に分類する」', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、その機密性に応じ、秘密情報、課内限り及び公開の３区分に分類する。
第６条　職員は、秘密情報を持ち出してはならない。
`),
    [['機密性', ['秘密情報', '課内限り', '公開']]],
  );
});

test('phrases before に分類 are no level names: 「公表されたもの及び公表していないものに分類する」', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、公表されたもの及び公表していないものに分類する。
第６条　職員は、情報資産を持ち出してはならない。
`).filter(([, l]) => l.length > 0),
    [],
  );
});
