import { z } from 'zod';
import { date, id, iso, optText, text } from './schema-fields.ts';

export const failureBody = z.strictObject({
  receivedAt: iso,
  reporterName: text(200),
  reporterId: id.nullable().optional(),
  systemId: id.nullable().optional(),
  systemName: text(200),
  event: text(),
  handling: optText(),
  result: optText(),
  problems: optText(),
  handlerId: id.nullable().optional(),
});
export type FailureBody = z.output<typeof failureBody>;

export const failureUpdateBody = z.strictObject({
  handling: optText(),
  result: optText(),
  problems: optText(),
  handlerId: id.nullable().optional(),
  status: z.enum(['open', 'resolved']),
});
export type FailureUpdateBody = z.output<typeof failureUpdateBody>;

export const logReviewBody = z
  .strictObject({
    periodFrom: date,
    periodTo: date,
    target: text(300),
    findings: text(),
    result: z.enum(['ok', 'findings']),
  })
  .refine((b) => b.periodFrom <= b.periodTo, { path: ['periodTo'], message: 'periodTo < periodFrom' });
export type LogReviewBody = z.output<typeof logReviewBody>;

export const violationBody = z.strictObject({
  subjectUserId: id.nullable().optional(),
  description: text(),
  clausePath: optText(200),
});
export type ViolationBody = z.output<typeof violationBody>;

export const decideBody = z.strictObject({
  decision: text(2000),
  measures: optText(2000),
  suspendAccess: z.boolean().default(false),
});
export type DecideBody = z.output<typeof decideBody>;

export const reinstateBody = z.strictObject({ reason: text(2000) });
export type ReinstateBody = z.output<typeof reinstateBody>;

export const complianceBody = z.strictObject({
  scope: text(500),
  findings: text(),
  result: z.enum(['ok', 'findings']),
});
export type ComplianceBody = z.output<typeof complianceBody>;

const section = z.strictObject({ key: z.string().trim().min(1).max(60), title: text(200) });

export const planBody = z.strictObject({
  title: text(200),
  required: z.array(section).min(1).max(30),
  sections: z.array(section.extend({ body: z.string().trim().max(20000) })).max(60),
  bcpTitle: optText(300),
  bcpReference: optText(500),
  reviewDue: date.nullable().optional(),
});
export type PlanBody = z.output<typeof planBody>;

export const bcpCheckBody = z.strictObject({ note: optText(2000) });
export const triggerBody = z.strictObject({ reason: text(1000), reviewDue: date });
export type TriggerBody = z.output<typeof triggerBody>;
