/** 「Aの…してはならず、Bの…するときは、Xの許可を得て…」: the permission is asked for B only. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TEXT = `1 体制
1.1 組織
本部に総括責任者を置き、本部長をもって充てる。管理責任者は、各課長をもって充てる。
管理責任者は、総括責任者の指揮を受ける。
2 分類
2.1 区分
情報資産は、重要度A、重要度B及び重要度Cに分類する。
3 取扱い
3.1 郵送
職員は、重要度Aの情報資産を郵送してはならず、重要度Bの情報資産を郵送するときは、管理責任者の許可を得て書留としなければならない。
3.2 複写
職員は、重要度A又は重要度Bの情報資産を複写するときは、管理責任者の許可を得なければならない。
`;

const a = analyzePolicy(TEXT);
const ob = (path: string) => a.obligations.find((o) => o.path === path);

test('the level of the forbidding clause gets no approver; the level asked for does', () => {
  assert.deepEqual(ob('3/3.1')?.approverByLevel, { 重要度B: ['管理責任者'] });
});

test('a sentence that forbids nothing keeps every level it names', () => {
  assert.deepEqual(ob('3/3.2')?.approverByLevel, { 重要度A: ['管理責任者'], 重要度B: ['管理責任者'] });
});
