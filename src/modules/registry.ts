import { samplesModule } from '../demo/module.ts';
import { addMessages } from '../i18n/index.ts';
import { assessmentModule } from './assessment/index.ts';
import { assetsModule } from './assets/index.ts';
import { auditModule } from './audit/index.ts';
import { auditsModule } from './audits/index.ts';
import { authModule } from './auth/index.ts';
import { backupsModule } from './backups/index.ts';
import { classificationModule, onSchemeActivated } from './classification/index.ts';
import { dashboardModule } from './dashboard/index.ts';
import { directoryModule } from './directory/index.ts';
import { importsModule, registerImport } from './imports/index.ts';
import { incidentsModule } from './incidents/index.ts';
import { jobsModule, registerJobHandler, registerSchedule } from './jobs/index.ts';
import type { AppModule } from './module.ts';
import { myWorkModule } from './mywork/index.ts';
import { notificationsModule } from './notifications/index.ts';
import { orgModule, registerFunctions, registerOffboardingCheck, setCredentials } from './org/index.ts';
import { policyModule, setProposalProviders } from './policy/index.ts';
import { requestsModule, setAssetLookup } from './requests/index.ts';
import { setupModule } from './setup/index.ts';
import { softwareModule } from './software/index.ts';
import { systemModule } from './system/index.ts';
import { systemsModule } from './systems/index.ts';
import { trainingModule } from './training/index.ts';
import { vendorsModule } from './vendors/index.ts';

/** Every feature module, in the order their routes are registered. Add a module here once. */
export const modules: AppModule[] = [
  systemModule,
  auditModule,
  orgModule,
  authModule,
  directoryModule,
  policyModule,
  systemsModule,
  softwareModule,
  vendorsModule,
  classificationModule,
  assetsModule,
  incidentsModule,
  jobsModule,
  notificationsModule,
  backupsModule,
  requestsModule,
  assessmentModule,
  auditsModule,
  trainingModule,
  dashboardModule,
  importsModule,
  myWorkModule,
  setupModule,
  samplesModule,
];

/**
 * Hands what each manifest declares to the module that runs it: messages to the catalogues, role
 * functions and off-boarding checks to org, jobs to the queue, import targets to imports, the asset
 * lookup to requests, passwords and throttling to org, proposal providers to policy. Done once, when the
 * registry loads, before any route is registered.
 */
function wire(list: AppModule[]): void {
  for (const m of list) {
    // Messages first: whatever runs with the registry (a job, a sweep run by hand) can say its notices.
    if (m.messages) addMessages(m.messages.ja, m.messages.en);
    if (m.functions) registerFunctions(m.functions);
    for (const job of m.jobs ?? []) {
      registerJobHandler(job.kind, job.handler);
      if (job.every !== undefined) registerSchedule(job.kind, job.every, { priority: job.priority });
    }
    for (const target of m.imports ?? []) registerImport(target);
    for (const [name, check] of Object.entries(m.offboardingChecks ?? {}))
      registerOffboardingCheck(name, check);
    if (m.lookups?.asset)
      setAssetLookup(
        m.lookups.asset.find,
        m.lookups.asset.mayRead,
        m.lookups.asset.fileable,
        m.lookups.asset.name,
      );
    if (m.lookups?.credentials) setCredentials(m.lookups.credentials);
    if (m.on?.schemeActivated) onSchemeActivated(m.on.schemeActivated);
  }
  setProposalProviders(list.flatMap((m) => (m.proposals ? [m.proposals] : [])));
}

wire(modules);

/** All migrations of all modules. */
export const allMigrations = modules.flatMap((m) => m.migrations ?? []);
