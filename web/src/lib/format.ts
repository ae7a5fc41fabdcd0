/** The one formatter: dates (和暦 in Japanese, JST), numbers and counts in the reader's language. */
import { inLang, useI18n } from '../i18n/index.tsx';
import { formatDate, formatDateTime } from './date.ts';

export interface Format {
  /** A `YYYY-MM-DD` date or a timestamp as a date; a dash when empty. */
  date(value: string | null | undefined): string;
  /** A timestamp with its JST time; a dash when empty. */
  dateTime(value: string | null | undefined): string;
  number(value: number | null | undefined): string;
  /** A record's own name in the reader's language: the English one in English when it has one. */
  named(ja: string, en?: string | null): string;
}

const dayOf = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00+09:00` : v);

export function useFormat(): Format {
  const { lang } = useI18n();
  const numbers = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'ja-JP');
  return {
    date: (v) => (v ? formatDate(dayOf(v), lang) : '—'),
    dateTime: (v) => (v ? formatDateTime(v, lang) : '—'),
    number: (v) => (v === null || v === undefined ? '—' : numbers.format(v)),
    named: (ja, en) => inLang(lang, ja, en),
  };
}
