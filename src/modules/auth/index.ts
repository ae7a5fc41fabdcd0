import type { AppModule } from '../module.ts';
import { en, ja } from './messages.ts';
import { authMigrations } from './migrations.ts';
import { reauthRoutes } from './reauth.ts';
import { factorRoutes } from './routes-factors.ts';
import { sessionRoutes } from './routes-session.ts';
import { signInRoutes } from './routes-signin.ts';

export { hashPassword, oneTimePassword } from './passwords.ts';

/** Sign-in with a password and a second factor, sessions, and the organization switch. */
export const authModule: AppModule = {
  name: 'auth',
  migrations: authMigrations,
  messages: { ja, en },
  routes(app, ctx) {
    signInRoutes(app, ctx);
    factorRoutes(app, ctx);
    reauthRoutes(app, ctx);
    sessionRoutes(app, ctx);
  },
};
export { claimAttempt, isLocked, lockKey } from './throttle.ts';
