/**
 * Items that take up, one by one, the terms their lead sentence names (「…、人的対策、技術的対策及び運用を講ずる。」 over
 * 「（１）人的対策　…」) are what the lead says of each term, not titled clauses; items whose titles the lead does
 * not name keep them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { titled } from './layouts.test-support.ts';

test('(1) items taking up the terms a lead names: no titles', () => {
  assert.deepEqual(
    titled(`第１　総則
　この方針は、組合の情報資産を守るための基本を定める。
第２　対策
　組合は、人的対策、技術的対策及び運用の見直しを行うものとする。
（１）　人的対策　職員に対し、年１回以上の研修を行う。
（２）　技術的対策　端末に不正プログラム対策ソフトウェアを導入する。
（３）　運用の見直し　毎年度、対策の実施状況を点検する。
`),
    ['第1 総則', '第2 対策'],
  );
});

test('ア items taking up the terms a lead names: no titles', () => {
  assert.deepEqual(
    titled(`１　基本方針
　町は、情報資産の分類、アクセスの制限及び事故の報告について定める。
ア　情報資産の分類　情報資産を重要度に応じて三つに分類する。
イ　アクセスの制限　職務に必要な者に限り情報資産を利用させる。
ウ　事故の報告　事故を知った職員は直ちに上司に報告する。
２　管理
　職員は、端末を施錠して保管しなければならない。
`),
    ['1 基本方針', '2 管理'],
  );
});

test('items whose titles the lead does not name keep them', () => {
  assert.deepEqual(
    titled(`第１　体制
　組合は、次のとおり体制を定める。
（１）　責任者　事務局長を責任者とする。
（２）　担当者　各係長を担当者とする。
`).filter((t) => t.includes('/')),
    ['第1/(1) 責任者', '第1/(2) 担当者'],
  );
});
