/** Teams set up beside the committee: a 班 with its 班長 and 班員, a CSIRT whose 長 or 責任者 is a role (snippets written for these tests). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const ROLES = `（統括者）
第２条　町に情報セキュリティ統括者（以下「統括者」という。）を置き、副町長をもって充てる。
２　町に情報セキュリティ調整者（以下「調整者」という。）を置き、企画課長をもって充てる。
３　調整者は、統括者を補佐する。
`;

test('a 班 with a 班長 and 班員 picked by a role: the head is the role, the members who are picked', () => {
  const a = analyzePolicy(`${ROLES}（事故対応班）
第３条　調整者の下に、町情報セキュリティ事故対応班（以下「対応班」という。）を置く。
２　対応班の班長は調整者とし、班員は調整者が指名する企画課の職員とする。
３　対応班は、事故の報告を受け、復旧を支援する。
`);
  const team = a.committees.find((c) => c.alias === '対応班');
  assert.equal(team?.name, '町情報セキュリティ事故対応班');
  assert.equal(team?.chair?.post, '調整者');
  assert.deepEqual(team?.memberNames, ['企画課の職員']);
  assert.equal(a.committees.length, 1);
});

test('a CSIRT whose 長 / その責任者 is a role, its 構成員 named 「…のうちから…が指名する」', () => {
  const one = analyzePolicy(`${ROLES}（町CSIRT）
第３条　調整者の下に、町CSIRTを置く。
２　町CSIRTの長は調整者とし、その構成員は企画課の職員とする。
`);
  assert.equal(one.committees[0]?.chair?.post, '調整者');
  assert.deepEqual(one.committees[0]?.memberNames, ['企画課の職員']);

  const two =
    analyzePolicy(`${ROLES}第３条　調整者の下に町CSIRTを置き、その責任者は調整者とし、構成員は企画課の職員及び税務課の職員のうちから調整者が指名する。
`);
  assert.equal(two.committees[0]?.chair?.post, '調整者');
  assert.deepEqual(two.committees[0]?.memberNames, ['企画課の職員', '税務課の職員']);
});

test('a heading over the clauses that set a team up names that team: it is listed once', () => {
  const a = analyzePolicy(`1 体制
1-1 統括者
(1) 町に情報セキュリティ統括者を置き、副町長をもって充てる。
1-2 情報セキュリティ緊急対応チーム
(1) 統括者の下に、事故に対処するため、町緊急対応チームを置く。
(2) 町緊急対応チームは、事故の報告を受け付ける。
`);
  assert.deepEqual(
    a.committees.map((c) => c.name),
    ['町緊急対応チーム'],
  );
});
