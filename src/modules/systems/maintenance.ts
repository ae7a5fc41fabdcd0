/** Maintenance due dates (R-D4): pure date arithmetic on YYYY-MM-DD strings. */

/** Adds days to a calendar date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
}

export interface MaintenanceDue {
  lastPerformedOn: string | null;
  /** When the next maintenance is due; a device never maintained is due from the day it was registered. */
  nextDueOn: string | null;
  overdue: boolean;
}

/** The next due date from the interval and the latest log entry, and whether it has passed. */
export function maintenanceDue(
  intervalDays: number | null,
  lastPerformedOn: string | null,
  registeredOn: string,
  today: string,
): MaintenanceDue {
  if (!intervalDays) return { lastPerformedOn, nextDueOn: null, overdue: false };
  const nextDueOn = lastPerformedOn ? addDays(lastPerformedOn, intervalDays) : registeredOn;
  return { lastPerformedOn, nextDueOn, overdue: nextDueOn < today };
}

/** Today's date in Japan (registers are kept in local calendar days). */
export function todayJst(now: Date = new Date()): string {
  return new Date(now.getTime() + 9 * 3600000).toISOString().slice(0, 10);
}
