import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A year's national holidays: date (YYYY-MM-DD) → name in Japanese and English. */
type YearHolidays = ReadonlyMap<string, { ja: string; en: string }>;
type PackageYear = Record<string, { name: string; name_en: string }>;

/** Days most Japanese public offices are closed besides national holidays (年末年始, 12/29–1/3). */
const YEAR_END = new Set(['12-29', '12-30', '12-31', '01-01', '01-02', '01-03']);

const NONE: YearHolidays = new Map();
const years = new Map<string, YearHolidays>();

/**
 * The national holidays of one year, read on first use from the package's file of that year
 * (`@holiday-jp/holiday_jp`, 1970–2050; a year outside it has none, as in the package's whole table).
 * Only the years asked are kept, as a small map: the whole table (~1,300 holidays, its module
 * source and objects) is never loaded, and the year's module is dropped from the require cache once read.
 */
function holidaysOf(year: string): YearHolidays {
  let found = years.get(year);
  if (found) return found;
  found = NONE;
  if (/^\d{4}$/.test(year)) {
    const file = `@holiday-jp/holiday_jp/lib/holidays_every_year/${year}.js`;
    let table: PackageYear | undefined;
    try {
      const resolved = require.resolve(file);
      table = require(resolved) as PackageYear;
      delete require.cache[resolved];
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw e;
    }
    if (table) found = new Map(Object.entries(table).map(([d, h]) => [d, { ja: h.name, en: h.name_en }]));
  }
  years.set(year, found);
  return found;
}

export interface ClosedDayOptions {
  /** Count 年末年始 as closed (default true, as office deadlines do). */
  yearEnd?: boolean;
}

/** The national holiday on a date (YYYY-MM-DD), or null. */
export function holidayName(date: string): { ja: string; en: string } | null {
  return holidaysOf(date.slice(0, 4)).get(date) ?? null;
}

/** True when the office is closed: Saturday, Sunday, a national holiday, or 年末年始. */
export function isClosedDay(date: string, opts: ClosedDayOptions = {}): boolean {
  const d = new Date(`${date}T00:00:00Z`);
  const dow = d.getUTCDay();
  if (dow === 0 || dow === 6) return true;
  if (holidaysOf(date.slice(0, 4)).has(date)) return true;
  return (opts.yearEnd ?? true) && YEAR_END.has(date.slice(5));
}

/** Adds calendar days to a date (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The date `n` business days after `date` (n ≥ 0; n = 0 gives the next open day on or after it). */
export function addBusinessDays(date: string, n: number, opts: ClosedDayOptions = {}): string {
  let d = date;
  while (isClosedDay(d, opts)) d = addDays(d, 1);
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    if (!isClosedDay(d, opts)) left--;
  }
  return d;
}

/** Business days from `from` (exclusive) to `to` (inclusive); negative when `to` is earlier. */
export function businessDaysBetween(from: string, to: string, opts: ClosedDayOptions = {}): number {
  if (to < from) return -businessDaysBetween(to, from, opts);
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (!isClosedDay(d, opts)) n++;
  return n;
}

/** Today's date in Japan (YYYY-MM-DD). */
export function todayJst(now: Date = new Date()): string {
  return new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
}
