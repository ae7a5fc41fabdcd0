/** More ways an appointment names the office that fills a role, and sentences that name none. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const head = '第1条　村に情報セキュリティ統括者を置き、副村長をもって充てる。\n';
const postOf = (sentence: string, role = '情報資産管理者') =>
  analyzePolicy(`${head}第2条　${sentence}\n`).roles.find((r) => r.name === role)?.post;

const forms: [string, string][] = [
  ['「Yは、Xとなる」', '企画課長は、情報資産管理者となる。'],
  ['「Yをもって、Xとする」', '企画課長をもって、情報資産管理者とする。'],
  ['「XとしてYを充てる」', '情報資産管理者として企画課長を充てる。'],
  ['「Xは、Yの職にある者が兼務する」', '情報資産管理者は、企画課長の職にある者が兼務する。'],
  ['「Xの職は、Yをもって充てる」', '情報資産管理者の職は、企画課長をもって充てる。'],
  ['「YをXに指定する」 (no appointer named)', '企画課長を情報資産管理者に指定する。'],
  ['「Zは、YをXに指定する」', '村長は、企画課長を情報資産管理者に指定する。'],
  [
    '「X１人を置き、Yをもって充てる」 (a head count)',
    '村に情報資産管理者１人を置き、企画課長をもって充てる。',
  ],
  ['「Yをもつて充てる」 (the older kana)', '村に情報資産管理者を置き、企画課長をもつて充てる。'],
  ['「XはYとする」 (no comma after は)', '情報資産管理者は企画課長とする。'],
];
for (const [form, sentence] of forms)
  test(`${form} fills the role with the office`, () => {
    assert.equal(postOf(sentence), '企画課長');
  });

test('negative: 「職員は、…Xとなる」 (staff becoming a role) names no office', () => {
  assert.equal(postOf('村に情報資産管理者を置く。職員は、情報資産管理者となる。'), undefined);
});

test('negative: 「職員は、異動によりXとなるときは…」 is no appointment', () => {
  assert.equal(
    postOf('村に情報資産管理者を置く。企画課長は、異動により情報資産管理者となるときは、引継ぎを行う。'),
    undefined,
  );
});

test('negative: 「情報資産を機密性に指定する」 sets up no role', () => {
  const roles = analyzePolicy(`${head}第2条　企画課長は、情報資産を重要情報に指定する。\n`).roles.map(
    (r) => r.name,
  );
  assert.deepEqual(roles, ['情報セキュリティ統括者']);
});

test('「Yたる者をもって充てる」: the office written as whoever holds it is the office', () => {
  assert.equal(postOf('村に情報資産管理者を置き、企画課長たる者をもって充てる。'), '企画課長');
});
