import { type AppModule, sweepJob } from '../module.ts';
import { en as formEn, ja as formJa } from './form-messages.ts';
import { requestFunctions } from './functions.ts';
import { en, ja } from './messages.ts';
import { requestMigrations } from './migrations.ts';
import { openLoans } from './offboarding.ts';
import { requestTypeProposals } from './proposals.ts';
import { sweep } from './reminders.ts';
import { requestRoutes } from './routes.ts';

export type { RequestTables } from './tables.ts';

export const SWEEP_JOB = 'requests.sweep';

/** Requests, approvals, returns and the registers they fill. */
export const requestsModule: AppModule = {
  name: 'requests',
  migrations: requestMigrations,
  messages: { ja: { ...ja, ...formJa }, en: { ...en, ...formEn } },
  functions: requestFunctions,
  proposals: requestTypeProposals,
  // Hourly: the sweep itself sends each reminder once per day, so a missed hour costs nothing.
  jobs: [sweepJob(SWEEP_JOB, sweep)],
  offboardingChecks: { 'requests.open_loans': openLoans },
  routes: requestRoutes,
};

export {
  type AssetLookup,
  type AssetNameLookup,
  type AssetReadable,
  type FileablePicker,
  setAssetLookup,
} from './asset-lookup.ts';
export { inbox } from './inbox.ts';
