/** The words a Japanese policy uses about the emergency response plan (緊急時対応計画) and its sections. */

/** A clause about the emergency response plan. */
export const PLAN = /緊急時対応計画/;

/** Keys the incident types point at (planSection), matched by what each listed item is about. */
export const SECTION_WORDS: [string, RegExp][] = [
  ['prevention', /再発防止/],
  ['reporting', /報告/],
  ['response', /対応|措置/],
];
