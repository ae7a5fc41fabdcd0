import { z } from 'zod';

/** Request bodies and queries of the directory routes (settings are in settings.ts). */
export const idParams = z.strictObject({ id: z.string().trim().min(1).max(64) });

export const orgCode = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{1,39}$/);

export const signInOptionsQuery = z.strictObject({ org: orgCode });

export const oidcStartBody = z.strictObject({ organization: orgCode });

/** What a provider sends back; providers add their own parameters (session_state, iss), so others pass. */
export const oidcCallbackQuery = z.looseObject({
  code: z.string().max(4000).optional(),
  state: z.string().max(1000).optional(),
  error: z.string().max(200).optional(),
});

export const applyBody = z.strictObject({ confirmMassSuspension: z.boolean().default(false) });

export const decideBody = z.strictObject({ decision: z.enum(['approve', 'reject']) });

export const reviewsQuery = z.strictObject({ status: z.enum(['open', 'all']).default('open') });

export const localBody = z.strictObject({ local: z.boolean() });
