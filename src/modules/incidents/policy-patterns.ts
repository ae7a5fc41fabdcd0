/** The words a Japanese policy uses about the emergency response plan (緊急時対応計画) and its sections. */

/** A clause about the emergency response plan. */
export const PLAN = /緊急時対応計画/;

/** Keys the incident types point at (planSection), matched by what each listed item is about. */
export const SECTION_WORDS: [string, RegExp][] = [
  ['prevention', /再発防止/],
  ['reporting', /報告/],
  ['response', /対応|措置/],
];

/** A sentence about an incident (事故, インシデント, 事案). */
export const INCIDENT = /事故|インシデント|事案/;

/** A sentence that tells someone (報告, 連絡, 通報). */
export const REPORT = /報告|連絡|通報/;

/** A report the sentence makes depend on the case (重大性に応じ, 軽微なものを除き, 必要に応じ). */
export const CONDITIONAL = /重大|軽微|必要に応じ|場合に応じ/;

/** A sentence about one who has been told passing it on (報告を受けた…は). */
export const RECEIVED = /報告を受けた|連絡を受けた/;

/** An article's number in a 例規 (第7条, 第12条の2): articles are numbered through the whole text. */
export const ARTICLE = /^第[0-9０-９一二三四五六七八九十百千]+条/;
/** A 例規 article's caption, kept as the first line of its text: 「(事故等の報告)」. */
export const CAPTION = /^[（(]([^()（）\n]{1,60})[)）]\s*(?:\n|$)/;
