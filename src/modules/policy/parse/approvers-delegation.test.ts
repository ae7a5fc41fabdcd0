/**
 * Approvals delegated by a 専決 list and a 委任 clause: in the ordinary case the holder of the delegated power
 * approves — for the levels the delegation names, beside the delegator where part of the act is left out.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TEXT = `1．体制
（1）センターに総括責任者を置き、副所長をもって充てる。
（2）各課に課責任者を置き、課長をもって充てる。課責任者は、総括責任者の指揮を受ける。
（3）センターに設備管理者を置き、設備係長をもって充てる。設備管理者は、総括責任者の指揮を受ける。
（4）センターに端末管理者を置き、情報係長をもって充てる。端末管理者は、総括責任者の指揮を受ける。

2．承認の権限
（1）この基準に定める承認は、総括責任者が行う。
（2）次に掲げる承認は、課責任者が専決することができる。
ア．重要度Ｂの情報資産の所外への貸出しの承認
イ．記録媒体の書式の変更の承認（監視系に係るものを除く。）
（3）総括責任者の承認の権限のうち、監視系の設備への機器の接続に係るものは設備管理者に、事務系の端末へのソフトウェアの導入に係るものは端末管理者に委任する。

3．分類
（1）情報資産は、重要度Ａ、重要度Ｂ及び重要度Ｃに分類する。

4．取扱い
（1）職員は、重要度Ａ又は重要度Ｂの情報資産を所外に貸し出すときは、総括責任者の承認を受けなければならない。
（2）職員は、記録媒体の書式を変更するときは、総括責任者の承認を受けなければならない。
（3）職員は、監視系の設備に機器を接続するときは、総括責任者の承認を受けなければならない。
（4）職員は、端末にソフトウェアを導入するときは、総括責任者の承認を受けなければならない。
（5）課責任者は、情報システムを新たに導入するときは、総括責任者の承認を受けなければならない。
`;

const a = analyzePolicy(TEXT);
const ob = (path: string) => a.obligations.find((o) => o.path === path);

test('a 専決 item naming a level gives that level to its holder; the other levels stay with the delegator', () => {
  assert.deepEqual(ob('4./(1)')?.approverByLevel, { 重要度A: ['総括責任者'], 重要度B: ['課責任者'] });
});

test('a 専決 item leaving part of the act out puts its holder beside the delegator', () => {
  assert.deepEqual(new Set(ob('4./(2)')?.approver), new Set(['総括責任者', '課責任者']));
});

test('a 委任 goes to the holder of the act done to its thing, and only to it', () => {
  assert.deepEqual(ob('4./(3)')?.approver, ['設備管理者']);
  assert.deepEqual(ob('4./(4)')?.approver, ['端末管理者']);
  // 導入 of an information system is not 導入 of software: the delegator approves.
  assert.deepEqual(ob('4./(5)')?.approver, ['総括責任者']);
});
