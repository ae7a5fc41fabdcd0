import { registerExternalSignIn } from '../auth/index.ts';
import type { JobContext } from '../jobs/index.ts';
import type { AppModule } from '../module.ts';
import { loadEncryptionKey } from '../system/index.ts';
import { ldapSignIn } from './ldap-signin.ts';
import { en, ja } from './messages.ts';
import { directoryMigrations } from './migrations.ts';
import { directoryAdminRoutes } from './routes-admin.ts';
import { directorySignInRoutes } from './routes-signin.ts';
import { claimDueSyncs, scheduledSync } from './sync.ts';

export type { DirectoryTables } from './tables.ts';

/** How often the job runner looks for organizations whose scheduled sync is due (each sets its own interval). */
const SWEEP_SECONDS = 300;

async function syncSweep(_payload: unknown, { db }: JobContext): Promise<void> {
  const due = await claimDueSyncs(db);
  if (!due.length) return;
  const key = await loadEncryptionKey(db);
  // One organization's directory failing must not keep the others from their sync.
  for (const organizationId of due) {
    try {
      await scheduledSync(db, key, organizationId);
    } catch (e) {
      console.error(`directory sync of ${organizationId} failed: ${(e as Error).message}`);
    }
  }
}

/** Sign-in with the body's own directory (LDAP / Active Directory, OpenID Connect) and keeping staff in step. */
export const directoryModule: AppModule = {
  name: 'directory',
  migrations: directoryMigrations,
  messages: { ja, en },
  jobs: [{ kind: 'directory.sync_sweep', handler: syncSweep, every: SWEEP_SECONDS }],
  routes(app, ctx) {
    registerExternalSignIn(ldapSignIn(ctx.keys.encryption, app.log));
    directorySignInRoutes(app, ctx);
    directoryAdminRoutes(app, ctx);
  },
};
