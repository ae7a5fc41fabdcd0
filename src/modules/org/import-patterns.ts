/** The words of a body's own staff sheet (職員名簿) that the staff import reads. */

/**
 * The Japanese word of each default employment type (`employment.ts`): what a staff sheet holds, and how
 * the type was stored before it became a code.
 */
export const EMPLOYMENT_WORDS: [word: string, code: string][] = [
  ['職員', 'staff'],
  ['会計年度任用職員', 'fiscal_year_appointee'],
  ['臨時・非常勤', 'part_time'],
  ['委託先職員', 'vendor_staff'],
];

/** The kinds of the units a sheet's 部 and 課 columns create, stored as the organization chart writes them. */
export const DIVISION_KIND = '部';
export const SECTION_KIND = '課';
