/** Leave worded as a decision or a judgment: 「Xの決定を得」「Xの決定を経」「Xの判断により行うことができる」「Xが認めない…を…してはならない」. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { approvals, TOWN } from './approvers.test-support.ts';

const get = (text: string) => approvals(text, (o, part) => o.includes(part));

test('「Xの決定を得なければならない」「Xの決定を経なければならない」: X gives the leave', () => {
  const approver = get(`${TOWN}（利用）
第４条　職員は、外部の電子掲示板を業務に使うときは、統括責任者の決定を得なければならない。
２　職員は、機密性２の情報資産を他の団体に渡すときは、管理責任者の決定を経なければならない。
`);
  assert.deepEqual(approver('電子掲示板'), ['統括責任者']);
  assert.deepEqual(approver('他の団体'), { 機密性2: ['管理責任者'] });
});

test('「…については、Xの判断により行うことができる」「Xの判断により…することができる」: X decides whether the act goes on', () => {
  const approver = get(`${TOWN}（提供）
第４条　職員は、機密性３の情報資産を提供するときは、統括責任者の承認を得なければならない。
２　近隣の町への提供については、管理責任者の判断により行うことができる。
３　職員は、管理責任者の判断により、住民の写真を複写することができる。
`);
  assert.deepEqual(approver('近隣の町'), ['管理責任者']);
  assert.deepEqual(approver('複写する'), ['管理責任者']);
});

test('「Xが認めない機器を…接続してはならない」「Xが認めていないソフトウェアを…導入しないこと」: only what X allowed', () => {
  const approver = get(`${TOWN}（機器）
第４条　職員は、管理責任者が認めない機器を庁内の端末に接続してはならない。
２　職員は、統括責任者が認めていないソフトウェアを端末に導入しないこと。
`);
  assert.deepEqual(approver('機器を庁内'), ['管理責任者']);
  assert.deepEqual(approver('ソフトウェア'), ['統括責任者']);
});

test('「Xの許しを得なければならない」「Xの許しを受けて」: 許し is a permission as 許可 is', () => {
  const approver = get(`${TOWN}（閲覧）
第４条　職員は、古い議事録の原本を閲覧しようとするときは、管理責任者の許しを得なければならない。
２　職員は、統括責任者の許しを受けて、庁外の会議に端末を持ち込むことができる。
`);
  assert.deepEqual(approver('議事録'), ['管理責任者']);
  assert.deepEqual(approver('持ち込む'), ['統括責任者']);
});
