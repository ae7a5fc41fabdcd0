/** Service writes that open their own transaction, so that routes only parse and call. */
import type { Kysely } from 'kysely';
import type { DB } from './schema.ts';

/**
 * Makes a write that takes a transaction into one called with the database:
 * `export const addNote = transactional(async (trx, actor, …) => { …; await recordAudit(trx, …) })` is
 * called as `addNote(db, actor, …)` and runs, audit event included, in one transaction of its own.
 * `addNote.in(trx, actor, …)` runs it inside a transaction already open (a larger write that includes it).
 */
export function transactional<A extends unknown[], R>(
  write: (trx: Kysely<DB>, ...args: A) => Promise<R>,
): ((db: Kysely<DB>, ...args: A) => Promise<R>) & { in: (trx: Kysely<DB>, ...args: A) => Promise<R> } {
  const run = (db: Kysely<DB>, ...args: A) => db.transaction().execute((trx) => write(trx, ...args));
  return Object.assign(run, { in: write });
}
