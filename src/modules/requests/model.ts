import { z } from 'zod';

const label = z.strictObject({
  ja: z.string().trim().min(1).max(100),
  en: z.string().trim().max(100).default(''),
});

/** One form field of a request type. */
export const fieldSpec = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
  type: z.enum(['text', 'textarea', 'date', 'select', 'asset', 'checklist']),
  label,
  required: z.boolean().default(false),
  /** Choices of `select`; items of `checklist` (each must be ticked when required). */
  options: z.array(z.string().trim().min(1).max(200)).max(30).optional(),
  /** A date the form fills in with the day of filing (the requester changes it when it is another day). */
  initial: z.literal('today').optional(),
});
export type FieldSpec = z.output<typeof fieldSpec>;

const roleNames = z.array(z.string().trim().min(1).max(100)).min(1).max(10);

/**
 * One step of an approver chain, resolved at decision time to the people holding `function`.
 * Which roles approve can depend on the asset's class (the policy's 「機密性3の情報資産にあってはX、
 * 機密性2にあってはYの許可」): `byLevel` lists, per set of levels, the roles that approve; when a
 * request is filed, the first option listing the asset's class (any axis of it) becomes the
 * step's `roles`, frozen with the request.
 */
export const chainStep = z.strictObject({
  /** Empty while no approver is chosen: refused when the type is saved, naming the step (`types-service.ts`). */
  function: z.string().trim().max(80),
  mode: z.enum(['any', 'all']).default('any'),
  /** Only holders whose assignment covers the requester's unit (or the whole body). */
  unitScoped: z.boolean().default(false),
  /** Only holders of `function` assigned to one of these roles (the organization's role names). */
  roles: roleNames.optional(),
  /** The approving roles chosen by the asset's level (see above); a class no option lists keeps `roles`. */
  byLevel: z
    .array(
      z.strictObject({ levels: z.array(z.string().trim().min(1).max(40)).min(1).max(20), roles: roleNames }),
    )
    .max(10)
    .optional(),
});
export type ChainStep = z.output<typeof chainStep>;

/** What a request type is: its form, its condition, its approvers and the record it produces. */
export const typeDefinition = z.strictObject({
  /** 'approval' asks permission; 'notice' is a report acknowledged by its receiver; 'consultation' asks advice first. */
  flow: z.enum(['approval', 'notice', 'consultation']).default('approval'),
  fields: z.array(fieldSpec).max(30).default([]),
  /** Approval is needed only when the asset's class is one of these (empty: always). Levels are the organization's own. */
  levels: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  chain: z.array(chainStep).min(1).max(6),
  /** Expect a return: due so many business days after the date field `fromField` (or approval). */
  returnTracking: z
    .strictObject({
      dueBusinessDays: z.number().int().min(0).max(250),
      fromField: z.string().max(40).optional(),
    })
    .nullable()
    .default(null),
  /** After the return, so many people holding `function` confirm (seed 003: several people). */
  confirmations: z
    .strictObject({ count: z.number().int().min(1).max(10), function: z.string().trim().min(3).max(80) })
    .nullable()
    .default(null),
  /** Business days a step may wait before the next step's holders are alerted. */
  escalateAfterDays: z.number().int().min(1).max(60).default(3),
});
export type TypeDefinition = z.output<typeof typeDefinition>;

/** A request type as the API takes it. */
export const typeInput = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_-]{0,39}$/),
  nameJa: z.string().trim().min(1).max(100),
  nameEn: z.string().trim().max(100).default(''),
  topic: z.string().trim().max(40).nullable().default(null),
  recordKind: z.string().trim().max(40).nullable().default(null),
  clausePath: z.string().trim().max(200).nullable().default(null),
  active: z.boolean().default(true),
  definition: typeDefinition,
});
export type TypeInput = z.output<typeof typeInput>;
