import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { DB } from '../../db/schema.ts';
import { JobRunner } from './runner.ts';

/** Starts this instance's job runner and returns the function that stops it (waits for jobs in hand). */
export function startJobRunner(
  db: Kysely<DB>,
  config: Pick<Config, 'smtpUrl'>,
  log: { error(obj: unknown, msg?: string): void },
): () => Promise<void> {
  const runner = new JobRunner(db, {
    smtpUrl: config.smtpUrl,
    onError: (e) => log.error({ err: e }, 'job failed'),
  });
  runner.start();
  return () => runner.stop();
}
