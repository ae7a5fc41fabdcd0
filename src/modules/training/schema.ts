/** Request bodies of the training routes. */

import { z } from 'zod';
import { dateInput } from '../../shared/date-input.ts';
import { recordId as id } from '../../shared/record-id.ts';

const date = dateInput();

export { idParams } from '../../shared/record-id.ts';

export const planBody = z.strictObject({
  fiscalYear: z.number().int().min(2000).max(2100),
  title: z.string().trim().min(1).max(200),
  organizer: z.string().trim().max(200).optional(),
  audience: z.enum(['all', 'units']).default('all'),
  unitIds: z.array(id).max(200).default([]),
  clausePath: z.string().trim().max(300).optional(),
  description: z.string().trim().max(2000).optional(),
});
export type PlanInput = z.output<typeof planBody>;

export const sessionBody = z.strictObject({ heldOn: date, place: z.string().trim().max(200).optional() });
export const attendanceBody = z.strictObject({
  entries: z
    .array(z.strictObject({ userId: id, attended: z.boolean() }))
    .min(1)
    .max(5000),
});
export const importBody = z.strictObject({
  encoding: z.enum(['utf8', 'sjis']).default('utf8'),
  dataBase64: z
    .string()
    .min(1)
    .max(4_000_000)
    .regex(/^[A-Za-z0-9+/=\s]+$/),
  dryRun: z.boolean().default(true),
});
export const checkBody = z.strictObject({ note: z.string().trim().max(2000).default('') });
