import { type AppModule, routeGroups, sweepJob } from '../module.ts';
import { answersImport } from './excel-import.ts';
import './events.ts';
import { assessmentFunctions } from './functions.ts';
import { en, ja } from './messages.ts';
import { assessmentMigrations } from './migrations.ts';
import { checkItemsProvider } from './proposals.ts';
import { en as publishEn, ja as publishJa } from './publish-messages.ts';
import { ASSESSMENT_SWEEP, assessmentSweep } from './reminders.ts';
import { assessmentRoutes } from './routes.ts';
import { draftRoutes } from './routes-drafts.ts';
import { VENDOR_REVIEW_SWEEP, vendorReviewSweep } from './vendor-reviews-due.ts';
import { vendorReviewRoutes } from './vendor-reviews-routes.ts';

export { versionInForce } from './load.ts';
export { functionHolders } from './people.ts';
export type { AssessmentTables } from './tables.ts';
export { dueReviews } from './vendor-reviews-due.ts';

/** Self-assessment (自己点検) from the policy's obligations, and periodic contractor reviews (R-I1, R-H3). */
export const assessmentModule: AppModule = {
  name: 'assessment',
  migrations: assessmentMigrations,
  messages: { ja: { ...ja, ...publishJa }, en: { ...en, ...publishEn } },
  functions: assessmentFunctions,
  proposals: checkItemsProvider,
  jobs: [sweepJob(ASSESSMENT_SWEEP, assessmentSweep), sweepJob(VENDOR_REVIEW_SWEEP, vendorReviewSweep)],
  imports: [answersImport],
  routes: routeGroups(assessmentRoutes, draftRoutes, vendorReviewRoutes),
};
