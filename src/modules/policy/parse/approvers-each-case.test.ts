/** 「…についてはXの、…についてはYの許可」: each case names its own role, all of them give the permission. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const ROLES = `1 体制
（1）統括責任者
① 町に統括責任者を置き、総務課長をもって充てる。
（2）管理者
① 課に情報管理者を置き、課長をもって充てる。
`;

test('「…についてはXの、…についてはYの許可」 and 「…の場合についてはXの、…の場合についてはYの承認」', () => {
  const a = analyzePolicy(`${ROLES}2 利用
（1）職員は、書類を外部に持ち出す場合には、住民の情報を含む書類については統括責任者の、その他の書類については情報管理者の許可を得なければならない。
（2）職員は、端末を接続する場合には、庁外の網に接続する場合については情報管理者の、庁内の網に接続する場合については統括責任者の承認を得なければならない。
`);
  const approver = (part: string) => a.obligations.find((o) => o.text.includes(part))?.approver;
  assert.deepEqual(approver('書類を外部に'), ['統括責任者', '情報管理者']);
  assert.deepEqual(approver('端末を接続'), ['情報管理者', '統括責任者']);
});
