/** Two axes set in one sentence of a 項: 「…情報は完全性２、それ以外の情報は完全性１とし、…は可用性２、…は可用性１とする」. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';
import { scheme } from './levels.test-support.ts';

const confidentiality = `第５条　情報資産は、その機密性に応じ、次のとおり分類する。
一　機密性２　公表していない情報資産
二　機密性１　前号以外の情報資産
`;
const after = '第６条　職員は、機密性２の情報資産を持ち出してはならない。\n';
const all = [
  ['機密性', ['機密性2', '機密性1']],
  ['完全性', ['完全性2', '完全性1']],
  ['可用性', ['可用性2', '可用性1']],
];

test('[R-B1] what each level holds as the topic 「…情報は完全性２、…」: both axes of the sentence', () => {
  const text = `${confidentiality}２　情報資産のうち、改ざんにより住民の権利に影響を及ぼす情報は完全性２、それ以外の情報は完全性１とし、滅失により事務の執行に支障を及ぼす情報は可用性２、それ以外の情報は可用性１とする。
${after}`;
  assert.deepEqual(scheme(text), all);
  const levels = analyzePolicy(text).classification?.levels ?? [];
  assert.equal(
    levels.find((l) => l.axis === '完全性' && l.label === '2')?.definition,
    '改ざんにより住民の権利に影響を及ぼす情報',
  );
  assert.equal(levels.find((l) => l.axis === '可用性' && l.label === '1')?.definition, 'それ以外の情報');
});

test('[R-B1] 「…を完全性２、…を完全性１とし、…を可用性２、…を可用性１とする」, and one axis per sentence', () => {
  assert.deepEqual(
    scheme(`${confidentiality}２　改ざんにより住民に影響を及ぼす情報資産を完全性２、それ以外の情報資産を完全性１とし、滅失により業務に支障を及ぼす情報資産を可用性２、それ以外の情報資産を可用性１とする。
${after}`),
    all,
  );
  assert.deepEqual(
    scheme(`${confidentiality}２　改ざんにより住民に影響を及ぼす情報資産を完全性２、それ以外の情報資産を完全性１とする。滅失により業務に支障を及ぼす情報資産を可用性２、それ以外の情報資産を可用性１とする。
${after}`),
    all,
  );
});

test('a sentence that names one level of each axis sets no levels', () => {
  assert.deepEqual(
    scheme(`第５条　住民の個人情報は機密性２とし、戸籍の情報は完全性２とする。
第６条　職員は、機密性２の情報資産を持ち出してはならない。
`),
    [],
  );
});
