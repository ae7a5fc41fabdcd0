/**
 * A ただし書 after a permission that gives another approver for the levels it names: 「ただし、重要度Ａの…について
 * は、Yの許可を得なければならない。」 or 「ただし、重要度Ａの…の了承は、Yが行う（ものとする）。」.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TEXT = `第１条　公社に総括管理者を置き、副理事長をもって充てる。
第２条　課に課管理者を置き、課長をもって充てる。
２　課管理者は、総括管理者の指揮を受ける。
第３条　情報資産は、重要度Ａ、重要度Ｂ及び重要度Ｃに分類する。
第４条　職員は、重要度Ａ又は重要度Ｂの情報資産を公社の外へ持ち出すときは、課管理者の許可を得なければならない。ただし、重要度Ａの情報資産については、総括管理者の許可を得なければならない。
第５条　職員は、重要度Ａ又は重要度Ｂの情報資産を外部の者に提供するときは、課管理者の了承を得なければならない。ただし、重要度Ａの情報資産を提供する場合の了承は、総括管理者が行う。
第６条　職員は、課管理者の許可なく、重要度Ａ又は重要度Ｂの情報資産を複製してはならない。ただし、重要度Ａの情報資産を複製する場合の許可は、総括管理者が行うものとする。
`;

const a = analyzePolicy(TEXT);
const ob = (path: string) => a.obligations.filter((o) => o.path === path);
const BOTH = { 重要度A: ['総括管理者'], 重要度B: ['課管理者'] };

test('a ただし書 asking for another approver gives it the levels it names; it stays a duty asking for none', () => {
  assert.deepEqual(ob('第4条')[0]?.approverByLevel, BOTH);
  assert.equal(ob('第4条').length, 2);
  assert.equal(ob('第4条')[1]?.approver, undefined);
  assert.equal(ob('第4条')[1]?.modality, 'must');
});

test('「ただし、…の了承は、Yが行う。」 gives Y the level it names and is no duty', () => {
  assert.deepEqual(ob('第5条')[0]?.approverByLevel, BOTH);
  assert.equal(ob('第5条').length, 1);
});

test('「…が行うものとする。」 gives Y the level and stays a duty asking for none', () => {
  assert.deepEqual(ob('第6条')[0]?.approverByLevel, BOTH);
  assert.equal(ob('第6条')[1]?.approver, undefined);
});
