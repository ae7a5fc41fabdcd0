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

test('[R-A8] a chair elected by the members is no chair; a 幹事会 placed in the 委員会 is a body of its own with its 幹事長 and 幹事', () => {
  const a = analyzePolicy(`${ROLES}（推進委員会）
第３条　町の情報セキュリティ対策を推進するため、町情報セキュリティ推進委員会（以下「委員会」という。）を置く。
２　委員会は、委員長及び委員をもって組織し、委員は、副町長及び課長の職にある者をもって充てる。
３　委員長は、委員の互選によりこれを定める。
（作業部会）
第４条　委員会に、その所掌事項を調査するため、幹事会を置く。
２　幹事会の幹事長は調整者をもって充て、幹事は、各課の主任とする。
`);
  const committee = a.committees.find((c) => c.alias === '委員会');
  assert.equal(committee?.chair, undefined);
  assert.deepEqual(committee?.memberNames, ['副町長', '課長']);
  const board = a.committees.find((c) => c.name === '幹事会');
  assert.equal(board?.path, '第4条');
  assert.equal(board?.chair?.post, '調整者');
  assert.deepEqual(board?.memberNames, ['各課の主任']);
});

test('[R-A8] 「…で組織し、Xが幹事長となる」: X is the chair, not one of the members; staff of two units is one group', () => {
  const a = analyzePolicy(`${ROLES}（連絡会議）
第３条　町に情報セキュリティ幹事会（以下「幹事会」という。）を置く。
２　幹事会は、統括者、調整者及び会計管理者で組織し、統括者が幹事長となる。
（支援班）
第４条　調整者の下に、町情報支援班（以下「支援班」という。）を置く。
２　支援班の班長は、調整者をもって充て、班員は、企画課及び税務課の職員のうちから班長が指名する者とする。
（報告）
第５条　各課に情報担当室を置く。
`);
  const board = a.committees.find((c) => c.alias === '幹事会');
  assert.equal(board?.chair?.post, '統括者');
  assert.deepEqual(board?.memberNames, ['調整者', '会計管理者']);
  assert.deepEqual(a.committees.find((c) => c.alias === '支援班')?.memberNames, ['企画課及び税務課の職員']);
});

test('[R-A8] 「Xその他の責任者並びに委員会を置く」 sets up no body by that name; 「…センターにY CSIRTを置く」 is named Y CSIRT', () => {
  const a = analyzePolicy(`${ROLES}（体制）
第３条　町に、統括者その他の責任者並びに委員会を置く。
（ＣＳＩＲＴ）
第４条　情報政策センターに町ＣＳＩＲＴ（以下「ＣＳＩＲＴ」という。）を置く。
２　ＣＳＩＲＴの長は、調整者とする。
`);
  assert.deepEqual(
    a.committees.map((c) => c.name),
    ['町CSIRT'],
  );
});
