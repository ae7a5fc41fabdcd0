import { addBusinessDays, addDays } from '../../shared/business-days.ts';

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
  /** Counting office days (weekends, national holidays and 年末年始 skipped). */
  business: string;
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
  });
  return { prompt: mk(s.promptReportDays), final: mk(finalDays) };
}
