/**
 * A secretariat 「…の事務局は、総務課内に置く」 is the unit; 「委員会の事務を処理するため、総務課に事務局を置く」 names it
 * too; members 「次に掲げる者をもって組織する」 over lines that each begin with their seat (no 号 labels) are read
 * by seat. Texts written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const head = `第1条　町に情報統括責任者を置き、副町長をもって充てる。
第2条　町に情報推進責任者を置き、企画課長をもって充てる。
`;
const committee = (text: string) => analyzePolicy(`${head}${text}\n`).committees[0];

test('「委員会の事務局は、総務課内に置く」「…の庶務は、企画室内において処理する」: the unit', () => {
  assert.equal(
    committee('第3条　町に文書管理委員会を置く。\n２　委員会の事務局は、総務課内に置く。')?.secretariat,
    '総務課',
  );
  assert.equal(
    committee('第3条　町に文書管理委員会を置く。\n２　委員会の庶務は、企画室内において処理する。')
      ?.secretariat,
    '企画室',
  );
});

test('「委員会の事務を処理するため、総務課に事務局を置く」', () => {
  assert.equal(
    committee('第3条　町に文書管理委員会を置く。\n２　委員会の事務を処理するため、総務課に事務局を置く。')
      ?.secretariat,
    '総務課',
  );
  assert.equal(
    committee('第3条　町に情報化推進会議を置く。\n２　会議の庶務を処理するため、企画課に事務局を置く。')
      ?.secretariat,
    '企画課',
  );
});

test('「次に掲げる者をもって組織する」 over lines that begin with their seat', () => {
  const c = committee(
    '第3条　町に文書管理委員会を置く。\n２　委員会は、次に掲げる者をもって組織する。\n　委員長　情報統括責任者\n　副委員長　情報推進責任者\n　委員　各課長',
  );
  assert.equal(c?.chair?.post, '情報統括責任者');
  assert.equal(c?.viceChair?.post, '情報推進責任者');
  assert.deepEqual(c?.memberNames, ['各課長']);
  const d = committee(
    '第3条　町に情報化推進会議（以下「会議」という。）を置く。\n２　会議は、次に掲げる委員で構成する。\n　議長　情報統括責任者\n　委員　総務課長及び税務課長',
  );
  assert.equal(d?.chair?.post, '情報統括責任者');
  assert.deepEqual(d?.memberNames, ['総務課長', '税務課長']);
});
