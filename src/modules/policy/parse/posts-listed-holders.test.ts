/**
 * 「Xは、区役所の各課長及び各出張所長の職にある者がこれに当たる」「Xは、総務課長又は企画課長が務める」: offices listed
 * hold the role as a single office does; the first is the post.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const posts = (text: string) => analyzePolicy(text).roles.map((r) => `${r.name}|${r.post ?? ''}`);

test('offices listed hold the role', () => {
  assert.deepEqual(
    posts(`第１条　市に情報保全統括者を置き、副市長をもって充てる。
第２条　課情報保全管理者は、本庁の各課長及び各支所長の職にある者がこれに当たる。
第３条　情報基盤管理者は、情報政策課長又は企画課長が務める。
`),
    ['情報保全統括者|副市長', '課情報保全管理者|本庁の各課長', '情報基盤管理者|情報政策課長'],
  );
});
