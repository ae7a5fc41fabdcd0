/**
 * Seats written seat first (「委員長をX、副委員長をYとし、委員をZとする」), members 「…を委員として組織し」, and the
 * secretariat the same sentence gives (「その庶務は総務課において処理する」).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const head = `第1条　組合に情報統括責任者を置き、理事をもって充てる。
第2条　組合に情報推進責任者を置き、事務局長をもって充てる。
`;
const committee = (article: string) => analyzePolicy(`${head}第3条　${article}\n`).committees[0];

test('「委員長をX、副委員長をYとし、委員をZとする」: each seat to whom the text names after it', () => {
  const c = committee(
    '組合に文書管理委員会（以下「委員会」という。）を置く。委員会は、委員長を情報統括責任者、副委員長を情報推進責任者とし、委員を総務課長及び業務課長とする。',
  );
  assert.equal(c?.chair?.post, '情報統括責任者');
  assert.equal(c?.viceChair?.post, '情報推進責任者');
  assert.deepEqual(c?.memberNames, ['総務課長', '業務課長']);
});

test('「XをY長、Zを副Y長とし、…を委員として組織し、その庶務はUにおいて処理する」', () => {
  const c = committee(
    '組合に文書管理委員会（以下「委員会」という。）を置く。委員会は、情報統括責任者を委員長、情報推進責任者を副委員長とし、総務課長及び業務課長を委員として組織し、その庶務は総務課において処理する。',
  );
  assert.equal(c?.chair?.post, '情報統括責任者');
  assert.equal(c?.viceChair?.post, '情報推進責任者');
  assert.deepEqual(c?.memberNames, ['総務課長', '業務課長']);
  assert.equal(c?.secretariat, '総務課');
});

test('negative: 「委員長を選任し」 names no holder', () => {
  const c = committee(
    '組合に文書管理委員会（以下「委員会」という。）を置く。委員会は、委員長を互選により選任し、副委員長を委員長が指名する。',
  );
  assert.equal(c?.chair, undefined);
  assert.equal(c?.secretariat, undefined);
});

test('「委員長をXとし、副委員長をYとし、委員をZとする」: seat first, each with 「とし」', () => {
  const c = committee(
    '組合に文書管理委員会（以下「委員会」という。）を置く。委員会は、委員長を情報統括責任者とし、副委員長を情報推進責任者とし、委員を総務課長とする。',
  );
  assert.equal(c?.chair?.post, '情報統括責任者');
  assert.equal(c?.viceChair?.post, '情報推進責任者');
  assert.deepEqual(c?.memberNames, ['総務課長']);
});

test('「委員長にXを、副委員長にYを充て、委員はZとする」: each seat given its holder', () => {
  const c = committee(
    '組合に文書管理委員会（以下「委員会」という。）を置く。委員会は、委員長に情報統括責任者を、副委員長に情報推進責任者を充て、委員は総務課長及び業務課長とする。',
  );
  assert.equal(c?.chair?.post, '情報統括責任者');
  assert.equal(c?.viceChair?.post, '情報推進責任者');
  assert.deepEqual(c?.memberNames, ['総務課長', '業務課長']);
});
