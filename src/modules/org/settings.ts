import { z } from 'zod';
import { DEFAULT_EMPLOYMENT_TYPES, employmentCode } from './employment.ts';

/** Kinds of public body mamori serves (labels in the web UI's texts). */
export const BODY_KINDS = [
  'municipality',
  'prefecture',
  'association',
  'assembly',
  'mutual_aid',
  'other',
] as const;

/** Per-organization settings that the policy decides (password rules, session limits, lockout). */
export const orgSettingsSchema = z.object({
  password: z
    .object({
      minLength: z.number().int().min(8).max(128).default(12),
      requireUpper: z.boolean().default(true),
      requireLower: z.boolean().default(true),
      requireDigit: z.boolean().default(true),
      requireSymbol: z.boolean().default(true),
    })
    .default({
      minLength: 12,
      requireUpper: true,
      requireLower: true,
      requireDigit: true,
      requireSymbol: true,
    }),
  session: z
    .object({
      idleMinutes: z.number().int().min(1).max(240).default(15),
      absoluteHours: z.number().int().min(1).max(24).default(10),
    })
    .default({ idleMinutes: 15, absoluteHours: 10 }),
  lockout: z
    .object({
      maxFailures: z.number().int().min(3).max(20).default(5),
      lockMinutes: z.number().int().min(1).max(1440).default(15),
    })
    .default({ maxFailures: 5, lockMinutes: 15 }),
  /** The body's own list of employment types (雇用形態) offered on the person form. */
  employmentTypes: z
    .array(z.string().trim().min(1).max(40).transform(employmentCode))
    .min(1)
    .max(30)
    .default(DEFAULT_EMPLOYMENT_TYPES),
  /**
   * Whether an administrator may give themselves a function that approves (take-out, provision,
   * disposal…): never without a second administrator doing it (the default), or — the body's choice —
   * when they are its only administrator, recorded each time (`self-grant.ts`).
   */
  /** What kind of public body this is (shown on the body's pages; chosen in the guided set-up). */
  bodyKind: z.enum(BODY_KINDS).optional(),
  approvalSelfGrant: z
    .enum(['second_administrator', 'sole_administrator_may'])
    .default('second_administrator'),
});

export type OrgSettings = z.output<typeof orgSettingsSchema>;

/** Reads stored settings JSON, filling defaults (seed 001 5.(4)②: 12+ mixed characters). */
export function parseOrgSettings(json: string | null | undefined): OrgSettings {
  let raw: unknown = {};
  try {
    raw = json ? JSON.parse(json) : {};
  } catch {
    raw = {};
  }
  return orgSettingsSchema.parse(raw);
}
