/**
 * The id of a record as routes accept it in a path or a body, and the `{ id }` params of a route on one
 * record. Shared by the modules' request schemas: use these rather than writing the rule again.
 */
import { z } from 'zod';

export const recordId = z.string().trim().min(1).max(64);

export const idParams = z.strictObject({ id: recordId });
