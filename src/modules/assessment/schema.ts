/** Request bodies and queries of the self-assessment routes. */

import { z } from 'zod';
import { dateInput } from '../../shared/date-input.ts';
import { recordId as id } from '../../shared/record-id.ts';

const date = dateInput();

export { idParams } from '../../shared/record-id.ts';

export const campaignBody = z.strictObject({
  fiscalYear: z.number().int().min(2000).max(2100),
  title: z.string().trim().min(1).max(200),
  kind: z.enum(['yearly', 'adhoc']).default('yearly'),
  policyVersionId: id.optional(),
  staffMode: z.enum(['all', 'sample']).default('all'),
  sampleSize: z.number().int().min(1).max(10000).optional(),
  dueOn: date.optional(),
});
export type CampaignInput = z.output<typeof campaignBody>;

export const itemBody = z.strictObject({
  question: z.string().trim().min(1).max(2000),
  area: z.string().trim().min(1).max(60).default('other'),
  clausePath: z.string().trim().max(300).nullable().default(null),
  respondentKind: z.enum(['roles', 'staff', 'default']).default('roles'),
  roleIds: z.array(id).max(50).default([]),
});
export type ItemInput = z.output<typeof itemBody>;

export const itemPatch = z.strictObject({
  question: z.string().trim().min(1).max(2000).optional(),
  area: z.string().trim().min(1).max(60).optional(),
  roleIds: z.array(id).max(50).optional(),
});

export const answerBody = z.strictObject({
  answer: z.enum(['done', 'partial', 'not_done', 'na']),
  comment: z.string().trim().max(2000).default(''),
});

/** POST /api/assessment/answers: several answers saved at once. */
export const answersBody = z.strictObject({
  answers: z
    .array(answerBody.extend({ responseId: z.string().trim().min(1).max(64) }))
    .min(1)
    .max(500),
});

/** PUT /api/assessment/campaigns/:id/draft: the answers typed so far (an answer may still be unchosen). */
export const draftBody = z.strictObject({
  answers: z
    .array(
      z.strictObject({
        responseId: z.string().trim().min(1).max(64),
        answer: z.enum(['', 'done', 'partial', 'not_done', 'na']),
        comment: z.string().max(2000),
      }),
    )
    .max(2000),
});

export const EVIDENCE_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'text/plain',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;
export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;

export const evidenceBody = z.strictObject({
  fileName: z.string().trim().min(1).max(255),
  contentType: z.enum(EVIDENCE_TYPES),
  dataBase64: z
    .string()
    .min(1)
    .max(Math.ceil((EVIDENCE_MAX_BYTES * 4) / 3) + 8)
    .regex(/^[A-Za-z0-9+/=\s]+$/),
});

export const measureBody = z.strictObject({
  title: z.string().trim().min(1).max(500),
  itemId: id.optional(),
  ownerUserId: id,
  dueOn: date,
});

export const closeMeasureBody = z.strictObject({ result: z.string().trim().min(1).max(2000) });
export const publishBody = z.strictObject({ message: z.string().trim().max(2000).default('') });
