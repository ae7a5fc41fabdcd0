/**
 * Seats in one run where each seat closes with its own 「とし」: 「XをY長とし、Zを副Y長とし、A及びBを委員とする」 — the
 * vice-chair is a seat, not a member, and the members are those named before their own seat.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const head = `第1条　組合に情報統括責任者を置き、理事をもって充てる。
第2条　組合に情報推進責任者を置き、事務局長をもって充てる。
`;
const committee = (article: string) => analyzePolicy(`${head}第3条　${article}\n`).committees[0];

test('「XをY長とし、Zを副Y長とし、A、B及びCを構成員とする」', () => {
  const c = committee(
    '組合に記録保全会議（以下「会議」という。）を置き、情報統括責任者を座長とし、監事を副座長とし、業務課長、総務課長及び情報推進責任者を構成員とする。',
  );
  assert.equal(c?.chair?.post, '情報統括責任者');
  assert.equal(c?.viceChair?.title, '副座長');
  assert.equal(c?.viceChair?.post, '監事');
  assert.deepEqual(c?.memberNames, ['業務課長', '総務課長', '情報推進責任者']);
});

test('「XをY長とし、Zを副Y長とし、A及びBを委員として組織する」', () => {
  const c = committee(
    '組合に文書管理委員会を置き、情報統括責任者を委員長とし、情報推進責任者を副委員長とし、各課長及び係長を委員として組織する。',
  );
  assert.equal(c?.chair?.post, '情報統括責任者');
  assert.equal(c?.viceChair?.post, '情報推進責任者');
  assert.deepEqual(c?.memberNames, ['各課長', '係長']);
});

test('「XをY長とし、Zを副Y長とする」: the seats alone', () => {
  const c = committee('組合に情報公開連絡会を置き、情報統括責任者を会長とし、情報推進責任者を副会長とする。');
  assert.equal(c?.chair?.post, '情報統括責任者');
  assert.equal(c?.viceChair?.post, '情報推進責任者');
  assert.equal(c?.memberNames, undefined);
});
