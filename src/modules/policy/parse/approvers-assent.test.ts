/**
 * 了承 and 同意 are permissions as 許可 is: 「Xの了承を得なければならない」, 「Xの同意を得た上で…できる」,
 * 「Xの了承なく…してはならない」, 「Xに報告し、その了承を得」.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TEXT = `第１条　財団に総括管理者を置き、常務理事をもって充てる。
第２条　各課に課管理者を置き、課長をもって充てる。
２　課管理者は、総括管理者の指揮を受ける。
第３条　課管理者は、新たに業務システムを導入しようとするときは、その計画について総括管理者の了承を得なければならない。
第４条　職員は、課管理者の同意を得た上で、私物の端末を業務に用いることができる。
第５条　職員は、課管理者の了承なく、利用者の名簿を外部の者に提供してはならない。
第６条　課管理者は、緊急の必要によりこの基準によることができないときは、講じた措置を総括管理者に報告し、その了承を得なければならない。
第７条　職員は、本人の同意を得て、利用者の情報を提供しなければならない。
`;

const a = analyzePolicy(TEXT);
const approver = (path: string) => a.obligations.find((o) => o.path === path)?.approver;

test('了承 and 同意 are permissions', () => {
  assert.deepEqual(approver('第3条'), ['総括管理者']);
  assert.deepEqual(approver('第4条'), ['課管理者']);
  assert.deepEqual(approver('第5条'), ['課管理者']);
  assert.deepEqual(approver('第6条'), ['総括管理者']);
});

test('the 同意 of someone who is no role is no permission', () => {
  assert.equal(approver('第7条'), undefined);
});
