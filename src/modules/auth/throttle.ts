import { type Kysely, sql } from 'kysely';
import { rowWhere } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { addSeconds, nowIso } from '../../shared/time.ts';

const WINDOW_SECONDS = 15 * 60;
/** Failures from one address before it is slowed down, whatever accounts or factors it tries. */
export const IP_MAX_FAILURES = 30;

/** What is being guessed: the password (signing in or re-entered) or a second factor. */
export type ThrottleKind = 'password' | 'factor';

/** The throttle keys of an account (the account itself, never its login ID) and of an address. */
export const accountKey = (kind: ThrottleKind, userId: string) => `${kind}:user:${userId}`;
export const addressKey = (ip: string | undefined) => `ip:${ip ?? 'unknown'}`;

export interface Claim {
  /** Attempts counted in the window, this one included. */
  failures: number;
  /** The attempt must not be checked: the key is locked, or its allowance is taken by other attempts. */
  locked: boolean;
}

/**
 * Counts an attempt against a key before it is checked, in one statement (an upsert returning the new
 * count), so attempts sent at once are counted one after the other and only `max` of them can be
 * checked in a window; the others are refused unchecked. A lapsed lock or window starts over.
 */
export async function claimAttempt(db: Kysely<DB>, key: string, max: number): Promise<Claim> {
  const now = nowIso();
  const windowFloor = addSeconds(now, -WINDOW_SECONDS);
  const stale = sql<boolean>`(login_throttle.locked_until IS NOT NULL AND login_throttle.locked_until <= ${now})
    OR (login_throttle.locked_until IS NULL AND login_throttle.window_start < ${windowFloor})`;
  const row = await db
    .insertInto('login_throttle')
    .values({ key, failures: 1, window_start: now, locked_until: null })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql<number>`CASE WHEN ${stale} THEN 1 ELSE login_throttle.failures + 1 END`,
        window_start: sql<string>`CASE WHEN ${stale} THEN ${now} ELSE login_throttle.window_start END`,
        locked_until: sql<string | null>`CASE WHEN ${stale} THEN NULL ELSE login_throttle.locked_until END`,
      }),
    )
    .returning(['failures', 'locked_until'])
    .executeTakeFirstOrThrow();
  const failures = Number(row.failures);
  const locked = (!!row.locked_until && row.locked_until > now) || failures > max;
  return { failures, locked };
}

/**
 * Locks a key for `lockMinutes`. True only for the call that set the lock, so a lockout period is
 * recorded once however many attempts arrive during it.
 */
export async function lockKey(db: Kysely<DB>, key: string, lockMinutes: number): Promise<boolean> {
  const now = nowIso();
  const r = await db
    .updateTable('login_throttle')
    .set({ locked_until: addSeconds(now, lockMinutes * 60) })
    .where('key', '=', key)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Gives back an attempt that succeeded (an address keeps counting only its failures). */
export async function releaseAttempt(db: Kysely<DB>, key: string): Promise<void> {
  await db
    .updateTable('login_throttle')
    .set((eb) => ({ failures: eb('failures', '-', 1) }))
    .where('key', '=', key)
    .where('failures', '>', 0)
    .execute();
}

/** Clears a key after a success (the account's count starts over). */
export async function clearFailures(db: Kysely<DB>, key: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('key', '=', key).execute();
}

/** Whether a key is locked now (read only: nothing is counted). */
export async function isLocked(db: Kysely<DB>, key: string): Promise<boolean> {
  const row = await rowWhere(db, 'login_throttle', { key }, ['locked_until']);
  return !!row?.locked_until && row.locked_until > nowIso();
}
