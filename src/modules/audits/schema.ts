/** Request bodies of the audits routes. */

import { z } from 'zod';
import { dateInput } from '../../shared/date-input.ts';
import { recordId as id } from '../../shared/record-id.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

export { idParams } from '../../shared/record-id.ts';

export const planBody = z.strictObject({
  kind: z.enum(['multi_year', 'yearly', 'special']),
  auditType: z.enum(['internal', 'external']),
  title: text(200),
  fiscalYear: z.number().int().min(2000).max(2100),
  toYear: z.number().int().min(2000).max(2100).optional(),
  parentId: id.optional(),
  purpose: text(4000),
  scopeUnits: z.array(id).max(200).default([]),
  scopeSystems: z.array(id).max(200).default([]),
  timing: text(200),
  structure: text(2000),
  criteria: text(2000),
  auditorOrg: z.string().trim().max(200).optional(),
  orderedBy: id.optional(),
  auditorIds: z.array(id).max(50).default([]),
});
export type PlanInput = z.output<typeof planBody>;

export const auditorBody = z.strictObject({ userId: id, lead: z.boolean().default(false) });

export const findingBody = z.strictObject({
  severity: z.enum(['high', 'medium', 'low', 'observation']),
  clausePath: z.string().trim().max(300).optional(),
  unitId: id.optional(),
  systemId: id.optional(),
  title: text(300),
  detail: text(4000),
  dueOn: dateInput().optional(),
});
export type FindingInput = z.output<typeof findingBody>;

export const responseBody = z.strictObject({ body: text(4000) });
export const followUpBody = z.strictObject({ body: text(4000), close: z.boolean().default(false) });
