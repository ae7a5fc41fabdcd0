import { type AppModule, routeGroups, sweepJob } from '../module.ts';
import { orgFunctions } from './functions.ts';
import { en, ja } from './messages.ts';
import { orgMigrations } from './migrations.ts';
import { rolesProvider } from './proposals-roles.ts';
import { committeeRoutes } from './routes-committees.ts';
import { directoryRoutes } from './routes-directory.ts';
import { peopleRoutes } from './routes-people.ts';
import { roleRoutes } from './routes-roles.ts';
import { setupRoutes } from './routes-setup.ts';
import { staffRoutes } from './routes-staff.ts';
import { staffImport } from './staff-import.ts';
import { applyDueTransfers } from './transfers.ts';

export { type Credentials, setCredentials } from './credentials.ts';
export { allFunctions, isFunction, registerFunctions } from './functions.ts';
export { inForceOn } from './in-force.ts';
export { mustReference } from './lookup.ts';
export { receipts, sendNotice } from './notices.ts';
export { offboardingChecklist } from './offboarding.ts';
export { endSessions, setPersonStatus, updatePerson } from './people.ts';
export { currentAssignments } from './people-queries.ts';
export { administratorsOf } from './queries.ts';
export { assignChecked, endAssignment } from './roles.ts';
export { unitAndDescendants } from './scope.ts';
export { assignRole, createOrganization, createUnit, createUser, setRoleFunctions } from './service.ts';
export type { OrgSettings } from './settings.ts';
export { parseOrgSettings } from './settings.ts';
export type { OrgTables } from './tables.ts';
export { recordTransfer } from './transfers.ts';

/** Organizations, units, people, roles, committees, notices, transfers and access reviews. */
export const orgModule: AppModule = {
  name: 'org',
  migrations: orgMigrations,
  functions: orgFunctions,
  messages: { ja, en },
  // Roles, tiers and posts the imported policy names (R-A1).
  proposals: rolesProvider,
  jobs: [
    // Future-dated transfers and retirements take effect on their day, also with nobody signed in.
    sweepJob('org.apply_due_transfers', applyDueTransfers),
  ],
  imports: [staffImport],
  routes: routeGroups(peopleRoutes, roleRoutes, committeeRoutes, staffRoutes, directoryRoutes, setupRoutes),
};

export { founderRole, grantFounder } from './founder.ts';
export { LOGIN_ID_REFUSALS, type LoginIdVia, loginIdUnavailable, takenLoginIds } from './login-id-guard.ts';
export { noticesFor } from './notices.ts';
export { type OffboardingCheck, registerOffboardingCheck } from './offboarding.ts';
export { rolesProvider } from './proposals-roles.ts';
export { rolesAndFunctionsOf } from './queries.ts';
export { removeSampleOrganization } from './remove.ts';
