import { z } from 'zod';
import { date, id, iso, optText, text } from './schema-fields.ts';

const ids = z.array(id).max(50).default([]);

export { idParams } from '../../shared/record-id.ts';
export const stepParams = z.strictObject({ id, stepId: id });
export const actionParams = z.strictObject({ id, actionId: id });

export const reportBody = z.strictObject({
  title: text(200),
  description: text(),
  typeKey: z.string().trim().min(1).max(60),
  foundAt: iso,
  occurredAt: iso.nullable().optional(),
  personalInfo: z.enum(['yes', 'no', 'unknown']),
  source: z.enum(['staff', 'citizen', 'vendor', 'other']).default('staff'),
  sourceDetail: optText(500),
  assetIds: ids,
  systemIds: ids,
  vendorIds: ids,
  clausePaths: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
});
export type ReportBody = z.output<typeof reportBody>;

export const ackBody = z.strictObject({
  minor: z.boolean().optional(),
  reason: z.string().trim().min(1).max(2000).optional(),
});

export const minorBody = z.strictObject({ minor: z.boolean(), reason: text(2000) });

export const noteBody = z.strictObject({
  kind: z.enum(['note', 'decision', 'containment', 'recovery', 'cause']),
  text: text(),
});
export type NoteBody = z.output<typeof noteBody>;

export const evidenceBody = z.strictObject({
  fileName: text(255),
  contentType: z.string().trim().min(1).max(100).default('application/octet-stream'),
  dataBase64: z
    .string()
    .min(1)
    .max(14_000_000)
    .regex(/^[A-Za-z0-9+/=\s]+$/),
  description: text(1000),
});
export type EvidenceBody = z.output<typeof evidenceBody>;

export const actionBody = z.strictObject({
  kind: z.enum(['containment', 'recovery', 'cause', 'prevention']),
  description: text(2000),
  ownerId: id.nullable().optional(),
  dueDate: date.nullable().optional(),
});
export type ActionBody = z.output<typeof actionBody>;

export const actionDoneBody = z.strictObject({
  status: z.enum(['done', 'accepted']),
  note: optText(2000),
});
export type ActionDoneBody = z.output<typeof actionDoneBody>;

export const contactBody = z.strictObject({
  party: z.enum(['police', 'ppc', 'other']),
  partyName: text(200),
  reportKind: z.enum(['prompt', 'final', 'other']),
  sentAt: iso,
  content: text(),
});
export type ContactBody = z.output<typeof contactBody>;

export const causeBody = z.strictObject({ cause: text() });

export const closeBody = z.strictObject({
  acceptOpenActions: z.boolean().default(false),
  note: optText(2000),
});

export const listQuery = z.strictObject({
  status: z.enum(['open', 'closed']).optional(),
  type: z.string().trim().max(60).optional(),
  from: date.optional(),
  to: date.optional(),
  mine: z.enum(['1', '0']).optional(),
  q: z.string().trim().max(200).optional(),
});

export const exportQuery = z.strictObject({ encoding: z.enum(['utf8', 'sjis']).default('utf8') });

export const typeBody = z.strictObject({
  nameJa: text(200),
  nameEn: text(200),
  steps: z.array(z.strictObject({ ja: text(500), en: text(500) })).max(30),
  clausePath: optText(200),
  unauthorizedAccess: z.boolean().default(false),
  planSection: optText(60),
});
export const typeParams = z.strictObject({
  key: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .regex(/^[a-z0-9_]+$/),
});
