/** The field rules both request schemas of incidents (the incident and its registers) are built from. */
import { z } from 'zod';
import { dateInput } from '../../shared/date-input.ts';

export { recordId as id } from '../../shared/record-id.ts';
export const text = (max = 4000) => z.string().trim().min(1).max(max);
export const optText = (max = 4000) => z.string().trim().max(max).nullable().optional();
export const iso = z.iso.datetime({ offset: true });
export const date = dateInput();
