import type { AppContext } from '../module.ts';
import { JobRunner } from './runner.ts';

/** Starts this instance's job runner and returns the function that stops it (waits for jobs in hand). */
export function startJobRunner(
  ctx: AppContext,
  log: { error(obj: unknown, msg?: string): void },
): () => Promise<void> {
  const runner = new JobRunner(ctx.db, {
    smtpUrl: ctx.config.smtpUrl,
    app: ctx,
    concurrency: ctx.config.jobs.concurrency,
    keepDays: ctx.config.jobs.keepDays,
    onError: (e) => log.error({ err: e }, 'job failed'),
  });
  runner.start();
  return () => runner.stop();
}
