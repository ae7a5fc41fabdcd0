/** A committee's seats given in one run: 「Aを委員長、Bを副委員長とし、C及びDを委員とする」 (snippets written for these tests). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

test('「…を置き、ＣＩＳＯを委員長、統括責任者を副委員長とし、A及びBを委員とする」: each seat to whom the text names before it', () => {
  const a = analyzePolicy(`（体制）
第２条　最高情報セキュリティ責任者（以下「ＣＩＳＯ」という。）を置き、理事をもって充てる。
２　統括情報セキュリティ責任者（以下「統括責任者」という。）を置き、総務課長をもって充てる。
３　情報セキュリティ責任者を置き、課長をもって充てる。
（委員会）
第３条　組合に情報セキュリティ委員会を置き、ＣＩＳＯを委員長、統括責任者を副委員長とし、情報セキュリティ責任者及び総務係長を委員とする。
`);
  const c = a.committees[0];
  assert.equal(c?.chair?.post, 'CISO');
  assert.equal(c?.viceChair?.post, '統括責任者');
  assert.deepEqual(c?.memberNames, ['情報セキュリティ責任者', '総務係長']);
});
