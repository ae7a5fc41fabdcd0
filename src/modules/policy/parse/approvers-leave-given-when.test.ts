/**
 * A leave written as what the one who allows did, in the condition of the act (「…についてはXが、…についてはYが、業務上の
 * 必要を認めて持出しを許したときは、持ち出すことができる」): X and Y give it, each for its case, and are not who acts.
 * 許す is to give the leave as 許可する is. Texts written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';
import { TOWN } from './approvers.test-support.ts';

const obligation = (text: string, part: string) =>
  analyzePolicy(text).obligations.find((o) => o.text.includes(part));

test('「機密性３についてはXが、機密性２についてはYが、…許したときは」: each level’s approver, no actor', () => {
  const a = `${TOWN}（持出し）
第４条　職員は、機密性３の情報資産を庁外に持ち出してはならない。
２　前項の規定にかかわらず、機密性３については統括責任者が、機密性２については管理責任者が、業務上の必要を認めて持出しを許したときは、持ち出すことができる。
`;
  const got = obligation(a, '前項の規定にかかわらず');
  assert.deepEqual(got?.approverByLevel, { 機密性3: ['統括責任者'], 機密性2: ['管理責任者'] });
  assert.deepEqual(got?.actors, []);
  const b = `${TOWN}（複製）
第４条　機密性３の情報資産にあっては統括責任者が、機密性２の情報資産にあっては管理責任者が、それぞれ複製を承認した場合に限り、複製することができる。
`;
  const other = obligation(b, '複製することができる');
  assert.deepEqual(other?.approverByLevel, { 機密性3: ['統括責任者'], 機密性2: ['管理責任者'] });
  assert.deepEqual(other?.actors, []);
});

test('「Xが…を許したときは」「Xが業務上の必要を認めて…を許可したときは」: X gives the leave and does not act', () => {
  const a = `${TOWN}（持出し）
第４条　職員は、情報資産を庁外に持ち出してはならない。
２　前項の規定にかかわらず、統括責任者が持出しを許したときは、持ち出すことができる。
`;
  const got = obligation(a, '前項の規定にかかわらず');
  assert.deepEqual(got?.approver, ['統括責任者']);
  assert.deepEqual(got?.actors, []);
  const b = `${TOWN}（送信）
第４条　職員は、情報資産を外部に送信してはならない。ただし、管理責任者が業務上の必要を認めて送信を許可したときは、この限りでない。
`;
  assert.deepEqual(obligation(b, 'ただし、')?.approver ?? obligation(b, '送信してはならない')?.approver, [
    '管理責任者',
  ]);
  const c = `${TOWN}（消去）
第４条　前条の規定にかかわらず、管理責任者が業務上の必要を認めて消去を許したときは、機密性３の情報資産を消去することができる。
`;
  assert.deepEqual(obligation(c, '消去することができる')?.approver, ['管理責任者']);
});
