/** Levels in a 号 list, each item defining its level as a term: 「秘密情報とは、…をいう。」, 「秘密情報（…をいう。）」. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';
import { scheme } from './levels.test-support.ts';

test('[R-B1] 「一　秘密情報とは、…をいう。」 items below 「次の各号に掲げる区分に分類する」', () => {
  const text = `第５条　情報資産は、次の各号に掲げる区分に分類する。
一　秘密情報とは、個人情報その他の秘密を要する情報をいう。
二　庁内限り情報とは、公表していない情報をいう。
三　公開情報とは、公表している情報をいう。
第６条　職員は、秘密情報を持ち出してはならない。
`;
  assert.deepEqual(scheme(text), [['機密性', ['秘密情報', '庁内限り情報', '公開情報']]]);
  assert.deepEqual(
    analyzePolicy(text).classification?.levels.map((l) => l.definition),
    ['個人情報その他の秘密を要する情報', '公表していない情報', '公表している情報'],
  );
});

test('[R-B1] the definition in brackets after the name: 「（１）　極秘情報（…をいう。）」', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、その機密性に応じ、次のとおり分類する。
（１）　極秘情報（漏えいにより住民の生命又は財産を害するおそれのある情報をいう。）
（２）　関係者限り情報（公表していない情報をいう。）
（３）　一般情報（前２号以外の情報）
第６条　職員は、極秘情報を持ち出してはならない。
`),
    [['機密性', ['極秘情報', '関係者限り情報', '一般情報']]],
  );
});

test('[R-B1] 「…をいう」 after the name and a space: 「一　秘密情報　…情報をいう。」', () => {
  assert.deepEqual(
    scheme(`第５条　情報資産は、次の各号に掲げる区分に分類し、その区分に応じて管理する。
一　秘密情報　個人情報その他の秘密を要する情報をいう。
二　庁内限り　公表していない情報をいう。
三　公開　公表している情報をいう。
第６条　職員は、秘密情報を持ち出してはならない。
`),
    [['機密性', ['秘密情報', '庁内限り', '公開']]],
  );
});
