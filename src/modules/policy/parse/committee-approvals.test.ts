/** Approvals a committee gives, by whom the text says acts in its name (snippets written for these tests). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const SETUP = `（体制）
第２条　最高情報セキュリティ責任者（以下「ＣＩＳＯ」という。）を置き、専務理事をもって充てる。
（委員会）
第３条　公社に情報セキュリティ委員会（以下「委員会」という。）を置く。
２　委員会は、委員長及び委員をもって組織し、委員長は専務理事を、委員は課長をもって充てる。
`;

test('「委員長が委員会に諮って決定し、委員会の名において承認する」: 「委員会の承認」 is given by the chair’s role', () => {
  const a =
    analyzePolicy(`${SETUP}３　委員会の承認を要する事項は、委員長が委員会に諮って決定し、委員会の名において承認する。
（外部サービス）
第４条　課長は、外部サービスを利用しようとするときは、委員会の承認を得なければならない。
`);
  const o = a.obligations.find((x) => x.text.startsWith('課長は、外部サービス'));
  const role = a.roles.find((r) => r.name === o?.approver?.[0]);
  assert.equal(o?.approver?.length, 1);
  assert.ok([role?.name, ...(role?.aliases ?? [])].includes('最高情報セキュリティ責任者'));
});

test('without a clause that names who approves in its name, a committee’s approval names no approver', () => {
  const a = analyzePolicy(`${SETUP}（外部サービス）
第４条　課長は、外部サービスを利用しようとするときは、委員会の承認を得なければならない。
`);
  const o = a.obligations.find((x) => x.text.startsWith('課長は、外部サービス'));
  assert.equal(o?.approver, undefined);
});
