import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addBusinessDays, businessDaysBetween, holidayName, isClosedDay, todayJst } from './business-days.ts';

test('national holidays, weekends and 年末年始 are closed days', () => {
  assert.equal(holidayName('2026-11-23')?.ja, '勤労感謝の日');
  assert.equal(isClosedDay('2026-11-23'), true);
  assert.equal(isClosedDay('2026-11-24'), false);
  assert.equal(isClosedDay('2026-11-28'), true, 'Saturday');
  assert.equal(isClosedDay('2026-12-29'), true);
  assert.equal(isClosedDay('2026-12-29', { yearEnd: false }), false);
});

test('deadlines in business days skip weekends and holidays', () => {
  // Fri 2026-11-20 + 1 business day: Sat, Sun, Mon 11/23 (holiday) are skipped → Tue 11/24.
  assert.equal(addBusinessDays('2026-11-20', 1), '2026-11-24');
  // Across 年末年始: 12/28 (Mon) + 1 → 1/4 (Mon).
  assert.equal(addBusinessDays('2026-12-28', 1), '2027-01-04');
  assert.equal(businessDaysBetween('2026-11-20', '2026-11-24'), 1);
  assert.equal(businessDaysBetween('2026-11-24', '2026-11-20'), -1);
});

test('today in Japan is ahead of UTC after 15:00 UTC', () => {
  assert.equal(todayJst(new Date('2026-11-24T15:30:00Z')), '2026-11-25');
});
