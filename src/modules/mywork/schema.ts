import { z } from 'zod';

/** Body of the digest setting. */
export const digestBody = z.strictObject({
  enabled: z.boolean(),
  /** The hour (Japan time) the mail goes out from; unchanged when left out. */
  hour: z.number().int().min(0).max(23).optional(),
});
