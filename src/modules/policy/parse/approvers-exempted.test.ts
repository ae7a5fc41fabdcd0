/** A prohibition lifted for what a role allowed: 「Xが認めたものを除き、…てはならない」 (snippets written for these tests). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

test('「Xが認めたものを除き、…用いてはならない」 waits on X', () => {
  const a = analyzePolicy(`（体制）
第１条　情報セキュリティ管理者を置き、総務課長をもって充てる。
（無線）
第２条　職員は、情報セキュリティ管理者が認めたものを除き、業務用のネットワークに私物の機器を接続してはならない。
`);
  const o = a.obligations.find((x) => x.text.startsWith('職員は、情報セキュリティ管理者が認めたもの'));
  assert.deepEqual(o?.approver, ['情報セキュリティ管理者']);
});
