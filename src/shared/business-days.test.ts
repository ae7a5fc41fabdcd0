import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import {
  addBusinessDays,
  addDays,
  businessDaysBetween,
  holidayName,
  isClosedDay,
  todayJst,
} from './business-days.ts';

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

const require = createRequire(import.meta.url);
const wholeTable = (): Record<string, { name: string; name_en: string }> =>
  require('@holiday-jp/holiday_jp').holidays;

test('a closed day is answered from the year asked, never from the whole holiday table', () => {
  assert.equal(isClosedDay('2027-05-03'), true, '憲法記念日');
  assert.equal(holidayName('2027-05-04')?.en, 'Greenery Day');
  const loaded = Object.keys(require.cache).filter((f) => f.includes('@holiday-jp'));
  assert.ok(!loaded.some((f) => f.endsWith('/lib/holidays.js')), 'the whole table was loaded');
  assert.deepEqual(loaded, [], 'a year file is kept in the require cache');
});

test('the holidays of every year agree with the package’s whole table, and a year outside it has none', () => {
  const table = wholeTable();
  const dates = Object.keys(table);
  assert.ok(dates.length > 1000);
  for (const date of dates) {
    assert.deepEqual(holidayName(date), { ja: table[date].name, en: table[date].name_en }, date);
    assert.equal(isClosedDay(date), true, date);
  }
  // Every day of a few years: no holiday the table does not have.
  for (let d = '2024-01-01'; d < '2028-01-01'; d = addDays(d, 1))
    assert.equal(holidayName(d) !== null, d in table, d);
  assert.equal(holidayName('2051-01-01'), null);
  assert.equal(holidayName('1969-01-01'), null);
  assert.equal(isClosedDay('2051-01-02'), true, '年末年始 without a holiday table');
  assert.equal(isClosedDay('2051-01-05', { yearEnd: false }), false);
});
