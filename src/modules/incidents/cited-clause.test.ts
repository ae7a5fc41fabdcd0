import assert from 'node:assert/strict';
import { test } from 'node:test';
import { citeClause } from './cited-clause.ts';

const cite = (...a: Parameters<typeof citeClause>) => {
  const c = citeClause(...a);
  return c.title ? `${c.numbers}|${c.title}` : c.numbers;
};

test('[R-E10] a clause is cited by its numbers and title as the policy writes them, never by its stored path', () => {
  assert.equal(cite('第2章/5./(3)', '事故の報告'), '第2章 5. (3)|事故の報告');
  assert.equal(cite('6/(4)', '（物理的セキュリティ）'), '6 (4)|物理的セキュリティ');
  assert.equal(cite('6/(4)', null), '6 (4)');
  // A 例規 article: its own number, the caption written above it.
  assert.equal(
    cite('第3章/第7条', null, '(事故等の報告)\n職員等は、…報告しなければならない。'),
    '第7条|事故等の報告',
  );
  assert.equal(cite('第3章/第7条/2', null, '報告を受けた…'), '第7条 2');
  assert.doesNotMatch(cite('第3章/第7条', ''), /\//);
});
