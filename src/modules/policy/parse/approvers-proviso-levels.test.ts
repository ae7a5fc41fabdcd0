/**
 * A proviso lifts the prohibition before it for that prohibition's levels, and 「Xが認めたYに限り…できる」 is X's leave.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TEXT = `第１条　公社に総括管理者を置き、副理事長をもって充てる。
第２条　課に課管理者を置き、課長をもって充てる。
２　課管理者は、総括管理者の指揮を受ける。
第３条　情報資産は、重要度Ａ、重要度Ｂ及び重要度Ｃに分類する。
第４条　職員は、重要度Ａの情報資産を複写してはならない。ただし、監査のため総括管理者が必要と認めたときに限り、必要な部数を複写することができる。
２　職員は、私物の端末を業務に用いてはならない。ただし、課管理者が必要と認めたときに限り、用いることができる。
第５条　職員は、課管理者が認めた記録媒体に限り、業務の資料を保存することができる。
`;

const a = analyzePolicy(TEXT);
const proviso = (path: string) => a.obligations.find((o) => o.path === path && o.text.startsWith('ただし'));

test('a proviso takes the levels of the prohibition it lifts', () => {
  assert.deepEqual(proviso('第4条')?.approverByLevel, { 重要度A: ['総括管理者'] });
  // A duty that names no level gives its proviso none.
  assert.deepEqual(proviso('第4条/2')?.approver, ['課管理者']);
  assert.equal(proviso('第4条/2')?.approverByLevel, undefined);
});

test('「Xが認めたYに限り…できる」 waits on X', () => {
  assert.deepEqual(a.obligations.find((o) => o.path === '第5条')?.approver, ['課管理者']);
});
