import { samplesModule } from '../demo/module.ts';
import { assessmentModule } from './assessment/index.ts';
import { assetsModule } from './assets/index.ts';
import { auditModule } from './audit/index.ts';
import { auditsModule } from './audits/index.ts';
import { authModule } from './auth/index.ts';
import { backupsModule } from './backups/index.ts';
import { classificationModule } from './classification/index.ts';
import { dashboardModule } from './dashboard/index.ts';
import { directoryModule } from './directory/index.ts';
import { importsModule } from './imports/index.ts';
import { incidentsModule } from './incidents/index.ts';
import { jobsModule } from './jobs/index.ts';
import type { AppModule } from './module.ts';
import { myWorkModule } from './mywork/index.ts';
import { notificationsModule } from './notifications/index.ts';
import { orgModule, registerFunctions } from './org/index.ts';
import { policyModule, setProposalProviders } from './policy/index.ts';
import { requestsModule } from './requests/index.ts';
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
  samplesModule,
];

for (const m of modules) if (m.functions) registerFunctions(m.functions);
setProposalProviders(modules.flatMap((m) => (m.proposals ? [m.proposals] : [])));

/** All migrations of all modules. */
export const allMigrations = modules.flatMap((m) => m.migrations ?? []);
