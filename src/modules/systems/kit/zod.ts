/** Small zod builders the register schemas share (bounded, trimmed strings; nullable optionals). */

import { z } from 'zod';
import { dateInput, optDateInput } from '../../../shared/date-input.ts';

/** A required trimmed text of at most `max` characters. */
export const text = (max = 200) => z.string().trim().min(1).max(max);
/** An optional text that may be cleared with null. */
export const optText = (max = 1000) => z.string().trim().max(max).nullable().optional();
/** A required id of another record. */
export const ref = () => z.string().trim().min(1).max(64);
/** An optional id that may be cleared with null. */
export const optRef = () => z.string().trim().min(1).max(64).nullable().optional();
/** An optional calendar date, typed as 令和8年4月1日, R8.4.1 or 2026-04-01 and stored as YYYY-MM-DD. */
export const optDate = () => optDateInput();
/** A required calendar date in any of the three notations. */
export const date = () => dateInput();
/** A 0/1 flag, "no" when left out. */
export const flag = () => z.boolean().optional();
