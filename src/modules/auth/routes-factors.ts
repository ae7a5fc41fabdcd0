import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuthContext } from '../../http/auth-context.ts';
import { access } from '../../http/route.ts';
import { routeGroup } from '../../http/route-group.ts';
import { t } from '../../i18n/index.ts';
import type { Actor } from '../../shared/actor.ts';
import type { AppContext } from '../module.ts';
import {
  confirmTotp,
  type Enrolled,
  type FactorCall,
  regenerateRecoveryCodes,
  registerWebauthn,
  removeTotp,
  removeWebauthn,
  setUpTotp,
  verifyRecoveryCode,
  verifyTotp,
  verifyWebauthn,
} from './factor-service.ts';
import { secondFactors } from './queries.ts';
import { requireReauth } from './reauth.ts';
import { codeBody, idParams, webauthnAuthBody, webauthnRegisterBody } from './schema.ts';
import { setSessionCookie } from './sessions.ts';
import { authenticationOptions, registrationOptions, relyingParty } from './webauthn.ts';

type Reply = Parameters<typeof setSessionCookie>[1];

/** Enrolling and using second factors: TOTP, WebAuthn keys and recovery codes. */
export function factorRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { route, onId } = routeGroup(app, ['auth'], idParams);
  const { db } = ctx;
  const key = ctx.keys.encryption;
  const rp = (req: FastifyRequest) => relyingParty(req, process.env.PUBLIC_ORIGIN);
  const call = (auth: AuthContext, actor: Actor, req: FastifyRequest): FactorCall => ({
    auth,
    actor,
    ip: req.ip,
  });
  /** The answer to a step that may move the session on (a new cookie when it did). */
  const moved = (req: FastifyRequest, reply: Reply, r: Enrolled) => {
    if (r.token) setSessionCookie(req, reply, r.token);
    return { stage: r.stage, recoveryCodes: r.recoveryCodes };
  };

  route({
    method: 'POST',
    url: '/api/auth/totp/setup',
    summary: 'Start enrolling an authenticator app',
    access: access.stage('enroll', 'full'),
    async handler({ auth }) {
      requireReauth(auth);
      return setUpTotp(db, auth, key);
    },
  });

  route({
    method: 'POST',
    url: '/api/auth/totp/confirm',
    summary: 'Confirm the authenticator app with a first code',
    access: access.stage('enroll', 'full'),
    body: codeBody,
    async handler({ auth, actor, body, req, reply }) {
      requireReauth(auth);
      return moved(req, reply, await confirmTotp(db, auth, actor, key, body.code));
    },
  });

  route({
    method: 'POST',
    url: '/api/auth/totp/verify',
    summary: 'Pass the second factor with an authenticator code',
    access: access.stage('mfa'),
    body: codeBody,
    async handler({ auth, actor, body, req, reply }) {
      return moved(req, reply, await verifyTotp(db, call(auth, actor, req), key, body.code));
    },
  });

  route({
    method: 'POST',
    url: '/api/auth/recovery/verify',
    summary: 'Pass the second factor with a one-time recovery code',
    access: access.stage('mfa'),
    body: codeBody,
    async handler({ auth, actor, body, req, reply }) {
      return moved(req, reply, await verifyRecoveryCode(db, call(auth, actor, req), body.code));
    },
  });

  route({
    method: 'POST',
    url: '/api/auth/recovery/regenerate',
    summary: 'Issue new recovery codes (old ones stop working)',
    access: access.signedIn,
    async handler({ auth, actor }) {
      requireReauth(auth);
      return { recoveryCodes: await regenerateRecoveryCodes(db, auth, actor) };
    },
  });

  route({
    method: 'POST',
    url: '/api/auth/webauthn/register/options',
    summary: 'Options to register a security key or passkey',
    access: access.stage('enroll', 'full'),
    async handler({ auth, req }) {
      requireReauth(auth);
      return registrationOptions(db, auth, rp(req));
    },
  });

  route({
    method: 'POST',
    url: '/api/auth/webauthn/register/verify',
    summary: 'Register a security key or passkey',
    access: access.stage('enroll', 'full'),
    body: webauthnRegisterBody,
    async handler({ auth, actor, body, req, reply, lang }) {
      requireReauth(auth);
      const label = body.label ?? t(lang, 'auth.webauthn_default_label');
      return moved(req, reply, await registerWebauthn(db, auth, actor, rp(req), { ...body, label }));
    },
  });

  route({
    method: 'POST',
    url: '/api/auth/webauthn/authenticate/options',
    summary: 'Options to sign in with a security key',
    access: access.stage('mfa'),
    async handler({ auth, req }) {
      return authenticationOptions(db, auth, rp(req));
    },
  });

  route({
    method: 'POST',
    url: '/api/auth/webauthn/authenticate/verify',
    summary: 'Pass the second factor with a security key',
    access: access.stage('mfa'),
    body: webauthnAuthBody,
    async handler({ auth, actor, body, req, reply }) {
      return moved(req, reply, await verifyWebauthn(db, call(auth, actor, req), rp(req), body.response));
    },
  });

  route({
    method: 'GET',
    url: '/api/auth/factors',
    summary: 'The caller’s second factors',
    access: access.signedIn,
    async handler({ auth }) {
      return secondFactors(db, auth.userId);
    },
  });

  onId({
    method: 'DELETE',
    url: '/api/auth/webauthn/:id',
    summary: 'Remove a security key',
    access: access.signedIn,
    async handler({ auth, actor, id }) {
      requireReauth(auth);
      await removeWebauthn(db, auth, actor, id);
    },
  });

  route({
    method: 'DELETE',
    url: '/api/auth/totp',
    summary: 'Remove the authenticator app',
    access: access.signedIn,
    async handler({ auth, actor }) {
      requireReauth(auth);
      await removeTotp(db, auth, actor);
    },
  });
}
