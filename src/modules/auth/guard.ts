import type { Kysely } from 'kysely';
import { rowWhere } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import type { AuthContext } from '../../http/auth-context.ts';
import { AppError } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { type AuditData, type AuditEventName, recordAudit } from '../audit/index.ts';
import { parseOrgSettings } from '../org/index.ts';
import {
  accountKey,
  addressKey,
  claimAttempt,
  clearFailures,
  IP_MAX_FAILURES,
  lockKey,
  releaseAttempt,
  type ThrottleKind,
} from './throttle.ts';

/** The account a secret is checked for (null: the login ID names nobody). */
export interface GuardedAccount {
  id: string;
  organizationId: string;
  loginId: string;
}

/** The organization's lockout rule (its policy decides the numbers). */
export async function lockoutOf(
  db: Kysely<DB>,
  organizationId: string,
): Promise<{ maxFailures: number; lockMinutes: number }> {
  const org = await rowWhere(db, 'organizations', { id: organizationId }, ['settings']);
  return parseOrgSettings(org?.settings).lockout;
}

/**
 * Checks a secret (a password, a TOTP or recovery code, a security key) under the throttles of the
 * account and of the caller's address. Each attempt is counted before it is checked (`claimAttempt`), so
 * a burst cannot check more than the allowance; an attempt over it, or against a locked account or
 * address, is refused with 429 unchecked and is counted but not audited one by one. A failed check runs
 * `onFailure` (its audit event) and, at the allowance, locks the account and records one
 * `accounts.locked_out` for the whole lockout period. Returns what `check` returned, or null.
 */
export async function guardedCheck<T>(
  db: Kysely<DB>,
  opts: {
    kind: ThrottleKind;
    account: GuardedAccount | null;
    /** The caller as audited (its organization is where failures are recorded). */
    actor: Actor;
    ip: string | undefined;
    lockout: { maxFailures: number; lockMinutes: number };
  },
  check: () => Promise<T | null>,
  onFailure: (trx: Kysely<DB>) => Promise<unknown>,
): Promise<T | null> {
  const { account, lockout } = opts;
  const locked = () => new AppError('auth.locked', 429, { minutes: lockout.lockMinutes });
  const ipKey = addressKey(opts.ip);
  const userKey = account ? accountKey(opts.kind, account.id) : null;
  // The account first: an attempt at a locked account costs one statement and charges no address.
  const user = userKey ? await claimAttempt(db, userKey, lockout.maxFailures) : null;
  if (user?.locked) throw locked();
  const ip = await claimAttempt(db, ipKey, IP_MAX_FAILURES);
  if (ip.locked) {
    // Refused because of the address: the account is not charged for it.
    if (userKey) await releaseAttempt(db, userKey);
    throw locked();
  }
  let result: T | null;
  try {
    result = await check();
  } catch (e) {
    // No verdict (a directory down, a race lost): the attempt is given back, not counted as a failure.
    if (userKey) await releaseAttempt(db, userKey);
    await releaseAttempt(db, ipKey);
    throw e;
  }
  if (result !== null) {
    if (userKey) await clearFailures(db, userKey);
    await releaseAttempt(db, ipKey);
    return result;
  }
  await db.transaction().execute(async (trx) => {
    await onFailure(trx);
    if (ip.failures >= IP_MAX_FAILURES) await lockKey(trx, ipKey, lockout.lockMinutes);
    if (account && userKey && user && user.failures >= lockout.maxFailures) {
      if (await lockKey(trx, userKey, lockout.lockMinutes))
        await recordAudit(
          trx,
          { ...opts.actor, organizationId: account.organizationId },
          'accounts.locked_out',
          { type: 'user', id: account.id },
          { loginId: account.loginId, minutes: lockout.lockMinutes, kind: opts.kind },
        );
    }
  });
  return null;
}

/** The signed-in person as audited in their home organization (their own account's events live there). */
export function homeActor(auth: AuthContext, actor: Actor): Actor {
  return { ...actor, organizationId: auth.homeOrganizationId };
}

/** Records an event about the signed-in person's own account, in their home organization. */
export function auditOwnAccount<E extends AuditEventName>(
  trx: Kysely<DB>,
  auth: AuthContext,
  actor: Actor,
  event: E,
  data: AuditData<E>,
): Promise<unknown> {
  return recordAudit(trx, homeActor(auth, actor), event, { type: 'user', id: auth.userId }, data);
}

/**
 * Checks a secret of the signed-in person (their password again, a second factor) under the same
 * throttle as signing in, with their organization's lockout; a failure records `event` with `data`.
 */
export async function guardedOwnCheck<T, E extends AuditEventName>(
  db: Kysely<DB>,
  auth: AuthContext,
  actor: Actor,
  opts: { kind: ThrottleKind; ip: string | undefined; event: E; data: AuditData<E> },
  check: () => Promise<T | null>,
): Promise<T | null> {
  return guardedCheck(
    db,
    {
      kind: opts.kind,
      account: { id: auth.userId, organizationId: auth.homeOrganizationId, loginId: auth.loginId },
      actor: homeActor(auth, actor),
      ip: opts.ip,
      lockout: await lockoutOf(db, auth.homeOrganizationId),
    },
    check,
    (trx) => auditOwnAccount(trx, auth, actor, opts.event, opts.data),
  );
}
