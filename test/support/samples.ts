/**
 * The two sample organizations, set up from the sample policies as `MAMORI_DEMO=1` does at first start,
 * for tests that need a whole body read from a real policy. Tests of modules reach the demo only through
 * here: no module imports `src/demo/` (scripts/check-modules.ts).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/schema.ts';
import { type SeedResult, seedIfEmpty } from '../../src/demo/seed.ts';

/** Sets up the sample organizations on an empty database; null when the database already had people. */
export function setUpSamples(db: Kysely<DB>): Promise<SeedResult | null> {
  return seedIfEmpty(db, { demo: true });
}
