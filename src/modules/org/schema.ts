import { z } from 'zod';
import { dateInput } from '../../shared/date-input.ts';
import { employmentCode } from './employment.ts';

/** Request schemas of the organization module. */
const id = z.string().trim().min(1).max(64);
const optId = id.nullable().optional();
const text = (max: number) => z.string().trim().min(1).max(max);
const optText = (max: number) => z.string().trim().max(max).nullable().optional();
const date = dateInput();

export const idParams = z.strictObject({ id });
export const lineParams = z.strictObject({ id, lineId: id });
/** A role function's key in a path: `audit.read`. */
export const functionKeyParams = z.strictObject({
  key: z
    .string()
    .max(60)
    .regex(/^[a-z_]+(\.[a-z_]+)+$/),
});

export const unitBody = z.strictObject({
  name: text(100),
  kind: text(30),
  parentId: optId,
  sortOrder: z.number().int().min(0).max(9999).optional(),
});
export const unitRenameBody = z.strictObject({
  name: text(100),
  kind: text(30).optional(),
  sortOrder: z.number().int().min(0).max(9999).optional(),
});
export const unitMoveBody = z.strictObject({ parentId: id.nullable() });

export const peopleQuery = z.strictObject({
  unitId: id.optional(),
  roleId: id.optional(),
  status: z.enum(['active', 'suspended', 'retired']).optional(),
  q: z.string().trim().max(100).optional(),
});
const personFields = {
  displayName: text(100),
  email: z.email().max(200).nullable().optional(),
  phone: optText(50),
  unitId: optId,
  post: optText(100),
  // A default type may be named by its Japanese word; it is kept as its code.
  employmentType: text(40).transform(employmentCode).optional(),
};
export const personCreateBody = z.strictObject({
  loginId: z
    .string()
    .trim()
    .min(3)
    .max(64)
    .regex(/^[A-Za-z0-9._@-]+$/),
  ...personFields,
});
export const personUpdateBody = z.strictObject({ ...personFields, displayName: text(100).optional() });
export const statusBody = z.strictObject({ status: z.enum(['active', 'suspended']), reason: optText(500) });

const roleFields = {
  name: text(100),
  tier: z.number().int().min(1).max(20),
  post: optText(100),
  duties: optText(4000),
  clausePath: optText(200),
  optional: z.boolean().optional(),
  designated: z.boolean().optional(),
};
export const roleCreateBody = z.strictObject({
  ...roleFields,
  functions: z.array(text(100)).max(200).optional(),
});
export const roleUpdateBody = z.strictObject({
  ...roleFields,
  name: text(100).optional(),
  tier: roleFields.tier.optional(),
});
export const functionsBody = z.strictObject({ functions: z.array(text(100)).max(200) });
export const assignBody = z.strictObject({
  userId: id,
  unitId: optId,
  acting: z.boolean().optional(),
  validFrom: date.nullable().optional(),
  validUntil: date.nullable().optional(),
});
export const endBody = z.strictObject({ reason: text(200).optional() });
export const appointmentBody = z.strictObject({
  userId: id,
  appointedBy: optId,
  appointedOn: date,
  unitId: optId,
  scope: optText(1000),
  duties: optText(4000),
  validUntil: date.nullable().optional(),
});

const committeeFields = {
  name: text(200),
  purpose: optText(2000),
  duties: optText(4000),
  chairUserId: optId,
  chairPost: optText(100),
  secretariatUnitId: optId,
  clausePath: optText(200),
};
export const committeeBody = z.strictObject(committeeFields);
export const committeeUpdateBody = z.strictObject({ ...committeeFields, name: text(200).optional() });
const member = z.strictObject({
  userId: optId,
  dept: optText(100),
  section: optText(100),
  post: optText(200),
});
export const membersBody = z.strictObject({ members: z.array(member).max(500) });
export const importBody = z.strictObject({
  rows: z
    .array(z.array(z.string().max(200)).min(1).max(3))
    .min(1)
    .max(500),
});
export const meetingBody = z.strictObject({ heldOn: date, agenda: text(2000), minutes: optText(20000) });

export const noticeBody = z
  .strictObject({
    title: text(200),
    body: text(10000),
    audience: z.enum(['all', 'units']),
    unitIds: z.array(id).max(200).optional(),
  })
  .refine((n) => n.audience === 'all' || (n.unitIds?.length ?? 0) > 0, {
    path: ['unitIds'],
    message: 'required for audience "units"',
  });

export const transferBody = z
  .strictObject({
    userId: id,
    kind: z.enum(['transfer', 'retirement']),
    effectiveOn: date,
    toUnitId: optId,
    newPost: optText(100),
  })
  .refine((t) => t.kind === 'retirement' || !!t.toUnitId || !!t.newPost, {
    path: ['toUnitId'],
    message: 'a transfer needs a new unit or post',
  });

export const decisionBody = z.strictObject({ decision: z.enum(['confirmed', 'ended']) });
export const completeBody = z.strictObject({ note: optText(2000) });
