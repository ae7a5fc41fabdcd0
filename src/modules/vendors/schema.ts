/** Request bodies of the vendors module's registers. */
import { z } from 'zod';
import { flag, optDate, optRef, optText, ref, text } from '../systems/index.ts';
import { lawKinds } from './law-kinds.ts';

export const certificationKinds = ['isms', 'pmark', 'ismap', 'other'] as const;
export const auditStatuses = ['unknown', 'not_audited', 'audited_ok', 'audited_issues'] as const;

const certification = z.strictObject({
  kind: z.enum(certificationKinds),
  number: optText(100),
  expiresOn: optDate(),
});

export const vendorBody = z.strictObject({
  name: text(200),
  address: optText(300),
  contact: optText(300),
  certifications: z.array(certification).max(20).optional(),
  auditStatus: z.enum(auditStatuses),
  lastAuditedOn: optDate(),
  notes: optText(),
});

export const contractClause = z.strictObject({ text: text(500), present: z.boolean() });

export const contractBody = z.strictObject({
  vendorId: ref(),
  title: text(300),
  signedOn: optDate(),
  endsOn: optDate(),
  subcontracting: flag(),
  nextReviewOn: optDate(),
  /** Left out: the organization's required clause list, each unchecked. */
  clauses: z.array(contractClause).max(100).optional(),
  notes: optText(),
});

export const clauseListBody = z.strictObject({
  clauses: z.array(text(500)).min(1).max(100),
  clausePath: optText(200),
});

export const cloudBody = z.strictObject({
  service: text(200),
  provider: optText(200),
  vendorId: optRef(),
  infoClasses: z.array(text(100)).max(20).optional(),
  ismap: flag(),
  certifications: optText(500),
  evaluation: optText(2000),
  evaluatedOn: optDate(),
  approvedBy: optText(200),
  approvalRef: optText(200),
  notes: optText(),
});

export const socialBody = z.strictObject({
  service: text(100),
  account: text(200),
  responsibleUserId: ref(),
  publishable: optText(2000),
  procedureRef: optText(300),
  notes: optText(),
});

export const lawBody = z.strictObject({
  name: text(300),
  number: optText(100),
  kind: z.enum(lawKinds),
  clausePath: optText(200),
  notes: optText(),
});
