/**
 * 和暦 (Japanese era) dates: parse era or Western dates written the way 例規 write them
 * (full-width digits, kanji numerals, 元年, stray spaces) and format ISO dates back to 和暦.
 */

interface Era {
  name: string;
  /** first day of the era (ISO) */
  start: string;
  /** Western year of the era's year 1, minus one */
  offset: number;
}

/** Newest first, so the first era whose start is ≤ a date is the one in force. */
const ERAS: readonly Era[] = [
  { name: '令和', start: '2019-05-01', offset: 2018 },
  { name: '平成', start: '1989-01-08', offset: 1988 },
  { name: '昭和', start: '1926-12-25', offset: 1925 },
  { name: '大正', start: '1912-07-30', offset: 1911 },
  { name: '明治', start: '1868-10-23', offset: 1867 },
];

const KANJI_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const NUM = '[0-9０-９〇零一二三四五六七八九十]{1,4}';
const SP = '[ \\u3000]*';
/** 和暦 date, e.g. 令和８年３月１１日, 平成 28 年 11 月 28 日, 令和元年5月1日, 令和8年(2026年)3月11日. */
const WAREKI_RE = new RegExp(
  `(令和|平成|昭和|大正|明治)${SP}(元|${NUM})${SP}年${SP}(?:[(（]${SP}[0-9０-９]{4}${SP}年${SP}[)）]${SP})?(${NUM})${SP}月${SP}(${NUM})${SP}日`,
  'g',
);
/** Western date, e.g. 2026年3月11日, 2026-03-11, 2026/3/11. */
const WESTERN_RE = new RegExp(
  `(?<![0-9０-９])([0-9０-９]{4})${SP}(?:年${SP}(${NUM})${SP}月${SP}(${NUM})${SP}日|[-/.](\\d{1,2})[-/.](\\d{1,2})(?![0-9]))`,
  'g',
);

/** Reads arabic (half/full width) or kanji numerals (十, 二十三) as a number. */
export function readNumber(text: string): number {
  const ascii = text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  let total = 0;
  let current = 0;
  for (const ch of ascii) {
    if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (ch in KANJI_DIGITS) {
      current = current * 10 + KANJI_DIGITS[ch];
    } else {
      return Number.NaN;
    }
  }
  return total + current;
}

function iso(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function eraToIso(era: string, yearText: string, monthText: string, dayText: string): string | null {
  const e = ERAS.find((x) => x.name === era);
  if (!e) return null;
  const year = yearText === '元' ? 1 : readNumber(yearText);
  if (!(year >= 1)) return null;
  return iso(e.offset + year, readNumber(monthText), readNumber(dayText));
}

/** A date found in running text: its ISO value, the text as printed and where it starts. */
export interface FoundDate {
  iso: string;
  text: string;
  index: number;
}

/** Finds every 和暦 or Western date in a text, in order of appearance. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(WAREKI_RE)) {
    const value = eraToIso(m[1], m[2], m[3], m[4]);
    if (value) found.push({ iso: value, text: m[0], index: m.index });
  }
  for (const m of text.matchAll(WESTERN_RE)) {
    // A Western year inside a 和暦 date (令和8年(2026年)3月11日) is already covered.
    if (found.some((f) => m.index >= f.index && m.index < f.index + f.text.length)) continue;
    const year = readNumber(m[1]);
    const value = m[2]
      ? iso(year, readNumber(m[2]), readNumber(m[3]))
      : iso(year, Number(m[4]), Number(m[5]));
    if (value) found.push({ iso: value, text: m[0], index: m.index });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Parses one date (和暦 like 令和8年3月11日 or Western) to ISO `YYYY-MM-DD`; null if none. */
export function parseWareki(text: string): string | null {
  return findDates(text)[0]?.iso ?? null;
}

/** Formats an ISO date as 和暦, e.g. 2026-03-11 → 令和8年3月11日 (2019-05-01 → 令和元年5月1日). */
export function formatWareki(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) throw new RangeError(`not an ISO date: ${isoDate}`);
  const day = isoDate.slice(0, 10);
  const era = ERAS.find((e) => day >= e.start);
  if (!era) throw new RangeError(`before the 明治 era: ${isoDate}`);
  const year = Number(m[1]) - era.offset;
  return `${era.name}${year === 1 ? '元' : year}年${Number(m[2])}月${Number(m[3])}日`;
}

/**
 * The 年度 that starts on April 1 of `fiscalYear`, in 和暦: the era in force when it ends names it, as
 * offices write it: 2026 → 令和8, 2019 (from April 2019) → 令和元, 1988 → 昭和63.
 */
export function fiscalYearWareki(fiscalYear: number): string {
  const end = `${fiscalYear + 1}-03-31`;
  const era = ERAS.find((e) => end >= e.start && fiscalYear - e.offset >= 1) ?? ERAS[ERAS.length - 1];
  const year = fiscalYear - era.offset;
  return `${era.name}${year === 1 ? '元' : year}`;
}

/** The 年度 (April to March) a JST day `YYYY-MM-DD` falls in, by the year it starts: 2027-03-31 → 2026. */
export function fiscalYearOf(day: string): number {
  const year = Number(day.slice(0, 4));
  return Number(day.slice(5, 7)) >= 4 ? year : year - 1;
}

/** A date as {@link formatWareki} writes it (令和8年3月11日, 令和元年5月1日), as a regular-expression source. */
export const FORMATTED_WAREKI = `(?:${ERAS.map((e) => e.name).join('|')})(?:元|\\d{1,2})年\\d{1,2}月\\d{1,2}日`;

/** An ISO date as a short 和暦 for a seal box: 2026-06-01 → R8.6.1 (2019-05-01 → R1.5.1). */
export function formatWarekiShort(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  const era = m && ERAS.find((e) => isoDate.slice(0, 10) >= e.start);
  if (!m || !era) throw new RangeError(`not an ISO date of an era: ${isoDate}`);
  const letter = Object.keys(ERA_LETTER).find((k) => ERA_LETTER[k] === era.name);
  return `${letter}${Number(m[1]) - era.offset}.${Number(m[2])}.${Number(m[3])}`;
}

/** Why a typed date was refused: an i18n key (`date.*`) and its placeholders. */
export interface DateInputError {
  code: 'date.unreadable' | 'date.no_such_day' | 'date.outside_era';
  params: Record<string, string>;
}

const ERA_LETTER: Record<string, string> = { R: '令和', H: '平成', S: '昭和', T: '大正', M: '明治' };
/** Full-width digits, letters and punctuation to ASCII; 〇-style spaces dropped. */
const narrow = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]+/g, '');
/** R8.4.1, R08/04/01, H31-4-30, 令8.4.1, 令和8.4.1 (era letter or name, then year, month, day). */
const SHORT_ERA =
  /^(R|H|S|T|M|令和|平成|昭和|大正|明治|令|平|昭|大|明)(元|\d{1,2})[.\-/](\d{1,2})[.\-/](\d{1,2})$/i;
/** 令和8年4月1日, 令和元年5月1日 (kanji numerals too). */
const FULL_ERA =
  /^(令和|平成|昭和|大正|明治)(元|[0-9〇零一二三四五六七八九十]{1,4})年([0-9〇零一二三四五六七八九十]{1,3})月([0-9〇零一二三四五六七八九十]{1,3})日$/;
/** 2026-04-01, 2026/4/1, 2026.4.1, 2026年4月1日, 20260401. */
const WESTERN = /^(\d{4})(?:[.\-/](\d{1,2})[.\-/](\d{1,2})|年(\d{1,2})月(\d{1,2})日|(\d{2})(\d{2}))$/;

/**
 * Reads a date as people type it — 令和8年4月1日, R8.4.1 or 2026-04-01 (full-width digits, 元年,
 * 2026/4/1 and 2026年4月1日 too) — into ISO `YYYY-MM-DD`, or says why it cannot. A 和暦 year past its
 * era's end (平成32年) or before its start (令和1年4月) is refused rather than guessed.
 */
export function parseDateInput(input: string): { iso: string } | { error: DateInputError } {
  const s = narrow(input);
  const unreadable = { error: { code: 'date.unreadable' as const, params: { value: input.trim() } } };
  let m = WESTERN.exec(s);
  if (m) {
    const [y, mo, d] = m[2] ? [m[1], m[2], m[3]] : m[4] ? [m[1], m[4], m[5]] : [m[1], m[6], m[7]];
    const value = iso(Number(y), Number(mo), Number(d));
    return value ? { iso: value } : { error: { code: 'date.no_such_day', params: { value: input.trim() } } };
  }
  let era: string | undefined;
  let parts: [string, string, string] | undefined;
  m = SHORT_ERA.exec(s);
  if (m) {
    const key = m[1].toUpperCase();
    era = ERA_LETTER[key] ?? ERAS.find((e) => e.name.startsWith(m?.[1] ?? ''))?.name;
    parts = [m[2], m[3], m[4]];
  } else {
    m = FULL_ERA.exec(s);
    if (m) {
      era = m[1];
      parts = [m[2], m[3], m[4]];
    }
  }
  if (!era || !parts) return unreadable;
  const value = eraToIso(era, ...parts);
  if (!value) return { error: { code: 'date.no_such_day', params: { value: input.trim() } } };
  const e = ERAS.find((x) => x.name === era) as Era;
  const next = ERAS[ERAS.indexOf(e) - 1];
  if (value < e.start || (next && value >= next.start)) {
    const last = next ? formatWareki(new Date(Date.parse(next.start) - 86400000).toISOString()) : '';
    return {
      error: {
        code: 'date.outside_era',
        params: { value: input.trim(), era, first: formatWareki(e.start), last },
      },
    };
  }
  return { iso: value };
}
