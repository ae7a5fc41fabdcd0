import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { nextOfficeDay, personalDataDeadlines } from './deadlines.ts';
import { DEFAULT_CLOCKS } from './settings.ts';

// The rule of the 個人情報保護委員会 (DOMAIN.md): a 速報 within about 3–5 days of knowing, a 確報 within 30 days,
// 60 when the leak was caused by unauthorized access. Days are calendar days (weekends and holidays count);
// a deadline falling on a day the offices are closed moves to the next office day.
describe('statutory deadlines of a personal-data incident', () => {
  test('[R-E10] the default clocks are 速報 5, 確報 30 and 60 days after unauthorized access', () => {
    assert.deepEqual(
      [
        DEFAULT_CLOCKS.promptReportDays,
        DEFAULT_CLOCKS.finalReportDays,
        DEFAULT_CLOCKS.finalReportDaysUnauthorized,
      ],
      [5, 30, 60],
    );
    // Known on Wednesday 2025-06-04: the 速報 by Monday 06-09, the 確報 by Friday 07-04.
    const d = personalDataDeadlines('2025-06-04', DEFAULT_CLOCKS, false);
    assert.equal(d.prompt.days, 5);
    assert.equal(d.prompt.due, '2025-06-09');
    assert.equal(d.final.days, 30);
    assert.equal(d.final.due, '2025-07-04');
    const ua = personalDataDeadlines('2025-06-04', DEFAULT_CLOCKS, true);
    assert.equal(ua.final.days, 60);
    assert.equal(ua.final.calendar, '2025-08-03');
    assert.equal(ua.final.due, '2025-08-04', 'Sunday 08-03 moves to Monday');
    assert.equal(ua.prompt.due, d.prompt.due, 'unauthorized access does not change the 速報');
  });

  test('[R-E10] calendar days bind; one on a weekend, holiday or 年末年始 moves to the next office day, never earlier', () => {
    // Friday 2025-06-06 + 5 = Wednesday 06-11 in calendar days; counted in office days it would be 06-13.
    const d = personalDataDeadlines('2025-06-06', DEFAULT_CLOCKS, false);
    assert.equal(d.prompt.calendar, '2025-06-11');
    assert.equal(d.prompt.business, '2025-06-13');
    assert.equal(d.prompt.due, '2025-06-11', 'the calendar count binds, not the office-day count');
    // 2025-12-26 + 5 = 12-31 (年末年始): the offices open again on Monday 2026-01-05.
    const y = personalDataDeadlines('2025-12-26', DEFAULT_CLOCKS, false);
    assert.equal(y.prompt.calendar, '2025-12-31');
    assert.equal(y.prompt.due, '2026-01-05');
    // Saturday → Monday; a day already open stays.
    assert.equal(nextOfficeDay('2025-06-07'), '2025-06-09');
    assert.equal(nextOfficeDay('2025-06-09'), '2025-06-09');
  });

  test('[R-E10] the clocks are the body’s setting: a body that counts the 速報 in 3 days gets its own dates', () => {
    const d = personalDataDeadlines(
      '2025-06-02',
      { promptReportDays: 3, finalReportDays: 30, finalReportDaysUnauthorized: 60 },
      false,
    );
    assert.equal(d.prompt.days, 3);
    assert.equal(d.prompt.due, '2025-06-05');
  });
});
