/**
 * A committee's seats in the orders bodies write them: the seat first and the members before their own seat
 * (「議長をX、副議長をYとし、A及びBを構成員とする」), the members' seat named before them (「…を副委員長とし、委員は
 * Aをもって構成する」), and a secretariat written without the comma after は (「委員会の事務局は総務課が担う」).
 * Texts written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const head = `第1条　町に情報統括責任者を置き、副町長をもって充てる。
第2条　町に情報推進責任者を置き、企画課長をもって充てる。
`;
const committee = (article: string) => analyzePolicy(`${head}第3条　${article}\n`).committees[0];

test('「議長をX、副議長をYとし、A及びBを構成員とする」: the members before their seat', () => {
  const c = committee(
    '町に情報化推進会議（以下「会議」という。）を置く。会議は、議長を情報統括責任者、副議長を情報推進責任者とし、各課長及び税務課長を構成員とする。',
  );
  assert.equal(c?.chair?.post, '情報統括責任者');
  assert.equal(c?.viceChair?.post, '情報推進責任者');
  assert.deepEqual(c?.memberNames, ['各課長', '税務課長']);
});

test('「委員長をX、副委員長をYとし、A、B及びCを委員として組織する」', () => {
  const c = committee(
    '町に文書管理委員会（以下「委員会」という。）を置く。委員会は、委員長を情報統括責任者とし、副委員長を情報推進責任者とし、総務課長、住民課長及び福祉課長を委員として組織する。',
  );
  assert.equal(c?.chair?.post, '情報統括責任者');
  assert.equal(c?.viceChair?.post, '情報推進責任者');
  assert.deepEqual(c?.memberNames, ['総務課長', '住民課長', '福祉課長']);
});

test('「Xを委員長、Yを副委員長とし、委員はAをもって構成する」: the members’ seat is no member', () => {
  const c = committee(
    '町に文書管理委員会（以下「委員会」という。）を置く。委員会は、情報統括責任者を委員長、情報推進責任者を副委員長とし、委員は各課長をもって構成する。',
  );
  assert.equal(c?.chair?.post, '情報統括責任者');
  assert.deepEqual(c?.memberNames, ['各課長']);
  const d = committee(
    '町に文書管理委員会（以下「委員会」という。）を置く。委員会は、情報統括責任者を委員長とし、構成員には総務課長及び税務課長をもって組織する。',
  );
  assert.deepEqual(d?.memberNames, ['総務課長', '税務課長']);
});

test('「委員会の事務局は総務課が担う」「会議の庶務は企画課において処理する」 without a comma after は', () => {
  const c = committee('町に文書管理委員会（以下「委員会」という。）を置く。委員会の事務局は総務課が担う。');
  assert.equal(c?.secretariat, '総務課');
  const d = committee(
    '町に情報化推進会議（以下「会議」という。）を置く。会議の庶務は企画課において処理する。',
  );
  assert.equal(d?.secretariat, '企画課');
});
