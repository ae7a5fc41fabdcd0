/**
 * 「委員会は、…をもって構成し、その事務局を総務課に置く」: the secretariat named after 「その」 in the sentence about
 * the body. Texts written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const head = `第1条　村に情報統括責任者を置き、副村長をもって充てる。
第2条　村に情報推進責任者を置き、企画課長をもって充てる。
`;
const committee = (text: string) => analyzePolicy(`${head}${text}\n`).committees[0];

test('「…をもって構成し、その事務局を住民課に置く」', () => {
  const c = committee(
    '第3条　村に文書管理委員会（以下「委員会」という。）を置く。\n２　委員会は、情報統括責任者を委員長とし、情報推進責任者をもって構成し、その事務局を住民課に置く。',
  );
  assert.equal(c?.secretariat, '住民課');
});

test('「…で組織し、その庶務を企画室内に置く」', () => {
  const c = committee(
    '第3条　村に情報化推進会議を置く。\n２　会議は、情報統括責任者及び情報推進責任者で組織し、その庶務を、企画室内に置く。',
  );
  assert.equal(c?.secretariat, '企画室');
});
