// The checkpoint job on the shared queue: every hour (and at start and shutdown, from start.ts) each
// organization's chain head is signed and appended to the checkpoint directory.

import type { JobContext } from '../jobs/index.ts';
import type { AppContext } from '../module.ts';
import { writeCheckpoints } from './checkpoints.ts';

export const CHECKPOINT_JOB = 'audit.checkpoint';

/** Writes the checkpoints of every chain that moved, with the server's signing key. */
export function checkpointNow(app: AppContext): Promise<number> {
  return writeCheckpoints(app.db, {
    dir: app.config.audit.checkpointDir,
    key: { privatePem: app.keys.signingPrivatePem, fingerprint: app.keys.signingFingerprint },
    syslog: app.config.audit.checkpointSyslog,
  });
}

export async function checkpointJob(_payload: unknown, ctx: JobContext): Promise<void> {
  if (!ctx.app) throw new Error('checkpoints are written inside the server, which holds the signing key');
  await checkpointNow(ctx.app);
}
