/**
 * Seats in one run where the members follow with no 「とし」 (「XをY長、Zを副Y長、Wを委員とする」) or are named by
 * 「…をもって構成する」 after the seats (「議長をX、副議長をYとし、A及びBをもって構成する」).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const head = `第1条　組合に情報統括責任者を置き、理事をもって充てる。
第2条　組合に情報推進責任者を置き、事務局長をもって充てる。
`;
const committee = (article: string) => analyzePolicy(`${head}第3条　${article}\n`).committees[0];

test('「XをY長、Zを副Y長、Wを委員とする」: three seats in one run with no 「とし」', () => {
  const c = committee(
    '組合に文書管理委員会を置き、情報統括責任者を委員長、情報推進責任者を副委員長、各課長を委員とする。',
  );
  assert.equal(c?.chair?.post, '情報統括責任者');
  assert.equal(c?.viceChair?.post, '情報推進責任者');
  assert.deepEqual(c?.memberNames, ['各課長']);
});

test('「XをY長、Zを副Y長、A及びBを構成員として組織する」', () => {
  const c = committee(
    '組合に記録保全会議を置き、情報統括責任者を会長、情報推進責任者を副会長、総務課長及び業務課長を構成員として組織する。',
  );
  assert.equal(c?.chair?.post, '情報統括責任者');
  assert.equal(c?.viceChair?.post, '情報推進責任者');
  assert.deepEqual(c?.memberNames, ['総務課長', '業務課長']);
});

test('「議長をX、副議長をYとし、A及びBをもって構成する」: the members after the seats', () => {
  const c = committee(
    '組合に記録保全会議（以下「保全会議」という。）を置く。保全会議は、議長を情報統括責任者、副議長を情報推進責任者とし、総務課長及び業務課長をもって構成する。',
  );
  assert.equal(c?.chair?.post, '情報統括責任者');
  assert.equal(c?.viceChair?.post, '情報推進責任者');
  assert.deepEqual(c?.memberNames, ['総務課長', '業務課長']);
});

test('「XをY長、Zを副Y長とし、各係長をもって組織する」', () => {
  const c = committee(
    '組合に文書管理委員会（以下「委員会」という。）を置く。委員会は、情報統括責任者を委員長、情報推進責任者を副委員長とし、各係長をもって組織する。',
  );
  assert.equal(c?.chair?.post, '情報統括責任者');
  assert.equal(c?.viceChair?.post, '情報推進責任者');
  assert.deepEqual(c?.memberNames, ['各係長']);
});
