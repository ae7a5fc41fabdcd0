/** The words a Japanese policy's 別表 (appended tables of committee members) uses. */

/** Marks a 別表 uses for "same as the row above". */
export const DITTO = new Set(['〃', '″', '”', '"', '同', '同上', 'ditto']);
