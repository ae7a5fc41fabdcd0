/** Parties to a business with the body (an insurer, a contractor, an applicant) act in sentences but are no roles. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

for (const party of ['加入保険者', '被保険者', '利用契約者', '開示申請者', '開示請求者'])
  test(`negative: 「${party}は、…」 is a party, not a role`, () => {
    const roles = analyzePolicy(`第1条　村に情報セキュリティ責任者を置き、副村長をもって充てる。
第2条　情報セキュリティ責任者は、${party}との間で情報を授受する方法を定め、${party}に通知しなければならない。
２　${party}は、村との間で情報を授受するときは、前項で定めた方法によらなければならない。
`).roles.map((r) => r.name);
    assert.deepEqual(roles, ['情報セキュリティ責任者']);
  });

test('a role acting without appointment (「情報資産管理者は、…」) is still read', () => {
  const roles = analyzePolicy(`第1条　村に情報セキュリティ責任者を置き、副村長をもって充てる。
第2条　情報資産管理者は、情報セキュリティ責任者を補佐しなければならない。
`).roles.map((r) => r.name);
  assert.deepEqual(roles, ['情報セキュリティ責任者', '情報資産管理者']);
});
