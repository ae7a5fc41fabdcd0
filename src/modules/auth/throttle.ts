import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { addSeconds, nowIso } from '../../shared/time.ts';

const WINDOW_SECONDS = 15 * 60;
/** Failures from one address before it is slowed down, whatever accounts it tries. */
export const IP_MAX_FAILURES = 30;

/** True while the key (a login id or an address) is locked out. */
export async function isLocked(db: Kysely<DB>, key: string): Promise<boolean> {
  const row = await db
    .selectFrom('login_throttle')
    .select('locked_until')
    .where('key', '=', key)
    .executeTakeFirst();
  return !!row?.locked_until && Date.parse(row.locked_until) > Date.now();
}

/** Counts a failure; returns true when this failure locks the key. */
export async function recordFailure(
  db: Kysely<DB>,
  key: string,
  maxFailures: number,
  lockMinutes: number,
): Promise<boolean> {
  const now = nowIso();
  const row = await db.selectFrom('login_throttle').selectAll().where('key', '=', key).executeTakeFirst();
  const fresh = !row || Date.parse(row.window_start) + WINDOW_SECONDS * 1000 < Date.now();
  const failures = fresh ? 1 : (row?.failures ?? 0) + 1;
  const lock = failures >= maxFailures ? addSeconds(now, lockMinutes * 60) : null;
  if (row) {
    await db
      .updateTable('login_throttle')
      .set({
        failures: lock ? 0 : failures,
        window_start: fresh ? now : row.window_start,
        locked_until: lock ?? row.locked_until,
      })
      .where('key', '=', key)
      .execute();
  } else {
    await db
      .insertInto('login_throttle')
      .values({ key, failures, window_start: now, locked_until: lock })
      .execute();
  }
  return lock !== null;
}

/** Clears a key after a successful sign-in. */
export async function clearFailures(db: Kysely<DB>, key: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('key', '=', key).execute();
}
