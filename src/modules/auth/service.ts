import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { AuthContext } from '../../http/auth-context.ts';
import { AppError, badInput } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { loginKey } from '../../shared/login-id.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import { parseOrgSettings } from '../org/index.ts';
import './events.ts';
import { rowWhere, rowWhereOrThrow } from '../../db/rows-in-org.ts';
import { checkExternalSignIn } from './external.ts';
import { guardedCheck, guardedOwnCheck } from './guard.ts';
import { checkPassword } from './password-policy.ts';
import { dummyHash, hashPassword, verifyPassword } from './passwords.ts';
import { advanceStage, startSignedInSession } from './sign-in-steps.ts';
import { type Stage, stepAllowed } from './stages.ts';

/** The id of the hosting administrators' organization (its chain records failures for unknown ids). */
export async function systemOrganizationId(db: Kysely<DB>): Promise<string> {
  const row = await rowWhereOrThrow(db, 'organizations', { kind: 'system' }, ['id']);
  return row.id;
}

function reqActor(
  req: FastifyRequest,
  organizationId: string,
  user?: { id: string; display_name: string; login_id: string },
): Actor {
  return {
    organizationId,
    userId: user?.id ?? null,
    label: user ? `${user.display_name} (${user.login_id})` : null,
    requestId: String(req.id),
    clientIp: req.ip ?? null,
  };
}

/**
 * Checks login id and password; answers the same for an unknown id and a wrong password. The login ID
 * is matched ignoring case and width; attempts are throttled per account and per address (`guard.ts`).
 */
export async function passwordSignIn(
  db: Kysely<DB>,
  req: FastifyRequest,
  loginId: string,
  password: string,
  organization?: string,
): Promise<{ token: string; stage: Stage }> {
  const user = await db
    .selectFrom('users as u')
    .innerJoin('organizations as o', 'o.id', 'u.organization_id')
    .leftJoin('passwords as p', 'p.user_id', 'u.id')
    .select(['u.id', 'u.organization_id', 'u.login_id', 'u.display_name', 'u.status', 'p.hash', 'o.settings'])
    .where('u.login_key', '=', loginKey(loginId))
    .executeTakeFirst();
  const settings = parseOrgSettings(user?.settings);
  const auditOrg = user?.organization_id ?? (await systemOrganizationId(db));
  const target = user ? { type: 'user', id: user.id } : null;
  const passed = await guardedCheck(
    db,
    {
      kind: 'password',
      account: user ? { id: user.id, organizationId: user.organization_id, loginId: user.login_id } : null,
      actor: reqActor(req, auditOrg),
      ip: req.ip,
      lockout: settings.lockout,
    },
    async () => {
      // A directory account is checked by its directory only, never against a local password.
      const ext = await checkExternalSignIn(db, req, { loginId, password, organization });
      if (ext.kind === 'verified') return { user: ext.user, method: ext.method };
      const ok = ext.kind === 'local' && (await verifyPassword(user?.hash ?? (await dummyHash()), password));
      return user && user.hash && ok && user.status === 'active'
        ? { user, method: 'password' as const }
        : null;
    },
    (trx) =>
      recordAudit(trx, reqActor(req, auditOrg), 'accounts.sign_in_failed', target, {
        loginId,
        reason: 'bad_credentials',
      }),
  );
  if (!passed) throw new AppError('auth.invalid_credentials', 401);
  return startSession(db, req, passed.user, passed.method);
}

/** The first proof passed (a password, or the directory's answer): a session at the machine's next stage. */
function startSession(
  db: Kysely<DB>,
  req: FastifyRequest,
  user: { id: string; organization_id: string; login_id: string; display_name: string },
  method: 'password' | 'ldap',
): Promise<{ token: string; stage: Stage }> {
  return db.transaction().execute(async (trx) => {
    const { token, stage } = await startSignedInSession(trx, user, req, {
      passwordProven: method === 'password',
    });
    await recordAudit(
      trx,
      reqActor(req, user.organization_id, user),
      'accounts.signed_in',
      { type: 'user', id: user.id },
      { method, stage },
    );
    return { token, stage };
  });
}

/**
 * Checks a signed-in person's current password under the same throttle as signing in (the password is
 * one secret, however it is asked for): a wrong one is audited, and enough of them lock the account.
 */
export async function checkCurrentPassword(
  db: Kysely<DB>,
  auth: AuthContext,
  actor: Actor,
  password: string,
  purpose: 'password_change' | 'reauthenticate',
  /** For an account without a local password: its check elsewhere (null: wrong). */
  notLocal?: () => Promise<true | null>,
): Promise<boolean> {
  const row = await rowWhere(db, 'passwords', { user_id: auth.userId }, ['hash']);
  const ok = await guardedOwnCheck(
    db,
    auth,
    actor,
    {
      kind: 'password',
      ip: actor.clientIp ?? undefined,
      event: 'accounts.password_check_failed',
      data: { purpose },
    },
    async () => {
      if (!row && notLocal) return notLocal();
      return (await verifyPassword(row?.hash ?? (await dummyHash()), password)) && row ? true : null;
    },
  );
  return ok === true;
}

/**
 * Whether this session may replace a temporary password without it being typed again: it waits for
 * exactly that forced change, and its own sign-in proved the password now stored (typed a moment ago,
 * so asking again adds nothing). Any other session, and a full one always, must give the current password.
 */
async function freshOneTimePassword(
  db: Kysely<DB>,
  auth: AuthContext,
  password: { must_change: number; changed_at: string },
): Promise<boolean> {
  if (auth.stage !== 'password_change' || password.must_change !== 1) return false;
  const session = await rowWhere(db, 'sessions', { id: auth.sessionId, stage: 'password_change' }, [
    'password_at',
  ]);
  return !!session?.password_at && session.password_at >= password.changed_at;
}

/**
 * Changes the caller's password after checking the current one and the organization's policy. At a
 * forced change the one-time password just used to sign in is not asked again (`freshOneTimePassword`).
 */
export async function changePassword(
  db: Kysely<DB>,
  auth: AuthContext,
  actor: Actor,
  current: string | undefined,
  next: string,
): Promise<{ token: string | null; stage: Stage }> {
  if (!stepAllowed(auth.stage, 'password_changed')) throw new AppError('auth.wrong_stage', 409);
  const row = await db
    .selectFrom('passwords as p')
    .innerJoin('organizations as o', 'o.id', 'p.organization_id')
    .select(['p.hash', 'p.must_change', 'p.changed_at', 'o.settings'])
    .where('p.user_id', '=', auth.userId)
    .executeTakeFirst();
  // A directory account has no local password: it is changed at the directory.
  if (!row) throw new AppError('auth.no_local_password', 409);
  if (current === undefined) {
    if (!(await freshOneTimePassword(db, auth, row)))
      throw badInput('request.invalid', {}, [
        { field: 'currentPassword', code: 'auth.current_password_required' },
      ]);
  } else if (!(await checkCurrentPassword(db, auth, actor, current, 'password_change'))) {
    throw badInput('auth.current_password_wrong', {}, [
      { field: 'currentPassword', code: 'auth.current_password_wrong' },
    ]);
  }
  const policy = parseOrgSettings(row.settings).password;
  const problems = checkPassword(next, policy, auth.loginId);
  if (current === undefined ? await verifyPassword(row.hash, next) : current === next)
    problems.push('password.same_as_current');
  if (problems.length) {
    throw badInput(
      'request.invalid',
      {},
      problems.map((p) => ({ field: 'newPassword', code: p, params: { min: policy.minLength } })),
    );
  }
  const hash = await hashPassword(next);
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('passwords')
      .set({ hash, must_change: 0, changed_at: nowIso() })
      .where('user_id', '=', auth.userId)
      .execute();
    // Other sessions of the user end: whoever knew the old password is out.
    await trx
      .deleteFrom('sessions')
      .where('user_id', '=', auth.userId)
      .where('id', '!=', auth.sessionId)
      .execute();
    await recordAudit(
      trx,
      actor,
      'accounts.password_changed',
      { type: 'user', id: auth.userId },
      { forced: row.must_change === 1 },
    );
    // A forced change moves the sign-in on; a voluntary one (full session) moves nothing.
    return advanceStage(trx, auth, 'password_changed');
  });
}

/** Sets a password for a user (initial or reset by an administrator); it must be changed at first use. */
export async function setPassword(
  trx: Kysely<DB>,
  actor: Actor,
  userId: string,
  password: string,
  mustChange: boolean,
): Promise<void> {
  const user = await rowWhereOrThrow(trx, 'users', { id: userId }, ['organization_id', 'login_id']);
  const hash = await hashPassword(password);
  const existing = await rowWhere(trx, 'passwords', { user_id: userId }, ['user_id']);
  if (existing) {
    await trx
      .updateTable('passwords')
      .set({ hash, must_change: mustChange ? 1 : 0, changed_at: nowIso() })
      .where('user_id', '=', userId)
      .execute();
  } else {
    await trx
      .insertInto('passwords')
      .values({
        user_id: userId,
        organization_id: user.organization_id,
        hash,
        must_change: mustChange ? 1 : 0,
        changed_at: nowIso(),
      })
      .execute();
  }
  await recordAudit(
    trx,
    actor,
    'accounts.password_set',
    { type: 'user', id: userId },
    { loginId: user.login_id, mustChange },
  );
}

/**
 * After a second factor passed (checked inside `trx`): moves the session on and records the sign-in.
 * Refused unless the session is waiting for exactly this step.
 */
export async function factorPassed(
  trx: Kysely<DB>,
  auth: AuthContext,
  actor: Actor,
  method: 'totp' | 'webauthn' | 'recovery_code',
): Promise<{ token: string; stage: Stage }> {
  const r = await advanceStage(trx, auth, 'factor_verified');
  const token = r.token as string; // a factor is only verified by a session waiting for one
  await recordAudit(
    trx,
    actor,
    'accounts.signed_in',
    { type: 'user', id: auth.userId },
    { method, stage: r.stage },
  );
  return { token, stage: r.stage };
}
