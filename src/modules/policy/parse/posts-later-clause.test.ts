/**
 * 「…の決定は、情報保全統括監（以下「統括監」という。）が行い、統括監の職には、副市長が就く」: a later clause that says who
 * holds a role the sentence has just named; and a holder picked from a pool (「副市長のうち市長が指名する者が就く」),
 * the pool being the post.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';

const posts = (text: string) =>
  analyzePolicy(text).roles.map((r) => `${r.name}|${r.post ?? ''}|${r.appointedBy ?? ''}`);

test('a later clause names the holder of a role by its short name', () => {
  assert.deepEqual(
    posts(`第１条　市の情報保全対策に関する最終的な決定は、情報保全統括監（以下「統括監」という。）が行い、統括監の職には、副市長が就く。
第２条　各課に情報保全管理者を置き、各課長をもって充てる。
`),
    ['情報保全統括監|副市長|', '情報保全管理者|課長|'],
  );
  assert.deepEqual(
    posts(`第１条　組合の情報保全対策は、情報保全総括者（以下「総括者」という。）が総括し、総括者の職は、事務局長が務める。
第２条　各課に情報保全管理者を置き、各課長をもって充てる。
`),
    ['情報保全総括者|事務局長|', '情報保全管理者|課長|'],
  );
});

test('a holder picked from a pool', () => {
  for (const verb of ['が就く', 'が務める'])
    assert.deepEqual(
      posts(`第１条　情報保全統括者の職には、副市長のうち市長が指名する者${verb}。
第２条　各課に情報保全管理者を置き、各課長をもって充てる。
`),
      ['情報保全統括者|副市長|市長', '情報保全管理者|課長|'],
      verb,
    );
});
