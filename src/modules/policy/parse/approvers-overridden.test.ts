/**
 * 「(1) 重要度Ｂ以上の…はYの許可」 then 「(2) 前号の規定にかかわらず、重要度Ａの…はXの許可」: the level the later item
 * takes leaves the item before, which keeps the rest. Items that do not set the one before aside change nothing.
 * A proviso in the same paragraph (「ただし、重要度Ａの…の承認は、Xから受けなければならない」) gives that level X
 * in the sentence before it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TEXT = `第1条　公団に総括管理者を置き、理事をもって充てる。
第2条　各部に部管理者を置き、部長をもって充てる。
第3条　情報資産は、その重要度に応じ、重要度Ａ、重要度Ｂ及び重要度Ｃに分類する。
第4条　貸出し
（１）　職員は、重要度Ｂ以上の情報資産を外部に貸し出すときは、部管理者の許可を得なければならない。
（２）　前号の規定にかかわらず、職員は、重要度Ａの情報資産を外部に貸し出すときは、総括管理者の許可を得なければならない。
第5条　複写
（１）　職員は、重要度Ｂ以上の情報資産を複写するときは、部管理者の許可を得なければならない。
（２）　職員は、重要度Ａの情報資産を複写したときは、総括管理者に報告しなければならない。
第6条　職員は、重要度Ｂ以上の情報資産を送付するときは、部管理者の承認を得なければならない。ただし、重要度Ａの情報資産の送付の承認は、総括管理者から受けなければならない。
`;

const a = analyzePolicy(TEXT);
const ob = (path: string) => a.obligations.find((o) => o.path === path);

test('the level a 「前号の規定にかかわらず」 item takes leaves the item before', () => {
  assert.deepEqual(ob('第4条/(1)')?.approverByLevel, { 重要度B: ['部管理者'] });
  assert.deepEqual(ob('第4条/(2)')?.approver, ['総括管理者']);
});

test('an item that does not set the one before aside leaves its levels', () => {
  assert.deepEqual(ob('第5条/(1)')?.approver, ['部管理者']);
  assert.notDeepEqual(ob('第5条/(1)')?.approverByLevel, { 重要度B: ['部管理者'] });
});

test('a proviso 「…の承認は、Xから受けなければならない」 gives its level X in the sentence before', () => {
  const rule = a.obligations.find((o) => o.path === '第6条' && o.text.startsWith('職員は'));
  assert.deepEqual(rule?.approverByLevel, { 重要度A: ['総括管理者'], 重要度B: ['部管理者'] });
});
