/** Actors and approvers named by the office that holds a role (snippets written for these tests). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const TEXT = `（管理体制）
第２条　別表の役割の欄に掲げる役割を置き、同表の充てる職の欄に掲げる職にある者をもって充てる。

（持出し）
第３条　職員は、情報資産を持ち出すときは、所属長の許可を得なければならない。
２　経営企画課長は、持出しの状況を点検しなければならない。
３　業務課長は、窓口の端末を管理しなければならない。

別表（第２条関係）
役割	充てる職	職務
統括情報セキュリティ責任者	経営企画課長	対策の推進に関する事務を統括する。
情報セキュリティ管理者	所属長	所属の情報資産を管理する。
`;

test('「所属長の許可」「経営企画課長は、」: an office that holds a role stands for it; another office stays as written', () => {
  const a = analyzePolicy(TEXT);
  const by = (start: string) => a.obligations.find((o) => o.text.startsWith(start));
  assert.deepEqual(by('職員は、情報資産を持ち出す')?.approver, ['情報セキュリティ管理者']);
  assert.deepEqual(by('経営企画課長は')?.actors, ['統括情報セキュリティ責任者']);
  assert.deepEqual(by('業務課長は')?.actors, ['業務課長']);
});

test('an office named before the clause that fills the role with it is only itself', () => {
  const a = analyzePolicy(`（記録）
第１条　総務課長は、申請の記録を保存しなければならない。

（統括責任者）
第２条　統括情報セキュリティ責任者は、総務課長をもって充てる。
２　総務課長は、研修を実施しなければならない。
`);
  const by = (start: string) => a.obligations.find((o) => o.text.startsWith(start));
  assert.deepEqual(by('総務課長は、申請')?.actors, ['総務課長']);
  assert.deepEqual(by('総務課長は、研修')?.actors, ['統括情報セキュリティ責任者']);
});
