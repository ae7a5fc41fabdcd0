import { releaseStartupMemory } from '../../shared/memory.ts';
import type { AppContext } from '../module.ts';
import { JobRunner } from './runner.ts';

/**
 * Starts this instance's job runner and returns the function that stops it (waits for jobs in hand).
 * Once its first round of due jobs has run, the memory that round left is handed back: `releaseDatabase`
 * (SQLite's page cache and statements, `ConnectedDatabase.releaseMemory`) and V8's heap.
 */
export function startJobRunner(
  ctx: AppContext,
  log: { error(obj: unknown, msg?: string): void },
  releaseDatabase?: () => void,
): () => Promise<void> {
  const runner = new JobRunner(ctx.db, {
    smtpUrl: ctx.config.smtpUrl,
    app: ctx,
    concurrency: ctx.config.jobs.concurrency,
    keepDays: ctx.config.jobs.keepDays,
    onError: (e) => log.error({ err: e }, 'job failed'),
    afterFirstRound: () => {
      releaseDatabase?.();
      releaseStartupMemory();
    },
  });
  runner.start();
  return () => runner.stop();
}
