/**
 * 「Xの確認及び許可を受け」「Xの審査及び承認を得て」「Xの確認と許可を得」: X checks, then gives the leave; 「Xに協議し、その承認を
 * 得」: the approval of the one consulted. Texts written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { approvals, TOWN } from './approvers.test-support.ts';

const TEXT = `${TOWN}（廃棄）
第４条　職員は、情報資産を記録した媒体を廃棄しようとするときは、あらかじめ管理責任者の確認及び許可を受け、物理的に破壊しなければならない。
２　職員は、外部のサービスを利用するときは、統括責任者の審査及び承認を得なければならない。
３　職員は、町のホームページで情報を発信するときは、管理責任者の確認と許可を得なければならない。
（導入）
第５条　管理責任者は、情報システムを新たに導入しようとするときは、統括責任者に協議し、その承認を得なければならない。
２　管理責任者は、情報システムを廃止しようとするときは、あらかじめ統括責任者に協議して、その承認を受けなければならない。
`;

const got = approvals(TEXT, (o, part) => o.includes(part));

test('「Xの確認及び許可を受け」 and 「Xの審査及び承認を得」 ask X’s leave', () => {
  assert.deepEqual(got('廃棄しようとする'), ['管理責任者']);
  assert.deepEqual(got('外部のサービス'), ['統括責任者']);
});

test('「Xの確認と許可を得」 asks X’s leave', () => {
  assert.deepEqual(got('ホームページ'), ['管理責任者']);
});

test('「Xに協議し、その承認を得」「Xに協議して、その承認を受け」: the one consulted approves', () => {
  assert.deepEqual(got('新たに導入'), ['統括責任者']);
  assert.deepEqual(got('廃止しようとする'), ['統括責任者']);
});
