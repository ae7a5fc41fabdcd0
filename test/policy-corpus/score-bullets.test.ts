/** The scorer reads the engine's unnumbered ・ items in the corpus format, where they are the numbered clause's own sentences. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../../src/modules/policy/analyze.ts';
import { type CorpusFixture, f1, scoreDocument } from '../../src/modules/policy/fixtures/score.ts';
import { fixtureOf } from './fixture.test-support.ts';

const TEXT = [
  '第１\u3000機器の管理',
  '(1)\u3000貸出し',
  '・係員は、貸出簿に記録しなければならない。',
  '・係員は、返却を確認しなければならない。',
  '',
].join('\n');

const fixture = (layout: string, path: string, bullet: string): CorpusFixture =>
  fixtureOf({
    layout,
    obligations: [
      { path: `${path}`, modality: 'must', actors: ['係員'], starts: `${bullet}係員は、貸出簿に` },
      { path: `${path}`, modality: 'must', actors: ['係員'], starts: `${bullet}係員は、返却を確` },
    ],
  });

test('a corpus fixture keeps ・ sentences on their numbered clause, bullet written; a sample keeps the items', () => {
  const a = analyzePolicy(TEXT);
  assert.equal(f1(scoreDocument(a, fixture('word-bullets', '第1/(1)', '・')).obligations), 1);
  // samples are labelled with the items' own paths, without the bullet
  const sample = fixture('sample', '第1/(1)', '');
  sample.obligations = sample.obligations.map((o, i) => ({ ...o, path: `第1/(1)/・${i + 1}` }));
  assert.equal(f1(scoreDocument(a, sample).obligations), 1);
});
