/** Request bodies of imports: the file travels with each step, so no upload is kept on the server. */
import { z } from 'zod';

export const registerParams = z.strictObject({ register: z.string().trim().min(1).max(60) });

const file = {
  fileName: z.string().trim().min(1).max(255),
  /** base64 of the .xlsx or .csv bytes (at most 20 MB). */
  content: z.base64().max(28 * 1024 * 1024),
  encoding: z.enum(['auto', 'utf8', 'sjis']).default('auto'),
  sheet: z.string().trim().max(100).optional(),
  /** The heading row as Excel numbers it; found automatically when left out. */
  headingRow: z.number().int().min(1).max(1000).optional(),
};

export const inspectBody = z.strictObject(file);

export const runBody = z.strictObject({
  ...file,
  /** Field key → 1-based column number. */
  mapping: z.record(z.string().max(60), z.number().int().min(1).max(500)),
  /** What the register needs besides the file (the training session, the fiscal year). */
  context: z.record(z.string().max(60), z.unknown()).optional(),
  dryRun: z.boolean().default(false),
});
