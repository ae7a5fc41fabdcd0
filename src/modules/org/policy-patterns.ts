/** The words a Japanese policy's 別表 (appended tables of committee members) uses. */

/** Marks a 別表 uses for "same as the row above". */
export const DITTO = new Set(['〃', '″', '”', '"', '同', '同上', 'ditto']);

/**
 * A post a policy gives to the head of every unit of a kind (「各課の課長」「各部長」「各課の課長補佐」): the mark
 * of "every", the kinds of unit, the particle between unit and post, and the marks of a deputy's own post
 * (副課長 is not a 課長).
 */
export const EVERY_UNIT = { every: '各', of: 'の', kinds: ['センター', '課', '部', '局', '室', '係', '所'] };
export const DEPUTY_MARKS = ['副', '次', '代理'];
