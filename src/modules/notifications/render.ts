/** Notices as codes with parameters, put into words in the reader's language where they are shown. */
import { type Lang, t } from '../../i18n/index.ts';
import { formatWareki } from '../../shared/wareki.ts';

/** A parameter: the same in every language, or one text per language (a request type's name, a date). */
export type NoticeParam = string | number | { ja: string; en: string };
export type NoticeParams = Record<string, NoticeParam>;

/** A date parameter: 和暦 in Japanese, YYYY-MM-DD in English. */
export function dateParam(isoDate: string): { ja: string; en: string } {
  return { ja: formatWareki(isoDate), en: isoDate.slice(0, 10) };
}

/** The parameters in one language. */
export function paramsIn(lang: Lang, params: NoticeParams = {}): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) out[k] = typeof v === 'object' ? v[lang] : v;
  return out;
}

/** A notice's title and body in one language, from its code's `.title` and `.body` messages. */
export function renderNotice(
  lang: Lang,
  code: string,
  params: NoticeParams = {},
): { title: string; body: string } {
  const p = paramsIn(lang, params);
  return { title: t(lang, `${code}.title`, p), body: t(lang, `${code}.body`, p) };
}

/** A stored notice in one language: rows from before codes keep the text they were written with. */
export function noticeText(
  lang: Lang,
  row: { title: string; body: string; code: string | null; params: string | null },
): { title: string; body: string } {
  if (!row.code) return { title: row.title, body: row.body };
  return renderNotice(lang, row.code, row.params ? (JSON.parse(row.params) as NoticeParams) : {});
}
