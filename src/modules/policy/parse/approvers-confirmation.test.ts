/**
 * 「Xの確認を受けて」: the act may go on once X has checked it — X's leave, as with 許可 or 承認. X checking on its
 * own (「Xは、…を確認しなければならない」) asks no one's leave.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TEXT = `第1条　公社に文書管理責任者を置き、総務課長をもって充てる。
第2条　公社に機器管理者を置き、施設課長をもって充てる。
第3条　職員は、保存期間を過ぎた帳票を処分するときは、文書管理責任者の確認を受けて、裁断しなければならない。
第4条　職員は、貸与された機器を返すときは、機器管理者の確認を受けなければならない。
第5条　機器管理者は、返された機器の状態を確認しなければならない。
第6条　職員は、機器管理者の確認を受ける前に、機器の設定を初期化してはならない。
`;

const a = analyzePolicy(TEXT);
const ob = (path: string) => a.obligations.find((o) => o.path === path);

test('「Xの確認を受けて、…」 and 「Xの確認を受けなければならない」 name X as the one who allows', () => {
  assert.deepEqual(ob('第3条')?.approver, ['文書管理責任者']);
  assert.deepEqual(ob('第4条')?.approver, ['機器管理者']);
});

test('a role checking on its own, or an act before the check, names no approver', () => {
  assert.equal(ob('第5条')?.approver, undefined);
  assert.equal(ob('第6条')?.approver, undefined);
});
