import { z } from 'zod';

/** Request bodies of the sign-in endpoints. */
export const loginBody = z.strictObject({
  loginId: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(256),
  /** The organization's code when its sign-in page is used (directory accounts made at first sign-in). */
  organization: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{1,39}$/)
    .optional(),
});

export const passwordBody = z.strictObject({
  /** Left out only at a forced change right after signing in with the one-time password. */
  currentPassword: z.string().min(1).max(256).optional(),
  newPassword: z.string().min(1).max(256),
});

export const codeBody = z.strictObject({ code: z.string().trim().min(1).max(32) });

// WebAuthn responses are checked by the verifier itself; bound their size here.
const webauthnResponse = z.record(z.string(), z.unknown()).refine((v) => JSON.stringify(v).length < 20_000);

export const webauthnRegisterBody = z.strictObject({
  response: webauthnResponse,
  label: z.string().trim().min(1).max(60).optional(),
});

export const webauthnAuthBody = z.strictObject({ response: webauthnResponse });

export const idParams = z.strictObject({ id: z.string().min(1).max(64) });

export const switchOrgBody = z.strictObject({ organizationId: z.string().min(1).max(64) });

export const stageResponse = z.object({ stage: z.enum(['password_change', 'mfa', 'enroll', 'full']) });
