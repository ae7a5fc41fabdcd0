import { type AppModule, routeGroups } from '../module.ts';
import { en, ja } from './messages.ts';
import { authMigrations } from './migrations.ts';
import { hashPassword, oneTimePassword } from './passwords.ts';
import { factorRoutes } from './routes-factors.ts';
import { reauthRoutes } from './routes-reauth.ts';
import { sessionRoutes } from './routes-session.ts';
import { signInRoutes } from './routes-signin.ts';
import { setPassword } from './service.ts';
import { claimAttempt, isLocked, lockKey } from './throttle.ts';

export type { ExternalSignIn, ExternalVerdict } from './external.ts';
export { registerExternalSignIn } from './external.ts';
export { hashPassword, oneTimePassword } from './passwords.ts';
export { setPassword } from './service.ts';
export { resolveSession, setSessionCookie } from './sessions.ts';
export { startSignedInSession } from './sign-in-steps.ts';
export type { AuthTables } from './tables.ts';

/** Sign-in with a password and a second factor, sessions, and the organization switch. */
export const authModule: AppModule = {
  name: 'auth',
  migrations: authMigrations,
  messages: { ja, en },
  lookups: { credentials: { setPassword, oneTimePassword, hashPassword, claimAttempt, isLocked, lockKey } },
  routes: routeGroups(signInRoutes, factorRoutes, reauthRoutes, sessionRoutes),
};
export { claimAttempt, isLocked, lockKey } from './throttle.ts';
