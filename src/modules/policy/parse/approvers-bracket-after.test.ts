/**
 * The exception by level in brackets after the permission: 「Xの許可（機密性３の…にあっては、Yの許可）」, 「Xの承認（機密性
 * ３の…についてはYの承認）」 — the levels in the brackets take Y instead of X, the other levels X.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byLevel, TOWN, UNION } from './approvers.test-support.ts';

test('「Xの承認（機密性３…についてはYの承認）」 over levels the sentence names, and over none', () => {
  const a = `${TOWN}（送信）
第４条　職員は、機密性２以上の情報資産を電子メールで送信するときは、管理責任者の承認（機密性３の情報資産については、統括責任者の承認）を得なければならない。
（廃棄）
第５条　職員は、情報資産を廃棄するときは、管理責任者の許可（機密性３の情報資産にあっては、統括責任者の許可）を受けなければならない。
`;
  assert.deepEqual(byLevel(a, '送信する'), { 機密性3: ['統括責任者'], 機密性2: ['管理責任者'] });
  assert.deepEqual(byLevel(a, '廃棄する'), { 機密性3: ['統括責任者'], 機密性2: ['管理責任者'] });
});

test('「Xの許可（ただし、重要度Ａの…にあっては、Y）」 in another body', () => {
  const b = `${UNION}(1) 職員は、重要度Ａ又は重要度Ｂの情報資産を複写するときは、管理者の許可（ただし、重要度Ａの情報資産にあっては、総括者）を得ること。
`;
  assert.deepEqual(byLevel(b, '複写する'), { 重要度A: ['総括者'], 重要度B: ['管理者'] });
});
