/**
 * Every corpus document against its fixture: each measure must stay at or above the threshold
 * recorded in thresholds.json (set just below what the engine reaches, by
 * `npm run bench:policy -- --thresholds`), so an accuracy regression fails CI.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyzePolicy } from '../../src/modules/policy/analyze.ts';
import {
  corpusDocs,
  diffDocument,
  f1,
  MEASURES,
  type MeasureName,
  scoreDocument,
} from '../../src/modules/policy/fixtures/score.ts';

const thresholds = JSON.parse(readFileSync(new URL('./thresholds.json', import.meta.url), 'utf8')) as Record<
  string,
  Record<string, Partial<Record<MeasureName, number>>>
>;

for (const [set, docs] of Object.entries(thresholds)) {
  const present = corpusDocs(set);
  test(`[R-P1] corpus ${set}: every document with thresholds is present`, () => {
    assert.deepEqual(
      Object.keys(docs).filter((id) => !present.some((d) => d.id === id)),
      [],
    );
  });
  for (const doc of present) {
    const limits = docs[doc.id];
    if (!limits) continue;
    test(`[R-P1] corpus ${set}/${doc.id}: accuracy per measure stays at its threshold`, () => {
      const analysis = analyzePolicy(doc.text);
      const score = scoreDocument(analysis, doc.fixture);
      const below = MEASURES.filter((m) => limits[m] !== undefined && f1(score[m]) < (limits[m] ?? 0)).map(
        (m) => `${m} ${f1(score[m]).toFixed(3)} < ${limits[m]}`,
      );
      assert.deepEqual(below, [], JSON.stringify(diffDocument(analysis, doc.fixture), null, 1));
    });
  }
}
