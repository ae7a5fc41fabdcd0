/**
 * With no scheme the text defines (its levels are set in another document), the levels its rules use for
 * information assets (機密性３の情報資産, 重要度Ａ以上の情報) are proposed, each axis only where they are a full
 * run of one kind of symbol down to the lowest (３／２／１, Ａ／Ｂ／Ｃ, Ⅰ／Ⅱ／Ⅲ).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';
import { scheme } from './levels.test-support.ts';

const after = '第９条　職員は、この規程を遵守しなければならない。\n';

test('[R-B1] the levels the rules use, with the axis named by the sentence that classifies', () => {
  const text = `第５条　情報資産の管理者は、情報資産を機密性に応じて分類し、表示しなければならない。
第６条　職員は、機密性３の情報資産を庁外に持ち出してはならない。
２　機密性２以上の情報資産を持ち出すときは、課長の許可を得なければならない。
第７条　機密性１の情報資産は、公開することができる。
${after}`;
  assert.deepEqual(scheme(text), [['機密性', ['機密性3', '機密性2', '機密性1']]]);
  assert.equal(
    analyzePolicy(text).warningDetails.some((w) => w.code === 'policy.classification_levels_missing'),
    false,
  );
  assert.deepEqual(
    scheme(`第５条　職員は、重要度Ａの情報を持ち出してはならない。
第６条　重要度Ｂの情報を庁外に送信するときは、暗号化しなければならない。
第７条　重要度Ｃの情報は、制限なく利用できる。
${after}`),
    [['重要度', ['重要度A', '重要度B', '重要度C']]],
  );
});

test('[R-B1] roman levels in use and two axes in use', () => {
  assert.deepEqual(
    scheme(`第４条　重要性分類Ⅰ及び重要性分類Ⅱの情報資産は、施錠できる書庫に保管しなければならない。
第５条　重要性分類Ⅲの情報資産は、執務室内に保管することができる。
${after}`),
    [['重要性分類', ['重要性分類I', '重要性分類II', '重要性分類III']]],
  );
  assert.deepEqual(
    scheme(`第４条　機密性２の情報資産は、暗号化して送信しなければならない。機密性１の情報資産は、この限りでない。
第５条　可用性２の情報システムは、二重化しなければならない。可用性１の情報システムは、この限りでない。
${after}`),
    [
      ['機密性', ['機密性2', '機密性1']],
      ['可用性', ['可用性2', '可用性1']],
    ],
  );
});

test('levels in use that are no full run (機密性３ and ２ only, one level, mixed symbols) are not proposed', () => {
  assert.deepEqual(
    scheme(`第６条　職員は、機密性３の情報資産を庁外に持ち出してはならない。
２　機密性２の情報資産を持ち出すときは、課長の許可を得なければならない。
${after}`),
    [],
  );
  assert.deepEqual(scheme(`第６条　職員は、機密性３の情報資産を庁外に持ち出してはならない。\n${after}`), []);
  assert.deepEqual(
    scheme(`第６条　職員は、重要度Ａの情報資産を持ち出してはならない。
２　重要度１の情報資産を持ち出すときは、課長の許可を得なければならない。
${after}`),
    [],
  );
});
