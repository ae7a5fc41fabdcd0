import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from './analyze.ts';
import { diffClauses, similarity } from './diff.ts';
import { loadSeed } from './fixtures/score.ts';

const v1 = loadSeed('003-hanamaki-taisaku-kijun').text;

test('[R-I8] identical versions have no differences', () => {
  const d = diffClauses(analyzePolicy(v1), analyzePolicy(v1));
  assert.deepEqual([d.added, d.removed, d.changed], [[], [], []]);
  assert.equal(d.unchanged, analyzePolicy(v1).clauses.length);
});

test('[R-I8] an amended sentence is a change at the same path', () => {
  const v2 = v1.replace('内部監査及び外部監査をそれぞれ定期的及び必要の都度', '内部監査及び外部監査を毎年度');
  const d = diffClauses(analyzePolicy(v1), analyzePolicy(v2));
  assert.deepEqual(
    d.changed.map((c) => [c.path, c.textChanged, c.previousPath]),
    [['第10', true, undefined]],
  );
  assert.deepEqual([d.added, d.removed], [[], []]);
});

test('[R-I8] inserting an article renumbers the rest: they are matched by heading, one clause is added', () => {
  const inserted =
    '(例外措置)\n\n第10 情報セキュリティ責任者は、やむを得ない場合に限り、例外措置を許可することができる。\n\n';
  const v2 = v1
    .replace('(監査)\n\n第10 ', `${inserted}(監査)\n\n第11 `)
    .replace('第11 対策基準に基づく', '第12 対策基準に基づく')
    .replace('第12 情報資産に事故', '第13 情報資産に事故');
  const d = diffClauses(analyzePolicy(v1), analyzePolicy(v2));
  assert.deepEqual(
    d.added.map((c) => [c.path, c.title]),
    [['第10', '例外措置']],
  );
  assert.deepEqual(d.removed, []);
  assert.deepEqual(
    d.changed.map((c) => [c.previousPath, c.path, c.textChanged]),
    [
      ['第10', '第11', false],
      ['第11', '第12', false],
      ['第12', '第13', false],
    ],
  );
});

test('a deleted paragraph is removed; similarity is symmetric and bounded', () => {
  const v2 = v1.replace('5 委員会の会議については、別に定める。\n\n', '');
  const d = diffClauses(analyzePolicy(v1), analyzePolicy(v2));
  assert.deepEqual(
    d.removed.map((c) => c.path),
    ['第6/5'],
  );
  assert.equal(similarity('情報資産の管理', '情報資産の管理'), 1);
  assert.equal(similarity('情報資産の管理', '監査'), similarity('監査', '情報資産の管理'));
  assert.ok(similarity('情報資産の管理', '情報資産の保管') < 1);
});
