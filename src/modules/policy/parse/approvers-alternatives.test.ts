/**
 * Roles written as alternatives to one permission: 「XとYのいずれかの許可」「X又はYのいずれか一方の承認」 (either gives
 * it), and a deputy in brackets, 「X（Xが不在のときはY）の許可」 (X's permission; Y only stands in for X).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TOWN = `（統括責任者）
第１条　町に統括責任者を置き、総務課長をもって充てる。
（管理責任者）
第２条　各課に管理責任者を置き、課長をもって充てる。
（システム管理者）
第３条　情報システムごとにシステム管理者を置き、係長をもって充てる。
`;

const UNION = `1 体制
(1) 組合に総括者を置き、事務局長をもって充てる。
(2) 組合に管理者を置き、総務課長をもって充てる。
(3) 組合に担当者を置き、総務係長をもって充てる。
2 取扱い
`;

const approver = (text: string, part: string) =>
  analyzePolicy(text).obligations.find((o) => o.text.includes(part))?.approver;

test('「XとYのいずれかの許可」「X又はYのいずれか一方の承認」: both give it', () => {
  const a = `${TOWN}（外部記録媒体）
第４条　職員は、外部記録媒体を使用するときは、管理責任者又はシステム管理者のいずれかの許可を得なければならない。
２　職員は、外部記録媒体を廃棄するときは、管理責任者とシステム管理者のいずれかの承認を受けなければならない。
`;
  assert.deepEqual(approver(a, '使用する'), ['管理責任者', 'システム管理者']);
  assert.deepEqual(approver(a, '廃棄する'), ['管理責任者', 'システム管理者']);
  const b = `${UNION}(1) 職員は、私物の端末を業務に用いるときは、総括者又は管理者のいずれか一方の承認を得なければならない。
(2) 職員は、ソフトウェアを導入しようとするときは、管理者若しくは担当者のいずれかの許可を受けること。
`;
  assert.deepEqual(approver(b, '私物'), ['総括者', '管理者']);
  assert.deepEqual(approver(b, 'ソフトウェア'), ['管理者', '担当者']);
});

test('「X（Xが不在のときはY）の許可」 and 「X（不在の場合は、Y）の承認」: X’s permission', () => {
  const a = `${TOWN}（ソフトウェア）
第４条　職員は、ソフトウェアを導入するときは、システム管理者（システム管理者が不在のときは管理責任者）の許可を得なければならない。
２　職員は、情報資産を庁外に持ち出すときは、管理責任者（不在の場合は、統括責任者）の承認を得なければならない。
`;
  assert.deepEqual(approver(a, 'ソフトウェア'), ['システム管理者']);
  assert.deepEqual(approver(a, '持ち出す'), ['管理責任者']);
  const b = `${UNION}(1) 職員は、端末を庁外に持ち出すときは、管理者（管理者に事故があるときは担当者）の許可を受けること。
`;
  assert.deepEqual(approver(b, '持ち出す'), ['管理者']);
});
