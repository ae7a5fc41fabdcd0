import type { Lang } from '../../i18n/index.tsx';
import { formatDate, formatDateTime } from '../../lib/date.ts';

/** A YYYY-MM-DD date in the UI language (和暦 in Japanese), or a dash. */
export const day = (iso: string | null | undefined, lang: Lang) =>
  iso ? formatDate(`${iso}T00:00:00+09:00`, lang) : '—';
/** A timestamp in the UI language. */
export const when = (iso: string | null | undefined, lang: Lang) => (iso ? formatDateTime(iso, lang) : '—');
