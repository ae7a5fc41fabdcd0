/**
 * Employment types (雇用形態) mamori offers by default, stored as codes and said in the reader's language
 * (the screens' texts). A body may add its own types to the list; those are kept as it writes them.
 */
import { EMPLOYMENT_WORDS } from './import-patterns.ts';

export const DEFAULT_EMPLOYMENT_TYPES = ['staff', 'fiscal_year_appointee', 'part_time', 'vendor_staff'];

export { EMPLOYMENT_WORDS };

/** The code of a default type named by its Japanese word; any other value as it is. */
export function employmentCode(value: string): string {
  return EMPLOYMENT_WORDS.find(([word]) => word === value)?.[1] ?? value;
}

/** The word a sheet holds for a type: the Japanese word of a default type, any other as it is. */
export function employmentWord(value: string): string {
  return EMPLOYMENT_WORDS.find(([, code]) => code === value)?.[0] ?? value;
}
