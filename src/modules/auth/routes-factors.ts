import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuthContext } from '../../http/auth-context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { access, defineRoute } from '../../http/route.ts';
import type { Actor } from '../../shared/actor.ts';
import { open, seal } from '../../shared/secret-box.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import type { AppContext } from '../module.ts';
import { hasSecondFactor } from './factors.ts';
import { guardedCheck, lockoutOf } from './guard.ts';
import { requireReauth } from './reauth.ts';
import { issueRecoveryCodes, recoveryCodesLeft, useRecoveryCode } from './recovery.ts';
import { codeBody, idParams, webauthnAuthBody, webauthnRegisterBody } from './schema.ts';
import { factorPassed } from './service.ts';
import { setSessionCookie } from './sessions.ts';
import { advanceStage } from './sign-in-steps.ts';
import { checkTotp, newTotp } from './totp.ts';
import {
  authenticationOptions,
  registrationOptions,
  relyingParty,
  verifyAuthentication,
  verifyRegistration,
} from './webauthn.ts';

const home = (auth: AuthContext, actor: Actor): Actor => ({
  ...actor,
  organizationId: auth.homeOrganizationId,
});

/** Enrolling and using second factors: TOTP, WebAuthn keys and recovery codes. */
export function factorRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx;

  /**
   * Runs a second-factor check under the account's and the address's throttle; a failure is audited and
   * answered 400 (a security key's as `auth.webauthn_failed`), a locked account 429.
   */
  async function factorCheck<T>(
    auth: AuthContext,
    actor: Actor,
    req: FastifyRequest,
    check: () => Promise<T | null>,
    failure = 'auth.bad_code',
  ): Promise<T> {
    const a = home(auth, actor);
    const r = await guardedCheck(
      db,
      {
        kind: 'factor',
        account: { id: auth.userId, organizationId: auth.homeOrganizationId, loginId: auth.loginId },
        actor: a,
        ip: req.ip,
        lockout: await lockoutOf(db, auth.homeOrganizationId),
      },
      check,
      (trx) =>
        recordAudit(
          trx,
          a,
          'accounts.sign_in_failed',
          { type: 'user', id: auth.userId },
          {
            loginId: auth.loginId,
            reason: 'bad_code',
          },
        ),
    );
    if (r === null) {
      if (failure === 'auth.webauthn_failed') throw new AppError(failure, 400);
      throw new AppError(failure, 400, {}, [{ field: 'code', code: failure }]);
    }
    return r;
  }
  const rp = (req: FastifyRequest) => relyingParty(req, process.env.PUBLIC_ORIGIN);

  /** After enrolment: new recovery codes, and a session enrolling its first factor moves on. */
  async function enrolled(auth: AuthContext, actor: Actor, trx: typeof db) {
    const codes = await issueRecoveryCodes(trx, auth.homeOrganizationId, auth.userId);
    await recordAudit(
      trx,
      home(auth, actor),
      'accounts.recovery_codes_issued',
      { type: 'user', id: auth.userId },
      { count: codes.length },
    );
    const r = await advanceStage(trx, auth, 'factor_enrolled');
    if (r.token)
      await recordAudit(
        trx,
        home(auth, actor),
        'accounts.signed_in',
        { type: 'user', id: auth.userId },
        { method: 'password', stage: r.stage },
      );
    return { ...r, recoveryCodes: codes };
  }

  defineRoute(app, {
    method: 'POST',
    url: '/api/auth/totp/setup',
    summary: 'Start enrolling an authenticator app',
    tags: ['auth'],
    access: access.stage('enroll', 'full'),
    async handler({ auth }) {
      requireReauth(auth);
      const t = await newTotp('mamori', auth.loginId);
      const row = {
        secret_enc: seal(ctx.keys.encryption, t.secret),
        confirmed: 0,
        last_step: 0,
        created_at: nowIso(),
      };
      const existing = await db
        .selectFrom('totp_factors')
        .select('confirmed')
        .where('user_id', '=', auth.userId)
        .executeTakeFirst();
      if (existing?.confirmed) throw new AppError('auth.totp_already_set_up', 409);
      if (existing)
        await db.updateTable('totp_factors').set(row).where('user_id', '=', auth.userId).execute();
      else
        await db
          .insertInto('totp_factors')
          .values({ ...row, user_id: auth.userId, organization_id: auth.homeOrganizationId })
          .execute();
      return { secret: t.secret, otpauthUri: t.uri, qrSvg: t.qrSvg };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/auth/totp/confirm',
    summary: 'Confirm the authenticator app with a first code',
    tags: ['auth'],
    access: access.stage('enroll', 'full'),
    body: codeBody,
    async handler({ auth, actor, body, req, reply }) {
      requireReauth(auth);
      const r = await db.transaction().execute(async (trx) => {
        const f = await trx
          .selectFrom('totp_factors')
          .selectAll()
          .where('user_id', '=', auth.userId)
          .where('confirmed', '=', 0)
          .executeTakeFirst();
        if (!f) throw new AppError('auth.totp_not_set_up', 409);
        const step = await checkTotp(open(ctx.keys.encryption, f.secret_enc), body.code, f.last_step);
        if (step === null)
          throw new AppError('auth.bad_code', 400, {}, [{ field: 'code', code: 'auth.bad_code' }]);
        await trx
          .updateTable('totp_factors')
          .set({ confirmed: 1, last_step: step })
          .where('user_id', '=', auth.userId)
          .execute();
        await recordAudit(
          trx,
          home(auth, actor),
          'accounts.totp_enrolled',
          { type: 'user', id: auth.userId },
          {},
        );
        return enrolled(auth, actor, trx);
      });
      if (r.token) setSessionCookie(req, reply, r.token);
      return { stage: r.stage, recoveryCodes: r.recoveryCodes };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/auth/totp/verify',
    summary: 'Pass the second factor with an authenticator code',
    tags: ['auth'],
    access: access.stage('mfa'),
    body: codeBody,
    async handler({ auth, actor, body, req, reply }) {
      const r = await factorCheck(auth, actor, req, async () => {
        const f = await db
          .selectFrom('totp_factors')
          .selectAll()
          .where('user_id', '=', auth.userId)
          .where('confirmed', '=', 1)
          .executeTakeFirst();
        const step = f
          ? await checkTotp(open(ctx.keys.encryption, f.secret_enc), body.code, f.last_step)
          : null;
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
          return factorPassed(trx, auth, home(auth, actor), 'totp');
        });
      });
      setSessionCookie(req, reply, r.token);
      return { stage: r.stage };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/auth/recovery/verify',
    summary: 'Pass the second factor with a one-time recovery code',
    tags: ['auth'],
    access: access.stage('mfa'),
    body: codeBody,
    async handler({ auth, actor, body, req, reply }) {
      const r = await factorCheck(auth, actor, req, () =>
        db.transaction().execute(async (trx) => {
          if (!(await useRecoveryCode(trx, auth.userId, body.code))) return null;
          return factorPassed(trx, auth, home(auth, actor), 'recovery_code');
        }),
      );
      setSessionCookie(req, reply, r.token);
      return { stage: r.stage };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/auth/recovery/regenerate',
    summary: 'Issue new recovery codes (old ones stop working)',
    tags: ['auth'],
    access: access.signedIn,
    async handler({ auth, actor }) {
      requireReauth(auth);
      const codes = await db.transaction().execute(async (trx) => {
        const c = await issueRecoveryCodes(trx, auth.homeOrganizationId, auth.userId);
        await recordAudit(
          trx,
          home(auth, actor),
          'accounts.recovery_codes_issued',
          { type: 'user', id: auth.userId },
          { count: c.length },
        );
        return c;
      });
      return { recoveryCodes: codes };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/auth/webauthn/register/options',
    summary: 'Options to register a security key or passkey',
    tags: ['auth'],
    access: access.stage('enroll', 'full'),
    async handler({ auth, req }) {
      requireReauth(auth);
      return registrationOptions(db, auth, rp(req));
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/auth/webauthn/register/verify',
    summary: 'Register a security key or passkey',
    tags: ['auth'],
    access: access.stage('enroll', 'full'),
    body: webauthnRegisterBody,
    async handler({ auth, actor, body, req, reply }) {
      requireReauth(auth);
      const r = await db.transaction().execute(async (trx) => {
        await verifyRegistration(
          trx,
          auth,
          rp(req),
          body.response as unknown as RegistrationResponseJSON,
          body.label,
        );
        await recordAudit(
          trx,
          home(auth, actor),
          'accounts.webauthn_added',
          { type: 'user', id: auth.userId },
          { label: body.label },
        );
        if (auth.stage === 'full') return { token: null, stage: auth.stage, recoveryCodes: undefined };
        return enrolled(auth, actor, trx);
      });
      if (r.token) setSessionCookie(req, reply, r.token);
      return { stage: r.stage, recoveryCodes: r.recoveryCodes };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/auth/webauthn/authenticate/options',
    summary: 'Options to sign in with a security key',
    tags: ['auth'],
    access: access.stage('mfa'),
    async handler({ auth, req }) {
      return authenticationOptions(db, auth, rp(req));
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/auth/webauthn/authenticate/verify',
    summary: 'Pass the second factor with a security key',
    tags: ['auth'],
    access: access.stage('mfa'),
    body: webauthnAuthBody,
    async handler({ auth, actor, body, req, reply }) {
      const r = await factorCheck(
        auth,
        actor,
        req,
        () =>
          db.transaction().execute(async (trx) => {
            try {
              await verifyAuthentication(
                trx,
                auth,
                rp(req),
                body.response as unknown as AuthenticationResponseJSON,
              );
            } catch (err) {
              if (err instanceof AppError && err.code === 'auth.webauthn_failed') return null;
              throw err;
            }
            return factorPassed(trx, auth, home(auth, actor), 'webauthn');
          }),
        'auth.webauthn_failed',
      );
      setSessionCookie(req, reply, r.token);
      return { stage: r.stage };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/auth/factors',
    summary: 'The caller’s second factors',
    tags: ['auth'],
    access: access.signedIn,
    async handler({ auth }) {
      const totp = await db
        .selectFrom('totp_factors')
        .select('confirmed')
        .where('user_id', '=', auth.userId)
        .executeTakeFirst();
      const keys = await db
        .selectFrom('webauthn_credentials')
        .select(['id', 'label', 'created_at'])
        .where('user_id', '=', auth.userId)
        .orderBy('created_at')
        .execute();
      return {
        totp: totp?.confirmed === 1,
        webauthn: keys.map((k) => ({ id: k.id, label: k.label, createdAt: k.created_at })),
        recoveryCodesLeft: await recoveryCodesLeft(db, auth.userId),
      };
    },
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/api/auth/webauthn/:id',
    summary: 'Remove a security key',
    tags: ['auth'],
    access: access.signedIn,
    params: idParams,
    async handler({ auth, actor, params }) {
      requireReauth(auth);
      await db.transaction().execute(async (trx) => {
        const key = await trx
          .selectFrom('webauthn_credentials')
          .select(['id', 'label'])
          .where('id', '=', params.id)
          .where('user_id', '=', auth.userId)
          .executeTakeFirst();
        if (!key) throw notFound('webauthn_credential');
        await trx.deleteFrom('webauthn_credentials').where('id', '=', key.id).execute();
        if (!(await hasSecondFactor(trx, auth.userId))) throw new AppError('auth.last_factor', 409);
        await recordAudit(
          trx,
          home(auth, actor),
          'accounts.webauthn_removed',
          { type: 'user', id: auth.userId },
          { label: key.label },
        );
      });
    },
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/api/auth/totp',
    summary: 'Remove the authenticator app',
    tags: ['auth'],
    access: access.signedIn,
    async handler({ auth, actor }) {
      requireReauth(auth);
      await db.transaction().execute(async (trx) => {
        const r = await trx.deleteFrom('totp_factors').where('user_id', '=', auth.userId).executeTakeFirst();
        if (Number(r.numDeletedRows) === 0) throw notFound('totp');
        if (!(await hasSecondFactor(trx, auth.userId))) throw new AppError('auth.last_factor', 409);
        await recordAudit(
          trx,
          home(auth, actor),
          'accounts.totp_removed',
          { type: 'user', id: auth.userId },
          {},
        );
      });
    },
  });
}
