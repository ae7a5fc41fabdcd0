/**
 * A proviso standing as an item of its own after the item that forbids: 「(1) …してはならない。」 then 「(2) ただし、X
 * の許可を得たときは、この限りでない。」 is a `may` at the proviso's own place, naming no actor, with X its approver.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TEXT = `1 組織
1.1 管理体制
(1) 組合に総括管理者を置き、副管理者をもって充てる。
(2) 課に課管理者を置き、課長をもって充てる。
(3) 課管理者は、総括管理者の指揮を受ける。
2 取扱い
2.1 持出し
(1) 職員は、私物の記録媒体を業務に用いてはならない。
(2) ただし、課管理者の許可を得た記録媒体については、この限りでない。
(3) 職員は、端末を施錠できる場所に保管しなければならない。
2.2 接続
① 職員は、総括管理者の許可を得ずに、機器を組合のネットワークに接続してはならない。
② ただし、課管理者が保守のために接続する場合であって、総括管理者の許可を得たときは、この限りでない。
③ ただし書の接続をした者は、その旨を記録しなければならない。
`;

const a = analyzePolicy(TEXT);
const at = (path: string) => a.obligations.filter((o) => o.path === path);

test('「(2) ただし、Xの許可を得た…については、この限りでない。」 after a prohibition item is a may of its own with X', () => {
  const [own] = at('2/2.1/(2)');
  assert.equal(own?.modality, 'may');
  assert.deepEqual(own.actors, []);
  assert.deepEqual(own.approver, ['課管理者']);
  // The prohibition before it asked no leave: it is given X too.
  assert.deepEqual(at('2/2.1/(1)')[0].approver, ['課管理者']);
});

test('a circled item 「② ただし、…Xの許可を得たときは、この限りでない。」 takes X, not the role that acts', () => {
  const [own] = at('2/2.2/②');
  assert.equal(own?.modality, 'may');
  assert.deepEqual(own.approver, ['総括管理者']);
  // A duty after it is read as before.
  assert.equal(at('2/2.2/③')[0]?.modality, 'must');
});

test('an item that is no proviso, after a duty, makes no permission', () => {
  assert.equal(at('2/2.1/(3)')[0]?.modality, 'must');
  assert.equal(at('2/2.1/(3)')[0]?.approver, undefined);
});
