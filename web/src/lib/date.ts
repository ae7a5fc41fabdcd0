/** Dates as people in a Japanese public body read them: 和暦 and Japan Standard Time. */
import type { Lang } from '../i18n/index.tsx';

const TZ = 'Asia/Tokyo';

const warekiFmt = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: TZ,
});

const enFmt = new Intl.DateTimeFormat('en-GB', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: TZ,
});

function parts(f: Intl.DateTimeFormat, d: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of f.formatToParts(d)) out[p.type] = p.value;
  return out;
}

function toDate(value: string | Date): Date | null {
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** 和暦 date only, e.g. 令和8年11月24日 (first year written 元年). */
/** Today in Japan as YYYY-MM-DD. */
export function todayJst(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(new Date());
}

export function formatWarekiDate(value: string | Date): string {
  const d = toDate(value);
  if (!d) return String(value);
  const p = parts(warekiFmt, d);
  const year = p.year === '1' ? '元' : p.year;
  return `${p.era}${year}年${p.month}月${p.day}日`;
}

/** 和暦 date and JST time, e.g. 令和8年11月24日 10:05. */
export function formatWarekiDateTime(value: string | Date): string {
  const d = toDate(value);
  if (!d) return String(value);
  const p = parts(warekiFmt, d);
  return `${formatWarekiDate(d)} ${p.hour}:${p.minute}`;
}

/** Date and time for the UI language: 和暦 in Japanese, `24 Nov 2026, 10:05 JST` in English. */
export function formatDateTime(value: string | Date, lang: Lang): string {
  if (lang === 'ja') return formatWarekiDateTime(value);
  const d = toDate(value);
  return d ? `${enFmt.format(d)} JST` : String(value);
}

/** Date only for the UI language. */
export function formatDate(value: string | Date, lang: Lang): string {
  if (lang === 'ja') return formatWarekiDate(value);
  const d = toDate(value);
  return d
    ? d.toLocaleDateString('en-GB', { timeZone: TZ, year: 'numeric', month: 'short', day: 'numeric' })
    : '';
}
