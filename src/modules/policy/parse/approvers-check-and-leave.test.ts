/** 「Xの確認及び許可を受け」「Xの審査及び承認を得て」: X checks, then gives the leave. Texts written for these tests. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { approvals, TOWN } from './approvers.test-support.ts';

const TEXT = `${TOWN}（廃棄）
第４条　職員は、情報資産を記録した媒体を廃棄しようとするときは、あらかじめ管理責任者の確認及び許可を受け、物理的に破壊しなければならない。
２　職員は、外部のサービスを利用するときは、統括責任者の審査及び承認を得なければならない。
`;

const got = approvals(TEXT, (o, part) => o.includes(part));

test('「Xの確認及び許可を受け」 and 「Xの審査及び承認を得」 ask X’s leave', () => {
  assert.deepEqual(got('廃棄しようとする'), ['管理責任者']);
  assert.deepEqual(got('外部のサービス'), ['統括責任者']);
});
