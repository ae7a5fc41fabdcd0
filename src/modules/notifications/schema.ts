import { z } from 'zod';

/** GET /api/notifications */
export const listQuery = z.strictObject({
  unread: z.enum(['1', '0']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

/** POST /api/notifications/read */
export const readBody = z.strictObject({
  ids: z.array(z.string().trim().max(40)).max(200).optional(),
});
