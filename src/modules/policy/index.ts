import type { AppModule } from '../module.ts';
import { policyFunctions } from './functions.ts';
import { en, ja } from './messages.ts';
import { policyMigrations } from './migrations.ts';
import { policyRoutes } from './routes.ts';

export { setProposalProviders } from './proposals.ts';
export type { PolicyAnalysis } from './types.ts';

/** The organization's own policy: import, versions, proposals, acknowledgements and reviews. */
export const policyModule: AppModule = {
  name: 'policy',
  migrations: policyMigrations,
  messages: { ja, en },
  functions: policyFunctions,
  routes: policyRoutes,
};
export { readableVisibilities } from './access.ts';
export { pendingAcknowledgements } from './queries-people.ts';
