import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePolicy } from '../analyze.ts';
import { loadSeed } from '../fixtures/score.ts';
import { AREAS } from './areas.ts';
import { gapAnalysis } from './gap.ts';

const gaps = (seed: string) => {
  const g = gapAnalysis(analyzePolicy(loadSeed(seed).text));
  return new Map(g.map((a) => [a.id, a] as const));
};

test('[R-P1] seed 002 has no classification measure: the area is missing', () => {
  const g = gaps('002-kanagawa-taishoku-teate');
  assert.equal(g.get('classification')?.status, 'missing');
  assert.deepEqual(g.get('classification')?.paths, []);
  assert.equal(g.get('resilience')?.status, 'covered');
});

test('[R-P1] seed 000 lacks its sections 3 (threats) and 4 (scope)', () => {
  const g = gaps('000-saitama-seibu-kankyo-gikai');
  assert.equal(g.get('threats')?.status, 'missing');
  assert.equal(g.get('scope')?.status, 'missing');
  assert.equal(g.get('purpose')?.status, 'covered');
  assert.deepEqual(g.get('classification')?.paths, ['6/(2)']);
});

test('seed 001 (basic policy + standard) covers the guideline chapters and names its real gaps', () => {
  const g = gaps('001-hagi-nagato-seiso');
  for (const id of [
    'organization',
    'classification',
    'resilience',
    'physical',
    'human',
    'technical',
    'operations',
    'outsourcing',
    'review',
  ]) {
    assert.equal(g.get(id)?.status, 'covered', id);
  }
  assert.equal(g.get('ops-exception')?.status, 'missing');
  assert.equal(g.get('physical-areas')?.status, 'missing');
  assert.ok(g.get('human-id')?.paths.includes('第2章/5./(4)'));
});

test('sub-areas of the 対策基準 are not expected of a 基本方針 alone', () => {
  const g = gaps('004-okayama-kyosai');
  assert.ok(!g.has('tech-malware'));
  assert.ok([...g.values()].every((a) => a.status === 'covered'));
  assert.ok(AREAS.every((a) => a.cues.length > 0 && a.description.length > 0));
});
