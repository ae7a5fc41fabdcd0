/**
 * The whole check of an audit log: every chain link (`verify-parallel.ts`), then each chain against its
 * newest signed checkpoint (`checkpoints.ts`), which catches a history rewritten with recomputed hashes
 * or cut short. What `npm run audit:verify` and GET /api/audit/verify report.
 */
import type { Kysely } from 'kysely';
import type { DatabaseSource } from '../../db/connect.ts';
import type { DB } from '../../db/schema.ts';
import type { ChainBreak } from './chain.ts';
import { type CheckpointProblem, checkAgainstCheckpoints, latestCheckpoints } from './checkpoints.ts';
import { verifyChainsParallel } from './verify-parallel.ts';

export interface AuditVerification {
  ok: boolean;
  count: number;
  organizations: number;
  /** The first broken link of a chain, if any. */
  firstBreak: ChainBreak | null;
  /** Chains compared with a checkpoint, and what did not match. */
  checkpoints: { checked: number; problems: CheckpointProblem[] };
}

/** Verifies the chains (all, or one organization's) and compares them with the newest checkpoints. */
export async function verifyAuditLog(
  db: Kysely<DB>,
  source: DatabaseSource | undefined,
  opts: { checkpointDir: string; trustedKeys: string[] },
  organizationId?: string,
): Promise<AuditVerification> {
  const chains = await verifyChainsParallel(db, source, organizationId);
  const found = latestCheckpoints(
    opts.checkpointDir,
    opts.trustedKeys,
    organizationId ? [organizationId] : undefined,
  );
  const problems = await checkAgainstCheckpoints(db, found, organizationId);
  const checked = organizationId ? (found.latest.has(organizationId) ? 1 : 0) : found.latest.size;
  return {
    ok: chains.ok && problems.length === 0,
    count: chains.count,
    organizations: chains.organizations,
    firstBreak: chains.firstBreak,
    checkpoints: { checked, problems },
  };
}
