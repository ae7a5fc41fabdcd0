import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Stage } from './sessions.ts';

/** Whether the user has any confirmed second factor. */
export async function hasSecondFactor(db: Kysely<DB>, userId: string): Promise<boolean> {
  const totp = await db
    .selectFrom('totp_factors')
    .select('user_id')
    .where('user_id', '=', userId)
    .where('confirmed', '=', 1)
    .executeTakeFirst();
  if (totp) return true;
  const key = await db
    .selectFrom('webauthn_credentials')
    .select('id')
    .where('user_id', '=', userId)
    .limit(1)
    .executeTakeFirst();
  return !!key;
}

/** Whether the user must replace an initial or temporary password. */
export async function mustChangePassword(db: Kysely<DB>, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('passwords')
    .select('must_change')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.must_change === 1;
}

/**
 * The next sign-in step. With a factor: password → second factor → (forced change) → full.
 * Without one (first sign-in): password → forced change → enrol a factor → full.
 */
export async function nextStage(db: Kysely<DB>, userId: string, factorPassed: boolean): Promise<Stage> {
  const factor = await hasSecondFactor(db, userId);
  if (factor && !factorPassed) return 'mfa';
  if (await mustChangePassword(db, userId)) return 'password_change';
  if (!factor) return 'enroll';
  return 'full';
}
