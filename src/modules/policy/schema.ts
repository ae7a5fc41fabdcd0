import { z } from 'zod';
import { dateInput } from '../../shared/date-input.ts';
import { DOCUMENT_KINDS, documentKindCode } from './document-kinds.ts';

/** Request schemas of the policy module. */
export const idParams = z.strictObject({ id: z.string().trim().min(1).max(64) });
export const versionPairParams = z.strictObject({
  id: z.string().trim().min(1).max(64),
  other: z.string().trim().min(1).max(64),
});
export const clausePathParams = z.strictObject({ path: z.string().trim().min(1).max(200) });

export const visibility = z.enum(['public', 'staff', 'restricted']);
/** A kind of document by its code, or by its Japanese word (kept as its code). */
export const documentKind = z.preprocess(
  (v) => (typeof v === 'string' ? documentKindCode(v.trim()) : v),
  z.enum(DOCUMENT_KINDS),
);
const fileName = z.string().trim().min(1).max(200);

/** JSON import: the text itself (pasted or read by the browser). */
export const importJsonBody = z.strictObject({
  text: z.string().max(5 * 1024 * 1024),
  fileName: fileName.optional(),
  documentId: z.string().trim().max(64).optional(),
  kind: documentKind.optional(),
  visibility: visibility.optional(),
});

/** Body of the import: the file's raw bytes (application/octet-stream) or an object checked by `importJsonBody`. */
export const importBody = z.union([z.instanceof(Buffer), z.looseObject({})]);

/** Query of the raw-bytes import (file name also accepted in the X-File-Name header). */
export const importQuery = z.strictObject({
  fileName: fileName.optional(),
  documentId: z.string().trim().max(64).optional(),
  kind: documentKind.optional(),
  visibility: visibility.optional(),
});

export const inForceBody = z.strictObject({ effectiveOn: dateInput().optional() });
export const visibilityBody = z.strictObject({ visibility });
export const searchQuery = z.strictObject({ q: z.string().trim().min(1).max(100) });
export const linksQuery = z.strictObject({ versionId: z.string().trim().max(64).optional() });

export const decideBody = z.strictObject({
  decisions: z
    .array(
      z.strictObject({
        kind: z.string().trim().min(1).max(50),
        key: z.string().trim().min(1).max(300),
        accept: z.boolean(),
      }),
    )
    .min(1)
    .max(500),
});

export const reviewTrigger = z.enum(['yearly', 'audit_result', 'incident', 'circumstance_change', 'other']);

/** What a review can be opened from, and the table its id names (checked against the caller's organization). */
export const REVIEW_SOURCES = {
  incident: 'incidents',
  failure: 'failures',
  violation: 'violations',
  compliance_check: 'compliance_checks',
  audit_finding: 'audit_findings',
  assessment_campaign: 'assessment_campaigns',
  law: 'laws',
} as const;

export const openReviewBody = z.strictObject({
  documentId: z.string().trim().min(1).max(64),
  trigger: reviewTrigger,
  fiscalYear: z.number().int().min(1989).max(2200).optional(),
  reason: z.string().trim().min(1).max(2000),
  inputs: z.string().trim().max(10000).default(''),
  sourceType: z.enum(Object.keys(REVIEW_SOURCES) as [keyof typeof REVIEW_SOURCES]).optional(),
  sourceId: z.string().trim().max(64).optional(),
  dueOn: dateInput().optional(),
});

export const updateReviewBody = z.strictObject({
  reason: z.string().trim().min(1).max(2000).optional(),
  inputs: z.string().trim().max(10000).optional(),
  dueOn: dateInput().nullable().optional(),
});

export const closeReviewBody = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('no_change'), reason: z.string().trim().min(1).max(2000) }),
  z.strictObject({
    outcome: z.literal('new_version'),
    versionId: z.string().trim().min(1).max(64),
    reason: z.string().trim().max(2000).optional(),
  }),
]);

export const reviewListQuery = z.strictObject({ status: z.enum(['open', 'closed']).optional() });

export type ImportOptions = Omit<z.output<typeof importQuery>, never>;
export type OpenReviewInput = z.output<typeof openReviewBody>;
export type CloseReviewInput = z.output<typeof closeReviewBody>;
