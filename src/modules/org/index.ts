import { registerImport } from '../imports/targets.ts';
import type { AppModule } from '../module.ts';
import { orgFunctions } from './functions.ts';
import { en, ja } from './messages.ts';
import { orgMigrations } from './migrations.ts';
import { committeeRoutes } from './routes-committees.ts';
import { directoryRoutes } from './routes-directory.ts';
import { peopleRoutes } from './routes-people.ts';
import { roleRoutes } from './routes-roles.ts';
import { setupRoutes } from './routes-setup.ts';
import { staffRoutes } from './routes-staff.ts';
import { staffImport } from './staff-import.ts';
import { applyDueTransfers } from './transfers.ts';

export { registerFunctions } from './functions.ts';

const HOURLY = 3600_000;

/** Organizations, units, people, roles, committees, notices, transfers and access reviews. */
export const orgModule: AppModule = {
  name: 'org',
  migrations: orgMigrations,
  functions: orgFunctions,
  messages: { ja, en },
  routes(app, ctx) {
    peopleRoutes(app, ctx);
    roleRoutes(app, ctx);
    committeeRoutes(app, ctx);
    staffRoutes(app, ctx);
    directoryRoutes(app, ctx);
    setupRoutes(app, ctx);
    // Future-dated transfers and retirements take effect on their day, also with nobody signed in.
    const run = () =>
      applyDueTransfers(ctx.db).catch((e) => app.log.error(e, 'applying due transfers failed'));
    let timer: NodeJS.Timeout | undefined;
    app.addHook('onReady', async () => {
      await run();
      timer = setInterval(run, HOURLY);
      timer.unref();
    });
    app.addHook('onClose', async () => clearInterval(timer));
  },
};

registerImport(staffImport);

export { LOGIN_ID_REFUSALS, type LoginIdVia, loginIdUnavailable, takenLoginIds } from './login-id-guard.ts';
export { noticesFor } from './notices.ts';
export { rolesAndFunctionsOf } from './queries.ts';
export { removeSampleOrganization } from './remove.ts';
