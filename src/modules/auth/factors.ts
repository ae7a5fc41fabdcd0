import type { Kysely } from 'kysely';
import { rowWhere } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';

/** How many confirmed second factors the user has (an authenticator app and security keys). */
export async function factorCount(db: Kysely<DB>, userId: string): Promise<number> {
  const totp = await rowWhere(db, 'totp_factors', { user_id: userId, confirmed: 1 }, ['user_id']);
  const keys = await db
    .selectFrom('webauthn_credentials')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return (totp ? 1 : 0) + Number(keys.n);
}

/** Whether the user has any confirmed second factor. */
export async function hasSecondFactor(db: Kysely<DB>, userId: string): Promise<boolean> {
  return (await factorCount(db, userId)) > 0;
}

/** Whether the user must replace an initial or temporary password. */
export async function mustChangePassword(db: Kysely<DB>, userId: string): Promise<boolean> {
  const row = await rowWhere(db, 'passwords', { user_id: userId }, ['must_change']);
  return row?.must_change === 1;
}
