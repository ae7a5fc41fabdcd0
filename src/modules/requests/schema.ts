import { z } from 'zod';
import { dateInput } from '../../shared/date-input.ts';
import { typeInput } from './model.ts';

const id = z.string().trim().min(1).max(40);

export const idParams = z.strictObject({ id });
export const keyParams = z.strictObject({ key: z.string().trim().min(1).max(60) });

/** POST /api/requests */
export const submitBody = z.strictObject({
  typeId: id,
  assetClass: z.string().trim().max(40).nullable().optional(),
  values: z.record(z.string().max(40), z.unknown()).default({}),
});

/** POST /api/requests/:id/decisions */
export const decideBody = z.strictObject({
  decision: z.enum(['approve', 'reject']),
  comment: z.string().trim().max(1000).nullable().optional(),
});

/** POST /api/requests/:id/confirmations */
export const confirmBody = z.strictObject({ note: z.string().trim().max(1000).nullable().optional() });

/** GET /api/requests/needed */
export const neededQuery = z.strictObject({
  assetId: id.optional(),
  assetClass: z.string().trim().max(40).optional(),
});

/** GET /api/requests/mine and /api/requests (read_all) */
export const listQuery = z.strictObject({
  status: z.enum(['pending', 'approved', 'rejected', 'withdrawn', 'returned', 'closed']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** A page cursor of the inbox ("submitted_at|id", from the previous page's `next`). */
const cursor = z
  .string()
  .trim()
  .max(80)
  .regex(/^[0-9T:.Z-]+\|[0-9a-z-]+$/i);

/** GET /api/requests/inbox */
export const inboxQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  approvalsAfter: cursor.optional(),
  confirmationsAfter: cursor.optional(),
});

/** GET /api/requests/records */
export const recordsQuery = z.strictObject({
  kind: z.string().trim().max(40).optional(),
  from: dateInput().optional(),
  to: dateInput().optional(),
});

/** GET /api/requests/records/export */
export const exportQuery = recordsQuery.extend({
  format: z.enum(['csv', 'csv-sjis', 'pdf', 'xlsx']).default('csv'),
});

export const typeBody = typeInput;
