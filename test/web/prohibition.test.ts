/** A prohibition (「〜していないか」) is answered 守っている／守っていない; anything else 実施／未実施. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isProhibition, prohibitionTexts } from '../../web/src/screens/assessment/answer-texts.ts';

test('a prohibition is recognised by its wording and answered kept or not kept', () => {
  for (const q of [
    '業務以外の目的でインターネットを利用していないか。',
    '許可なく情報資産を持ち出さないか。',
    'パスワードを他人に知らせてはならないことを守っているか。',
    '私物の記録媒体の使用は禁止されているか。',
  ])
    assert.equal(isProhibition(q), true, q);
  for (const q of ['サーバのアクセス記録を毎週確認しているか。', '研修を受講したか。'])
    assert.equal(isProhibition(q), false, q);
  assert.equal(prohibitionTexts.ja.answers.done, '守っている');
  assert.equal(prohibitionTexts.ja.answers.not_done, '守っていない');
});
