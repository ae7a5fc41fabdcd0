import { addBusinessDays, addDays, isClosedDay } from '../../shared/business-days.ts';

/** The statutory clocks an organization sets (DOMAIN: 速報 about 3–5 days, 確報 30 / 60 days). */
export interface ClockSettings {
  promptReportDays: number;
  finalReportDays: number;
  finalReportDaysUnauthorized: number;
}

export interface Deadline {
  days: number;
  /** Counting calendar days. */
  calendar: string;
  /** Counting office days (weekends, national holidays and 年末年始 skipped): for reference only. */
  business: string;
  /**
   * The deadline that binds: counted in calendar days (weekends and holidays included, as the 個人情報保護委員会
   * counts them); when that day is a closed day (土日・祝日・年末年始), the next office day, as 行政機関の休日に関する法律
   * 第2条 moves the deadline of a report to a national authority.
   */
  due: string;
}

/** The day itself, or the next office day when it is a closed day. */
export function nextOfficeDay(date: string): string {
  let d = date;
  while (isClosedDay(d)) d = addDays(d, 1);
  return d;
}

/** Deadlines of the reports to the 個人情報保護委員会, counted from the date the body knew. */
export function personalDataDeadlines(
  knownDate: string,
  s: ClockSettings,
  unauthorizedAccess: boolean,
): { prompt: Deadline; final: Deadline } {
  const finalDays = unauthorizedAccess ? s.finalReportDaysUnauthorized : s.finalReportDays;
  const mk = (days: number): Deadline => ({
    days,
    calendar: addDays(knownDate, days),
    business: addBusinessDays(knownDate, days),
    due: nextOfficeDay(addDays(knownDate, days)),
  });
  return { prompt: mk(s.promptReportDays), final: mk(finalDays) };
}
