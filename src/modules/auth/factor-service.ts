/** Enrolling and using second factors: TOTP, WebAuthn keys and recovery codes (each write audited). */
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import type { Kysely } from 'kysely';
import { rowWhere } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { transactional } from '../../db/transactional.ts';
import type { AuthContext } from '../../http/auth-context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { open, seal } from '../../shared/secret-box.ts';
import { nowIso } from '../../shared/time.ts';
import { hasSecondFactor } from './factors.ts';
import { auditOwnAccount, guardedOwnCheck, homeActor } from './guard.ts';
import { totpFactor } from './queries.ts';
import { issueRecoveryCodes, useRecoveryCode } from './recovery.ts';
import { factorPassed } from './service.ts';
import { advanceStage } from './sign-in-steps.ts';
import type { Stage } from './stages.ts';
import { checkTotp, newTotp } from './totp.ts';
import { verifyAuthentication, verifyRegistration } from './webauthn.ts';

/** Where the request came from, as the factor checks need it. */
export interface FactorCall {
  auth: AuthContext;
  actor: Actor;
  ip: string | undefined;
}

/** The relying party a security key is registered with and checked against. */
export type RelyingParty = Parameters<typeof verifyRegistration>[2];

/** A session after a step: a new token when it moved on, and recovery codes when a first factor was enrolled. */
export interface Enrolled {
  token: string | null;
  stage: Stage;
  recoveryCodes?: string[];
}

const badCode = () => new AppError('auth.bad_code', 400, {}, [{ field: 'code', code: 'auth.bad_code' }]);

/**
 * Runs a second-factor check under the account's and the address's throttle; a failure is audited and
 * answered 400 (a security key's as `auth.webauthn_failed`), a locked account 429.
 */
async function factorCheck<T>(
  db: Kysely<DB>,
  call: FactorCall,
  check: () => Promise<T | null>,
  failure: 'auth.bad_code' | 'auth.webauthn_failed' = 'auth.bad_code',
): Promise<T> {
  const { auth, actor, ip } = call;
  const r = await guardedOwnCheck(
    db,
    auth,
    actor,
    {
      kind: 'factor',
      ip,
      event: 'accounts.sign_in_failed',
      data: { loginId: auth.loginId, reason: 'bad_code' },
    },
    check,
  );
  if (r !== null) return r;
  if (failure === 'auth.webauthn_failed') throw new AppError(failure, 400);
  throw badCode();
}

/** New recovery codes replacing the old ones, audited. */
const issueCodes = transactional(async (trx, auth: AuthContext, actor: Actor) => {
  const codes = await issueRecoveryCodes(trx, auth.homeOrganizationId, auth.userId);
  await auditOwnAccount(trx, auth, actor, 'accounts.recovery_codes_issued', { count: codes.length });
  return codes;
});

/** After enrolment: new recovery codes, and a session enrolling its first factor moves on. */
async function enrolled(trx: Kysely<DB>, auth: AuthContext, actor: Actor): Promise<Enrolled> {
  const codes = await issueCodes.in(trx, auth, actor);
  const r = await advanceStage(trx, auth, 'factor_enrolled');
  if (r.token)
    await auditOwnAccount(trx, auth, actor, 'accounts.signed_in', { method: 'password', stage: r.stage });
  return { ...r, recoveryCodes: codes };
}

/** Starts enrolling an authenticator app (again while it is unconfirmed): a new secret, sealed at rest. */
export async function setUpTotp(db: Kysely<DB>, auth: AuthContext, encryptionKey: Buffer) {
  const t = await newTotp('mamori', auth.loginId);
  const row = { secret_enc: seal(encryptionKey, t.secret), confirmed: 0, last_step: 0, created_at: nowIso() };
  const existing = await totpFactor(db, auth.userId);
  if (existing?.confirmed) throw new AppError('auth.totp_already_set_up', 409);
  if (existing) await db.updateTable('totp_factors').set(row).where('user_id', '=', auth.userId).execute();
  else
    await db
      .insertInto('totp_factors')
      .values({ ...row, user_id: auth.userId, organization_id: auth.homeOrganizationId })
      .execute();
  return { secret: t.secret, otpauthUri: t.uri, qrSvg: t.qrSvg };
}

/** Confirms the authenticator app with a first code. */
export const confirmTotp = transactional(
  async (trx, auth: AuthContext, actor: Actor, encryptionKey: Buffer, code: string): Promise<Enrolled> => {
    const f = await totpFactor(trx, auth.userId, false);
    if (!f) throw new AppError('auth.totp_not_set_up', 409);
    const step = await checkTotp(open(encryptionKey, f.secret_enc), code, f.last_step);
    if (step === null) throw badCode();
    await trx
      .updateTable('totp_factors')
      .set({ confirmed: 1, last_step: step })
      .where('user_id', '=', auth.userId)
      .execute();
    await auditOwnAccount(trx, auth, actor, 'accounts.totp_enrolled', {});
    return enrolled(trx, auth, actor);
  },
);

/** Passes the second factor with an authenticator code (each time step is used once). */
export function verifyTotp(db: Kysely<DB>, call: FactorCall, encryptionKey: Buffer, code: string) {
  const { auth, actor } = call;
  return factorCheck(db, call, async () => {
    const f = await totpFactor(db, auth.userId, true);
    const step = f ? await checkTotp(open(encryptionKey, f.secret_enc), code, f.last_step) : null;
    if (step === null) return null;
    return db.transaction().execute(async (trx) => {
      // Claim the step atomically so two requests with one code cannot both pass.
      const claimed = await trx
        .updateTable('totp_factors')
        .set({ last_step: step })
        .where('user_id', '=', auth.userId)
        .where('last_step', '<', step)
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) return null;
      return factorPassed(trx, auth, homeActor(auth, actor), 'totp');
    });
  });
}

/** Passes the second factor with a one-time recovery code. */
export function verifyRecoveryCode(db: Kysely<DB>, call: FactorCall, code: string) {
  const { auth, actor } = call;
  return factorCheck(db, call, () =>
    db.transaction().execute(async (trx) => {
      if (!(await useRecoveryCode(trx, auth.userId, code))) return null;
      return factorPassed(trx, auth, homeActor(auth, actor), 'recovery_code');
    }),
  );
}

/** Issues new recovery codes (old ones stop working). */
export const regenerateRecoveryCodes = issueCodes;

/** Registers a security key or passkey; a session enrolling its first factor moves on. */
export const registerWebauthn = transactional(
  async (
    trx,
    auth: AuthContext,
    actor: Actor,
    rp: RelyingParty,
    body: { response: unknown; label: string },
  ): Promise<Enrolled> => {
    await verifyRegistration(trx, auth, rp, body.response as RegistrationResponseJSON, body.label);
    await auditOwnAccount(trx, auth, actor, 'accounts.webauthn_added', { label: body.label });
    if (auth.stage === 'full') return { token: null, stage: auth.stage, recoveryCodes: undefined };
    return enrolled(trx, auth, actor);
  },
);

/** Passes the second factor with a security key. */
export function verifyWebauthn(db: Kysely<DB>, call: FactorCall, rp: RelyingParty, response: unknown) {
  const { auth, actor } = call;
  return factorCheck(
    db,
    call,
    () =>
      db.transaction().execute(async (trx) => {
        try {
          await verifyAuthentication(trx, auth, rp, response as AuthenticationResponseJSON);
        } catch (err) {
          if (err instanceof AppError && err.code === 'auth.webauthn_failed') return null;
          throw err;
        }
        return factorPassed(trx, auth, homeActor(auth, actor), 'webauthn');
      }),
    'auth.webauthn_failed',
  );
}

/** Refuses to leave a person who had a second factor without any. */
async function keepOneFactor(trx: Kysely<DB>, userId: string): Promise<void> {
  if (!(await hasSecondFactor(trx, userId))) throw new AppError('auth.last_factor', 409);
}

/** Removes one of the caller's security keys. */
export const removeWebauthn = transactional(async (trx, auth: AuthContext, actor: Actor, id: string) => {
  const key = await rowWhere(trx, 'webauthn_credentials', { id, user_id: auth.userId }, ['id', 'label']);
  if (!key) throw notFound('webauthn_credential');
  await trx.deleteFrom('webauthn_credentials').where('id', '=', key.id).execute();
  await keepOneFactor(trx, auth.userId);
  await auditOwnAccount(trx, auth, actor, 'accounts.webauthn_removed', { label: key.label });
});

/** Removes the caller's authenticator app. */
export const removeTotp = transactional(async (trx, auth: AuthContext, actor: Actor) => {
  const r = await trx.deleteFrom('totp_factors').where('user_id', '=', auth.userId).executeTakeFirst();
  if (Number(r.numDeletedRows) === 0) throw notFound('totp');
  await keepOneFactor(trx, auth.userId);
  await auditOwnAccount(trx, auth, actor, 'accounts.totp_removed', {});
});
