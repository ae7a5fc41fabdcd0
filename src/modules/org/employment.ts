/**
 * Employment types (雇用形態) mamori offers by default, stored as codes and said in the reader's language
 * (the screens' texts). A body may add its own types to the list; those are kept as it writes them.
 */
export const DEFAULT_EMPLOYMENT_TYPES = ['staff', 'fiscal_year_appointee', 'part_time', 'vendor_staff'];

/**
 * The Japanese word of each default type: what a staff sheet holds, and how the type was stored before
 * it became a code.
 */
export const EMPLOYMENT_WORDS: [word: string, code: string][] = [
  ['職員', 'staff'],
  ['会計年度任用職員', 'fiscal_year_appointee'],
  ['臨時・非常勤', 'part_time'],
  ['委託先職員', 'vendor_staff'],
];

/** The code of a default type named by its Japanese word; any other value as it is. */
export function employmentCode(value: string): string {
  return EMPLOYMENT_WORDS.find(([word]) => word === value)?.[1] ?? value;
}

/** The word a sheet holds for a type: the Japanese word of a default type, any other as it is. */
export function employmentWord(value: string): string {
  return EMPLOYMENT_WORDS.find(([, code]) => code === value)?.[0] ?? value;
}
