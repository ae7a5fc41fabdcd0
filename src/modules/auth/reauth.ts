/**
 * Re-authentication before a signed-in person changes their second factors: whoever finds a session
 * open must not be able to add their own authenticator or take new recovery codes. The password (local,
 * or the directory's) is asked again, under the same throttle as signing in, and counts for a few minutes.
 */
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { AuthContext } from '../../http/auth-context.ts';
import { AppError } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { addSeconds, nowIso } from '../../shared/time.ts';
import { checkExternalSignIn } from './external.ts';
import { auditOwnAccount } from './guard.ts';
import { checkCurrentPassword } from './service.ts';

/** How long a re-entered password allows factor changes. */
export const REAUTH_SECONDS = 5 * 60;

/** Until when the session's re-authentication holds (null: none, or expired). */
export function reauthValidUntil(auth: Pick<AuthContext, 'reauthAt'>): string | null {
  if (!auth.reauthAt) return null;
  const until = addSeconds(auth.reauthAt, REAUTH_SECONDS);
  return until > nowIso() ? until : null;
}

/**
 * Refuses (403 `auth.reauth_required`) a factor change by a full session that has not re-entered its
 * password in the last minutes. A sign-in in progress (enrolling its first factor) has just given it.
 */
export function requireReauth(auth: AuthContext): void {
  if (auth.stage !== 'full') return;
  if (!reauthValidUntil(auth))
    throw new AppError('auth.reauth_required', 403, { minutes: REAUTH_SECONDS / 60 });
}

/**
 * Checks the re-entered password (local, or the directory's) under the sign-in throttle and, when right,
 * marks the session re-authenticated (audited); answers until when it holds.
 */
export async function reauthenticate(
  db: Kysely<DB>,
  req: FastifyRequest,
  auth: AuthContext,
  actor: Actor,
  password: string,
): Promise<{ validUntil: string }> {
  const ok = await checkCurrentPassword(db, auth, actor, password, 'reauthenticate', async () => {
    // A directory account's password is the directory's.
    const ext = await checkExternalSignIn(db, req, { loginId: auth.loginId, password });
    if (ext.kind === 'verified') return ext.user.id === auth.userId ? true : null;
    if (ext.kind === 'rejected') return null;
    // No password here or at a directory (an OpenID provider's account): nothing to re-enter.
    throw new AppError('auth.reauth_unavailable', 409);
  });
  if (!ok)
    throw new AppError('auth.current_password_wrong', 400, {}, [
      { field: 'password', code: 'auth.current_password_wrong' },
    ]);
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('sessions').set({ reauth_at: at }).where('id', '=', auth.sessionId).execute();
    await auditOwnAccount(trx, auth, actor, 'accounts.reauthenticated', {});
  });
  return { validUntil: addSeconds(at, REAUTH_SECONDS) };
}
