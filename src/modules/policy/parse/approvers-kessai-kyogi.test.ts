/**
 * Permissions written as 決裁, as a prior 協議 with a role, and as a 届出 that the role approves: each names its
 * approver as 許可 and 承認 do. A 協議 not held beforehand, or with someone who holds no role, and a duty to follow
 * a role's procedure ask no one's leave.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TEXT = `柊野町水道部情報管理要領

１　体制
（１）　管理総括者
管理総括者（以下「総括者」という。）は、水道部長をもって充て、水道部の情報管理を総括する。
（２）　情報取扱責任者
情報取扱責任者（以下「取扱責任者」という。）は、業務課長をもって充て、総括者を補佐する。
（３）　機器担当者
機器担当者は、工務係長をもって充て、取扱責任者の指示に従い、端末の管理を行う。

２　分類
（１）　区分
情報資産は、機密性に応じて次のとおり分類する。
（ア）　厳秘　漏えいにより給水に重大な支障を及ぼす情報
（イ）　部内用　公表前の情報で、厳秘に該当しないもの
（ウ）　公表　公表されている情報

３　取扱い
（１）　持出し
職員は、厳秘の情報資産を持ち出すときは総括者の決裁を、部内用の情報資産を持ち出すときは取扱責任者の決裁を受けなければならない。
（２）　提供
職員は、厳秘の情報資産を外部に提供しようとするときは、あらかじめ総括者と協議し、その承認を受けなければならない。
（３）　機器
職員は、水道部のネットワークに機器を接続しようとするときは、あらかじめ機器担当者と協議しなければならない。
（４）　更新
取扱責任者は、端末の更新について、機器担当者と協議しなければならない。取扱責任者は、漏えいの公表について、町長と協議しなければならない。
（５）　再委託
受託者は、委託業務を再委託してはならない。ただし、あらかじめ取扱責任者に届け出て、その承認を受けたときは、この限りでない。
（６）　例外
取扱責任者は、特別の事情があるときは、総括者の決裁を受けて、例外措置を講ずることができる。取扱責任者は、緊急を要するときは、総括者の決裁を受ける前に例外措置を講ずることができる。
（７）　公開
取扱責任者は、ホームページに写真を掲載するときは、総括者の定める手順に従わなければならない。
`;

const a = analyzePolicy(TEXT);
const ob = (path: string, starts = '') =>
  a.obligations.find((o) => o.path === path && o.text.startsWith(starts));

test('決裁 asked level by level gives approvers by level', () => {
  assert.deepEqual(ob('3/(1)')?.approverByLevel, { 厳秘: ['管理総括者'], 部内用: ['情報取扱責任者'] });
});

test('「あらかじめXと協議し、その承認を受け」 and 「あらかじめXと協議しなければならない」 name X', () => {
  assert.deepEqual(ob('3/(2)')?.approver, ['管理総括者']);
  assert.deepEqual(ob('3/(3)')?.approver, ['機器担当者']);
});

test('a 協議 not held beforehand about an act, or with no role, asks no approver', () => {
  assert.equal(ob('3/(4)', '取扱責任者は、端末')?.approver, undefined);
  assert.equal(ob('3/(4)', '取扱責任者は、漏えい')?.approver, undefined);
});

test('「Xに届け出て、その承認を受けたとき」 lifts the prohibition by X', () => {
  assert.deepEqual(ob('3/(5)')?.approver, ['情報取扱責任者']);
});

test('決裁 before an exception is its permission; acting before the 決裁 is not', () => {
  assert.deepEqual(ob('3/(6)', '取扱責任者は、特別')?.approver, ['管理総括者']);
  assert.equal(ob('3/(6)', '取扱責任者は、緊急')?.approver, undefined);
});

test('following the procedure a role sets is no permission', () => {
  assert.equal(ob('3/(7)')?.approver, undefined);
});
