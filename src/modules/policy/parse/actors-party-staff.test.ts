/** A party's staff (「委託事業者の従業者は」) act for the party: the party is the actor. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

test('「委託事業者の従業者は、…してはならない」: the actor is the party', () => {
  const a = analyzePolicy(`第１２条　職員は、管理区域への入退室を記録しなければならない。
２　保守事業者の作業員は、管理区域で私物の記録媒体を使用してはならない。
第１３条　職員は、端末を施錠しなければならない。
`);
  assert.deepEqual(
    a.obligations.map((o) => o.actors.join('・')),
    ['職員', '保守事業者', '職員'],
  );
});
