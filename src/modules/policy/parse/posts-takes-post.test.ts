/**
 * 「Xを置き、副市長がその職に就く」「Xを置き、総務部長がその任に当たる」: the office that takes the post of the role
 * set up fills it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const postOf = (text: string, role: string) => analyzePolicy(text).roles.find((r) => r.name === role)?.post;

test('the office that takes the post of the role set up', () => {
  for (const [line, want] of [
    ['第３条　町に、情報保全統括者（以下「統括者」という。）を置き、副町長がその職に就く。', '副町長'],
    ['第３条　町に情報保全統括者を置き、総務部長がその任に当たる。', '総務部長'],
    ['第３条　町に情報保全統括者を置き、企画課長がこれに就く。', '企画課長'],
  ] as const) {
    const t = `${line}\n２　情報保全統括者は、対策を統括する。\n`;
    assert.equal(postOf(t, '情報保全統括者'), want, line);
  }
});
