import type { FastifyInstance } from 'fastify';
import { access, defineRoute } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { loginBody, passwordBody, stageResponse } from './schema.ts';
import { changePassword, passwordSignIn } from './service.ts';
import { signOut } from './session-service.ts';
import { clearSessionCookie, setSessionCookie } from './sessions.ts';

/** Sign in with a password, change it, sign out (here or everywhere). */
export function signInRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx;
  defineRoute(app, {
    method: 'POST',
    url: '/api/auth/login',
    summary: 'Sign in with login ID and password',
    tags: ['auth'],
    access: access.public,
    body: loginBody,
    response: stageResponse,
    async handler({ body, req, reply }) {
      const { token, stage } = await passwordSignIn(db, req, body.loginId, body.password, body.organization);
      setSessionCookie(req, reply, token);
      return { stage };
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/auth/password',
    summary: 'Change the password (forced at first sign-in)',
    tags: ['auth'],
    access: access.stage('password_change', 'full'),
    body: passwordBody,
    response: stageResponse,
    async handler({ body, auth, actor, req, reply }) {
      const r = await changePassword(db, auth, actor, body.currentPassword, body.newPassword);
      if (r.token) setSessionCookie(req, reply, r.token);
      return { stage: r.stage };
    },
  });
  // Signing out of this session (at any stage), or of every session of the caller.
  const signOuts = [
    {
      url: '/api/auth/logout',
      summary: 'Sign out of this session',
      access: access.anyStage,
      everywhere: false,
    },
    {
      url: '/api/auth/logout-all',
      summary: 'Sign out of every session of the caller',
      access: access.signedIn,
      everywhere: true,
    },
  ];
  for (const s of signOuts)
    defineRoute(app, {
      method: 'POST',
      url: s.url,
      summary: s.summary,
      tags: ['auth'],
      access: s.access,
      async handler({ auth, actor, reply }) {
        await signOut(db, auth, actor, s.everywhere);
        clearSessionCookie(reply);
      },
    });
}
