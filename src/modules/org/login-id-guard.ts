/**
 * Login IDs are sign-in names for the whole server (a person signs in with the ID alone), so an ID
 * taken in one body cannot be given in another. Whoever may add people would learn from that whether
 * an ID exists elsewhere; this guard keeps it from becoming a probe: the refusal is the same whoever
 * holds the ID and wherever (no name, no body), every refusal is audited in the body that asked, and a
 * body that meets more than `LOGIN_ID_REFUSALS` taken IDs in 15 minutes is refused further checks for
 * an hour (429, audited once) — whether by the person form, the staff import or the directory.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { loginKey } from '../../shared/login-id.ts';
import { recordAudit } from '../audit/index.ts';
import { credentials } from './credentials.ts';
import './events.ts';

/** Taken login IDs a body may meet in 15 minutes before checks stop for `LOGIN_ID_LOCK_MINUTES`. */
export const LOGIN_ID_REFUSALS = 10;
export const LOGIN_ID_LOCK_MINUTES = 60;

export type LoginIdVia = 'person' | 'import' | 'directory_sync' | 'directory_sign_in';

const keyOf = (organizationId: string) => `login-ids:org:${organizationId}`;

/** The refusal of an ID someone already has (here or in another body: the answer is the same). */
export const loginIdUnavailable = (loginId: string) =>
  new AppError('org.login_id_unavailable', 409, { loginId }, [
    { field: 'loginId', code: 'org.login_id_unavailable' },
  ]);

const checksLocked = () =>
  new AppError('org.login_id_checks_locked', 429, { minutes: LOGIN_ID_LOCK_MINUTES });

/**
 * Which of `loginIds` (matched ignoring case and width) are taken by anyone on the server. Every taken
 * one counts against the body's allowance and is audited (`org.login_id_refused`); over the allowance,
 * or while the body is locked out of checks, throws 429 without answering. Call outside the write's
 * transaction, so the refusal's record survives the refused write.
 */
export async function takenLoginIds(
  db: Kysely<DB>,
  actor: Actor,
  loginIds: string[],
  via: LoginIdVia,
): Promise<Set<string>> {
  if (!loginIds.length) return new Set();
  const key = keyOf(actor.organizationId);
  if (await credentials().isLocked(db, key)) throw checksLocked();
  const keys = [...new Set(loginIds.map(loginKey))];
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db
      .selectFrom('users')
      .select('login_key')
      .where('login_key', 'in', keys.slice(i, i + 500))
      .execute();
    for (const r of rows) found.add(r.login_key);
  }
  const taken = loginIds.filter((id) => found.has(loginKey(id)));
  if (!taken.length) return new Set();
  let over = false;
  for (let i = 0; i < taken.length && !over; i++)
    over = (await credentials().claimAttempt(db, key, LOGIN_ID_REFUSALS)).locked;
  await db.transaction().execute(async (trx) => {
    await recordAudit(trx, actor, 'org.login_id_refused', null, {
      loginIds: taken.slice(0, 20),
      count: taken.length,
      via,
    });
    if (over && (await credentials().lockKey(trx, key, LOGIN_ID_LOCK_MINUTES)))
      await recordAudit(trx, actor, 'org.login_id_checks_locked', null, {
        minutes: LOGIN_ID_LOCK_MINUTES,
        via,
      });
  });
  if (over) throw checksLocked();
  return new Set(taken);
}
