/**
 * Screens of the signed-in app. Adding a screen: one file under screens/ plus one entry here
 * (and one in nav.ts when it is a new area). Screens load lazily to keep the first download small.
 */
import { type ComponentType, lazy } from 'react';
import type { AreaKey } from './nav.ts';
// The landing screen is in the first bundle: no second round trip before the home page shows.
import Home from './screens/Home.tsx';

export interface ScreenProps {
  params: Record<string, string>;
  area?: AreaKey;
}

export interface RouteDef {
  path: string;
  component: ComponentType<ScreenProps>;
  /** Area shown as current in the navigation (and named by placeholders). */
  area?: AreaKey;
  /** Role function the screen needs. */
  fn?: string;
  systemAdmin?: boolean;
}

const Placeholder = lazy(() => import('./screens/Placeholder.tsx'));
const AuditLog = lazy(() => import('./screens/audit/AuditLog.tsx'));
const PolicyList = lazy(() => import('./screens/policy/PolicyList.tsx'));
const PolicyImport = lazy(() => import('./screens/policy/PolicyImport.tsx'));
const PolicyDocument = lazy(() => import('./screens/policy/PolicyDocument.tsx'));
const PolicyVersion = lazy(() => import('./screens/policy/PolicyVersion.tsx'));
const PolicyProposals = lazy(() => import('./screens/policy/PolicyProposals.tsx'));
const PolicyReviews = lazy(() => import('./screens/policy/PolicyReviews.tsx'));
const PolicyDiff = lazy(() => import('./screens/policy/PolicyDiff.tsx'));
const PolicyGap = lazy(() => import('./screens/policy/PolicyGap.tsx'));
const PolicyCorrections = lazy(() => import('./screens/policy/PolicyCorrections.tsx'));
const IncidentsHome = lazy(() => import('./screens/incidents/IncidentsHome.tsx'));
const IncidentDetail = lazy(() => import('./screens/incidents/IncidentDetail.tsx'));
const IncidentList = lazy(() => import('./screens/incidents/IncidentList.tsx'));
const IncidentFailures = lazy(() => import('./screens/incidents/Failures.tsx'));
const IncidentLogReviews = lazy(() => import('./screens/incidents/LogReviews.tsx'));
const IncidentViolations = lazy(() => import('./screens/incidents/Violations.tsx'));
const IncidentCompliance = lazy(() => import('./screens/incidents/Compliance.tsx'));
const IncidentPlan = lazy(() => import('./screens/incidents/PlanEditor.tsx'));
const IncidentChainSettings = lazy(() => import('./screens/incidents/ChainSettings.tsx'));
const AssetList = lazy(() => import('./screens/assets/AssetList.tsx'));
const AssetForm = lazy(() => import('./screens/assets/AssetForm.tsx'));
const AssetDetail = lazy(() => import('./screens/assets/AssetDetail.tsx'));
const AssetImport = lazy(() => import('./screens/assets/AssetImport.tsx'));
const ImportsHome = lazy(() => import('./screens/imports/ImportsHome.tsx'));
const ImportWizard = lazy(() => import('./screens/imports/ImportWizard.tsx'));
const RecordLayout = lazy(() => import('./screens/records/RecordLayout.tsx'));
const AssetLabels = lazy(() => import('./screens/assets/AssetLabels.tsx'));
const SchemeEditor = lazy(() => import('./screens/classification/SchemeEditor.tsx'));
const SystemsRegisters = lazy(() => import('./screens/systems/Systems.tsx'));
const SoftwareRegisters = lazy(() => import('./screens/software/Software.tsx'));
const VendorsRegisters = lazy(() => import('./screens/vendors/Vendors.tsx'));
const OrgUnits = lazy(() => import('./screens/org/Units.tsx'));
const OrgPeople = lazy(() => import('./screens/org/People.tsx'));
const OrgPersonDetail = lazy(() => import('./screens/org/PersonDetail.tsx'));
const OrgRoles = lazy(() => import('./screens/org/Roles.tsx'));
const OrgRoleDetail = lazy(() => import('./screens/org/RoleDetail.tsx'));
const OrgCommittees = lazy(() => import('./screens/org/Committees.tsx'));
const OrgCommitteeDetail = lazy(() => import('./screens/org/CommitteeDetail.tsx'));
const OrgContactTree = lazy(() => import('./screens/org/ContactTree.tsx'));
const OrgNotices = lazy(() => import('./screens/org/Notices.tsx'));
const OrgTransfers = lazy(() => import('./screens/org/Transfers.tsx'));
const OrgAccessReview = lazy(() => import('./screens/org/AccessReview.tsx'));
const OrgSettings = lazy(() => import('./screens/org/OrgSettings.tsx'));
const DirectorySettings = lazy(() => import('./screens/directory/DirectorySettings.tsx'));
const DirectorySync = lazy(() => import('./screens/directory/DirectorySync.tsx'));
const RegistersHome = lazy(() => import('./screens/registers/RegistersHome.tsx'));
const Settings = lazy(() => import('./screens/settings/Settings.tsx'));
const Account = lazy(() => import('./screens/settings/Account.tsx'));
const Organizations = lazy(() => import('./screens/settings/Organizations.tsx'));
const RequestsHome = lazy(() => import('./screens/requests/RequestsHome.tsx'));
const RequestNew = lazy(() => import('./screens/requests/NewRequest.tsx'));
const RequestMine = lazy(() => import('./screens/requests/MyRequests.tsx'));
const RequestRecords = lazy(() => import('./screens/requests/Records.tsx'));
const RequestTypes = lazy(() => import('./screens/requests/TypesAdmin.tsx'));
const RequestTypeEditor = lazy(() => import('./screens/requests/TypeEditor.tsx'));
const RequestCatalogue = lazy(() => import('./screens/requests/Catalogue.tsx'));
const RequestDetail = lazy(() => import('./screens/requests/RequestDetail.tsx'));
const Notifications = lazy(() => import('./screens/notifications/Notifications.tsx'));
const MyWork = lazy(() => import('./screens/mywork/MyWork.tsx'));
const AssessmentMeasure = lazy(() => import('./screens/assessment/Measure.tsx'));
const InspectionsHome = lazy(() => import('./screens/dashboard/InspectionsHome.tsx'));
const AssessmentCampaigns = lazy(() => import('./screens/assessment/Campaigns.tsx'));
const AssessmentCampaign = lazy(() => import('./screens/assessment/CampaignDetail.tsx'));
const AssessmentMine = lazy(() => import('./screens/assessment/MyItems.tsx'));
const VendorReviews = lazy(() => import('./screens/assessment/VendorReviews.tsx'));
const AuditPlans = lazy(() => import('./screens/audits/Audits.tsx'));
const AuditPlan = lazy(() => import('./screens/audits/AuditDetail.tsx'));
const TrainingPlans = lazy(() => import('./screens/training/Training.tsx'));
const TrainingPlan = lazy(() => import('./screens/training/TrainingPlan.tsx'));
const ReviewInputs = lazy(() => import('./screens/dashboard/ReviewInputs.tsx'));
const Traceability = lazy(() => import('./screens/dashboard/Traceability.tsx'));
const SetupWizard = lazy(() => import('./screens/setup/SetupWizard.tsx'));

/** A route: path, screen, and the role function it needs (ADMIN: the system administrator only). */
type Entry = [path: string, component: ComponentType<ScreenProps>, fn?: string];
const ADMIN = '*system-admin*';

/** The routes of one area (shown as current in the navigation). */
function inArea(area: AreaKey | undefined, entries: Entry[]): RouteDef[] {
  return entries.map(([path, component, fn]) => ({
    path,
    component,
    ...(area ? { area } : {}),
    ...(fn === ADMIN ? { systemAdmin: true } : fn ? { fn } : {}),
  }));
}

export const ROUTES: RouteDef[] = [
  ...inArea('home', [['/', Home]]),
  ...inArea('policies', [
    ['/policies', PolicyList],
    ['/policies/import', PolicyImport, 'policy.manage'],
    ['/policies/reviews', PolicyReviews, 'policy.manage'],
    ['/policies/documents/:id', PolicyDocument],
    ['/policies/versions/:id', PolicyVersion],
    ['/policies/versions/:id/proposals', PolicyProposals, 'policy.manage'],
    ['/policies/versions/:id/diff/:other', PolicyDiff],
    ['/policies/versions/:id/gap', PolicyGap, 'policy.manage'],
    ['/policies/versions/:id/corrections', PolicyCorrections, 'policy.manage'],
  ]),
  ...inArea('organization', [
    ['/organization', OrgUnits],
    ['/organization/units', OrgUnits],
    ['/organization/people', OrgPeople],
    ['/organization/people/:id', OrgPersonDetail],
    ['/organization/roles', OrgRoles],
    ['/organization/roles/:id', OrgRoleDetail],
    ['/organization/committees', OrgCommittees],
    ['/organization/committees/:id', OrgCommitteeDetail],
    ['/organization/contacts', OrgContactTree],
    ['/organization/notices', OrgNotices],
    ['/organization/transfers', OrgTransfers, 'org.admin'],
    ['/organization/review', OrgAccessReview, 'org.review'],
    ['/organization/settings', OrgSettings, 'org.admin'],
    ['/organization/directory', DirectorySettings, 'org.admin'],
    ['/organization/directory/sync', DirectorySync, 'org.admin'],
    ['/organization', Placeholder],
  ]),
  ...inArea('registers', [
    ['/registers', RegistersHome],
    ['/registers/systems', SystemsRegisters, 'systems.read'],
    ['/registers/software', SoftwareRegisters, 'software.manage'],
    ['/registers/vendors', VendorsRegisters, 'vendors.manage'],
    ['/registers/assets', AssetList, 'assets.read'],
    ['/registers/assets/new', AssetForm, 'assets.manage'],
    ['/registers/assets/import', AssetImport, 'assets.manage'],
    // Each register checks its own functions; the list shows only those the caller may import into.
    ['/registers/imports', ImportsHome],
    ['/registers/imports/:register', ImportWizard],
    ['/registers/assets/labels', AssetLabels, 'assets.read'],
    ['/registers/assets/:id', AssetDetail, 'assets.read'],
    ['/registers/classification', SchemeEditor, 'classification.manage'],
  ]),
  ...inArea('requests', [
    ['/requests', RequestsHome],
    ['/requests/new', RequestNew],
    ['/requests/mine', RequestMine],
    ['/requests/records', RequestRecords],
    ['/requests/records/layout/:kind', RecordLayout, 'requests.manage_types'],
    ['/requests/types', RequestTypes, 'requests.manage_types'],
    ['/requests/types/new', RequestTypeEditor, 'requests.manage_types'],
    ['/requests/types/:id', RequestTypeEditor, 'requests.manage_types'],
    ['/requests/catalogue', RequestCatalogue, 'requests.manage_types'],
    ['/requests/:id', RequestDetail],
  ]),
  ...inArea(undefined, [['/notifications', Notifications]]),
  ...inArea('home', [
    ['/my-work', MyWork],
    // The screen reads the body's state; the server answers 403 to someone who may not set it up.
    ['/setup', SetupWizard],
  ]),
  ...inArea('requests', [['/requests', Placeholder]]),
  ...inArea('incidents', [
    ['/incidents', IncidentsHome],
    ['/incidents/list', IncidentList, 'incidents.read_all'],
    ['/incidents/failures', IncidentFailures, 'failures.manage'],
    ['/incidents/log-reviews', IncidentLogReviews, 'failures.manage'],
    ['/incidents/violations', IncidentViolations],
    ['/incidents/compliance', IncidentCompliance],
    ['/incidents/plan', IncidentPlan],
    ['/incidents/settings', IncidentChainSettings, 'emergency_plan.manage'],
    ['/incidents/:id', IncidentDetail],
    ['/incidents', Placeholder],
  ]),
  ...inArea('inspections', [
    ['/inspections', InspectionsHome],
    ['/inspections/assessment', AssessmentCampaigns],
    ['/inspections/assessment/mine', AssessmentMine],
    ['/inspections/assessment/measures/:id', AssessmentMeasure],
    ['/inspections/assessment/:id', AssessmentCampaign],
    ['/inspections/audits', AuditPlans],
    ['/inspections/audits/:id', AuditPlan],
    ['/inspections/training', TrainingPlans],
    ['/inspections/training/:id', TrainingPlan],
    ['/inspections/vendors', VendorReviews],
    ['/inspections/reviews', ReviewInputs],
    ['/inspections/reviews/:id', ReviewInputs],
    ['/inspections/traceability', Traceability],
  ]),
  ...inArea('audit', [['/audit', AuditLog, 'audit.read']]),
  ...inArea('settings', [
    ['/settings', Settings],
    ['/settings/account', Account],
    ['/settings/organizations', Organizations, ADMIN],
  ]),
];
