import assert from 'node:assert/strict';
import { test } from 'node:test';
import { daysFromToday } from './service.ts';

test('[R-B5] a draft’s deletion date counts from today in Japan, also before 09:00 JST', () => {
  // 08:30 on 1 April in Japan is still 31 March in UTC.
  const morning = new Date('2026-03-31T23:30:00Z');
  assert.equal(daysFromToday(0, morning), '2026-04-01');
  assert.equal(daysFromToday(90, morning), '2026-06-30');
});
