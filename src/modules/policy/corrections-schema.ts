/** Request schemas of the reviewer's corrections: what the screen sends, resolved to engine corrections by the service. */
import { z } from 'zod';

const name = z.string().trim().min(1).max(100);
const path = z.string().trim().min(1).max(200);

/** A heading's title or a clause's parent (its level follows), by the clause's path as now shown. */
const clauseCorrection = z.strictObject({
  kind: z.literal('clause'),
  path,
  /** the new parent's path; null: the top level */
  parentPath: path.nullable().optional(),
  /** the heading's title; null: the clause is not a heading */
  title: z.string().trim().min(1).max(200).nullable().optional(),
});

/** A role's post, tier and short names. */
const roleCorrection = z.strictObject({
  kind: z.literal('role'),
  name,
  post: name.nullable().optional(),
  tier: z.number().int().min(1).max(20).optional(),
  aliases: z.array(name).max(10).optional(),
});

/** Who must act in one sentence, its modality and whose permission it requires. */
const actorCorrection = z.strictObject({
  kind: z.literal('actor'),
  path,
  sentence: z.string().trim().min(1).max(2000),
  actors: z.array(name).min(1).max(10).optional(),
  modality: z.enum(['must', 'must_not', 'shall', 'endeavor', 'may']).optional(),
  approver: z.array(name).max(10).optional(),
});

/** A classification level: its place in its axis, its definition, added (new axis or label) or removed. */
const levelCorrection = z.strictObject({
  kind: z.literal('level'),
  axis: z.string().trim().min(1).max(50),
  label: z.string().trim().min(1).max(50),
  rank: z.number().int().min(1).max(20).optional(),
  definition: z.string().trim().min(1).max(500).optional(),
  remove: z.literal(true).optional(),
});

/** A classification axis renamed (機密性分類 → 機密性); its levels keep their labels and order. */
const axisCorrection = z.strictObject({
  kind: z.literal('axis'),
  axis: z.string().trim().min(1).max(50),
  name: z.string().trim().min(1).max(50),
});

export const correctionBody = z.discriminatedUnion('kind', [
  clauseCorrection,
  roleCorrection,
  actorCorrection,
  levelCorrection,
  axisCorrection,
]);
export type CorrectionInput = z.output<typeof correctionBody>;

export const correctionParams = z.strictObject({
  id: z.string().trim().min(1).max(64),
  correctionId: z.string().trim().min(1).max(64),
});
