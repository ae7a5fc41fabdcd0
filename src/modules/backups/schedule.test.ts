import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { stampOf, toPrune } from './retention.ts';
import { jstStamp, nextRunAt } from './schedule.ts';

describe('backup schedule and retention', () => {
  test('the next run is the next Japan time of day, today or tomorrow', () => {
    // 2026-06-01 01:00 JST = 2026-05-31T16:00Z: 02:30 JST today is still ahead.
    assert.equal(nextRunAt(['02:30'], '2026-05-31T16:00:00.000Z'), '2026-05-31T17:30:00.000Z');
    // Exactly at the time: the next one is tomorrow's.
    assert.equal(nextRunAt(['02:30'], '2026-05-31T17:30:00.000Z'), '2026-06-01T17:30:00.000Z');
    // Two times a day: the nearer one.
    assert.equal(nextRunAt(['02:30', '12:00'], '2026-05-31T18:00:00.000Z'), '2026-06-01T03:00:00.000Z');
    assert.equal(jstStamp('2026-05-31T17:30:05.000Z'), '20260601-023005');
  });

  test('keeps the newest of each of the last 14 days and 12 months, nothing else of its own, and no other file', () => {
    const items = [];
    // Two backups a day for 400 days, from 2025-05-01 JST.
    for (let d = 0; d < 400; d++) {
      const day = new Date(Date.UTC(2025, 4, 1) + d * 86_400_000)
        .toISOString()
        .slice(0, 10)
        .replace(/-/g, '');
      for (const t of ['023000', '120000'])
        items.push({ name: `mamori-auto-${day}-${t}.db`, stamp: `${day}-${t}` });
    }
    const gone = new Set(toPrune(items, 14, 12));
    const kept = items.filter((i) => !gone.has(i.name)).map((i) => i.stamp);
    // The last day is 2026-06-04: 14 daily (05-22 … 06-04, the 12:00 one of each) cover June and May;
    // the 10 months before (2025-07 … 2026-04) keep their last backup.
    assert.equal(kept.length, 14 + 10);
    assert.ok(kept.includes('20260604-120000'), 'the newest is kept');
    assert.ok(!kept.includes('20260604-023000'), 'one per day');
    assert.ok(!kept.includes('20260521-120000'), 'not more than 14 days');
    assert.ok(kept.includes('20250731-120000'), 'the last of an earlier month is kept');
    assert.ok(!kept.includes('20250630-120000'), 'not more than 12 months');
    assert.equal(stampOf('mamori-auto-20260101-023000.sql'), '20260101-023000');
    assert.equal(
      stampOf('mamori-before-upgrade-20260101-023000.db'),
      null,
      'pre-upgrade backups are never pruned',
    );
    assert.equal(stampOf('notes.txt'), null);
    assert.deepEqual(toPrune([], 14, 12), []);
    assert.equal(toPrune(items, 0, 0).length, items.length, 'keeping nothing deletes every scheduled backup');
  });
});
