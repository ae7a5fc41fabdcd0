/**
 * 「副管理者のうち専任の者（以下「専任副管理者」という。）をもって充てる」: some of an office's holders, given a short name
 * that is the office qualified, fill the role by that name.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const posts = (text: string) => analyzePolicy(text).roles.map((r) => `${r.name}|${r.post ?? ''}`);

test('some holders of an office by their short name', () => {
  for (const [pool, short] of [
    ['副管理者のうち専任の者', '専任副管理者'],
    ['理事のうち常勤の者', '常勤理事'],
  ])
    assert.deepEqual(
      posts(`第１条　組合に情報保全統括者を置き、${pool}（以下「${short}」という。）をもって充てる。
第２条　各課に情報保全管理者を置き、各課長をもって充てる。
`),
      [`情報保全統括者|${short}`, '情報保全管理者|課長'],
      short,
    );
});
