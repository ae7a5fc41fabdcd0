import { type AppModule, routeGroups } from '../module.ts';
import { escalationJob } from './escalation.ts';
import { incidentFunctions } from './functions.ts';
import { en, ja } from './messages.ts';
import { incidentMigrations } from './migrations.ts';
import { incidentChainProposals } from './proposals.ts';
import { en as reportEn, ja as reportJa } from './report-messages.ts';
import { incidentRoutes } from './routes.ts';
import { planRoutes } from './routes-plan.ts';
import { registerRoutes } from './routes-registers.ts';
import { incidentSettingsRoutes } from './routes-settings.ts';

export type { IncidentTables } from './tables.ts';

/** Incidents and their chain, failures, log reviews, violations, compliance checks and the emergency plan. */
export const incidentsModule: AppModule = {
  name: 'incidents',
  migrations: incidentMigrations,
  messages: { ja: { ...ja, ...reportJa }, en: { ...en, ...reportEn } },
  functions: incidentFunctions,
  proposals: incidentChainProposals,
  jobs: [escalationJob],
  // Settings first: their static paths must not be shadowed by /api/incidents/:id.
  routes: routeGroups(incidentSettingsRoutes, incidentRoutes, registerRoutes, planRoutes),
};

/** Who holds a chain step now ("my work" lists the steps waiting for a person). */
export { loadSettings as loadIncidentSettings, saveSettings as saveIncidentSettings } from './settings.ts';
export { stepHolders } from './steps.ts';
