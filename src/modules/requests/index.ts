import { registerJobHandler, registerSchedule } from '../jobs/queue.ts';
import type { AppModule } from '../module.ts';
import './offboarding.ts';
import { requestFunctions } from './functions.ts';
import { en, ja } from './messages.ts';
import { requestMigrations } from './migrations.ts';
import { requestTypeProposals } from './proposals.ts';
import { sweep } from './reminders.ts';
import { requestRoutes } from './routes.ts';

export const SWEEP_JOB = 'requests.sweep';
registerJobHandler(SWEEP_JOB, async (_payload, ctx) => {
  await sweep(ctx.db);
});
// Hourly: the sweep itself sends each reminder once per day, so a missed hour costs nothing.
registerSchedule(SWEEP_JOB, 3600);

/** Requests, approvals, returns and the registers they fill. */
export const requestsModule: AppModule = {
  name: 'requests',
  migrations: requestMigrations,
  messages: { ja, en },
  functions: requestFunctions,
  proposals: requestTypeProposals,
  routes: requestRoutes,
};

export { inbox } from './inbox.ts';
