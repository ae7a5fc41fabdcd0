import { z } from 'zod';

/** Body of the digest setting. */
export const digestBody = z.strictObject({ enabled: z.boolean() });
