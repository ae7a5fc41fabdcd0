/** A role the subject of the sentence picks the holder of: 「Zは、その指名する職員をXとし、…」. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const head = `第2条　町に情報セキュリティ責任者を置き、副町長をもって充てる。
第3条　課に情報セキュリティ管理者を置き、課長をもって充てる。情報セキュリティ管理者は、情報セキュリティ責任者の指示に従い、課の対策を行う。
`;

test('「Zは、その指名する職員をXとし、Xは、Zの指示に従い…」: X is a role Z appoints, one tier below Z', () => {
  const roles = analyzePolicy(
    `${head}第4条　情報セキュリティ管理者は、その指名する職員を情報セキュリティ推進者とし、推進者は、情報セキュリティ管理者の指示に従い、課の実務を担う。\n`,
  ).roles;
  const r = roles.find((x) => x.name === '情報セキュリティ推進者');
  assert.ok(r, roles.map((x) => x.name).join(' / '));
  assert.equal(r.appointedBy, '情報セキュリティ管理者');
  assert.equal(r.post, undefined);
  assert.equal(r.tier, 3);
});

test('「Zは、自ら指名する者をXとする。」 ends the sentence with the role', () => {
  const roles = analyzePolicy(
    `${head}第4条　情報セキュリティ責任者は、自ら指名する者を情報セキュリティ推進者とする。\n`,
  ).roles;
  assert.equal(roles.find((x) => x.name === '情報セキュリティ推進者')?.appointedBy, '情報セキュリティ責任者');
});

test('negative: 「Zは、その指名する職員を研修の講師とし、…」 names no role', () => {
  const roles = analyzePolicy(
    `${head}第4条　情報セキュリティ管理者は、その指名する職員を研修の講師とし、研修を行わせる。\n`,
  ).roles;
  assert.deepEqual(
    roles.map((x) => x.name),
    ['情報セキュリティ責任者', '情報セキュリティ管理者'],
  );
});
