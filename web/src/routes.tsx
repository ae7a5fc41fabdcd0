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

export const ROUTES: RouteDef[] = [
  { path: '/', component: Home, area: 'home' },
  { path: '/policies', component: PolicyList, area: 'policies' },
  { path: '/policies/import', component: PolicyImport, area: 'policies', fn: 'policy.manage' },
  { path: '/policies/reviews', component: PolicyReviews, area: 'policies', fn: 'policy.manage' },
  { path: '/policies/documents/:id', component: PolicyDocument, area: 'policies' },
  { path: '/policies/versions/:id', component: PolicyVersion, area: 'policies' },
  {
    path: '/policies/versions/:id/proposals',
    component: PolicyProposals,
    area: 'policies',
    fn: 'policy.manage',
  },
  { path: '/policies/versions/:id/diff/:other', component: PolicyDiff, area: 'policies' },
  { path: '/policies/versions/:id/gap', component: PolicyGap, area: 'policies', fn: 'policy.manage' },
  {
    path: '/policies/versions/:id/corrections',
    component: PolicyCorrections,
    area: 'policies',
    fn: 'policy.manage',
  },
  { path: '/organization', component: OrgUnits, area: 'organization' },
  { path: '/organization/units', component: OrgUnits, area: 'organization' },
  { path: '/organization/people', component: OrgPeople, area: 'organization' },
  { path: '/organization/people/:id', component: OrgPersonDetail, area: 'organization' },
  { path: '/organization/roles', component: OrgRoles, area: 'organization' },
  { path: '/organization/roles/:id', component: OrgRoleDetail, area: 'organization' },
  { path: '/organization/committees', component: OrgCommittees, area: 'organization' },
  { path: '/organization/committees/:id', component: OrgCommitteeDetail, area: 'organization' },
  { path: '/organization/contacts', component: OrgContactTree, area: 'organization' },
  { path: '/organization/notices', component: OrgNotices, area: 'organization' },
  { path: '/organization/transfers', component: OrgTransfers, area: 'organization', fn: 'org.admin' },
  { path: '/organization/review', component: OrgAccessReview, area: 'organization', fn: 'org.review' },
  { path: '/organization/settings', component: OrgSettings, area: 'organization', fn: 'org.admin' },
  { path: '/organization/directory', component: DirectorySettings, area: 'organization', fn: 'org.admin' },
  { path: '/organization/directory/sync', component: DirectorySync, area: 'organization', fn: 'org.admin' },
  { path: '/organization', component: Placeholder, area: 'organization' },
  { path: '/registers', component: RegistersHome, area: 'registers' },
  { path: '/registers/systems', component: SystemsRegisters, area: 'registers', fn: 'systems.read' },
  { path: '/registers/software', component: SoftwareRegisters, area: 'registers', fn: 'software.manage' },
  { path: '/registers/vendors', component: VendorsRegisters, area: 'registers', fn: 'vendors.manage' },
  { path: '/registers/assets', component: AssetList, area: 'registers', fn: 'assets.read' },
  { path: '/registers/assets/new', component: AssetForm, area: 'registers', fn: 'assets.manage' },
  { path: '/registers/assets/import', component: AssetImport, area: 'registers', fn: 'assets.manage' },
  // Each register checks its own functions; the list shows only those the caller may import into.
  { path: '/registers/imports', component: ImportsHome, area: 'registers' },
  { path: '/registers/imports/:register', component: ImportWizard, area: 'registers' },
  { path: '/registers/assets/labels', component: AssetLabels, area: 'registers', fn: 'assets.read' },
  { path: '/registers/assets/:id', component: AssetDetail, area: 'registers', fn: 'assets.read' },
  {
    path: '/registers/classification',
    component: SchemeEditor,
    area: 'registers',
    fn: 'classification.manage',
  },
  { path: '/requests', component: RequestsHome, area: 'requests' },
  { path: '/requests/new', component: RequestNew, area: 'requests' },
  { path: '/requests/mine', component: RequestMine, area: 'requests' },
  { path: '/requests/records', component: RequestRecords, area: 'requests' },
  {
    path: '/requests/records/layout/:kind',
    component: RecordLayout,
    area: 'requests',
    fn: 'requests.manage_types',
  },
  { path: '/requests/types', component: RequestTypes, area: 'requests', fn: 'requests.manage_types' },
  {
    path: '/requests/types/new',
    component: RequestTypeEditor,
    area: 'requests',
    fn: 'requests.manage_types',
  },
  {
    path: '/requests/types/:id',
    component: RequestTypeEditor,
    area: 'requests',
    fn: 'requests.manage_types',
  },
  { path: '/requests/catalogue', component: RequestCatalogue, area: 'requests', fn: 'requests.manage_types' },
  { path: '/requests/:id', component: RequestDetail, area: 'requests' },
  { path: '/notifications', component: Notifications },
  { path: '/my-work', component: MyWork, area: 'home' },
  // The screen reads the body's state; the server answers 403 to someone who may not set it up.
  { path: '/setup', component: SetupWizard, area: 'home' },
  { path: '/requests', component: Placeholder, area: 'requests' },
  { path: '/incidents', component: IncidentsHome, area: 'incidents' },
  { path: '/incidents/list', component: IncidentList, area: 'incidents', fn: 'incidents.read_all' },
  { path: '/incidents/failures', component: IncidentFailures, area: 'incidents', fn: 'failures.manage' },
  { path: '/incidents/log-reviews', component: IncidentLogReviews, area: 'incidents', fn: 'failures.manage' },
  { path: '/incidents/violations', component: IncidentViolations, area: 'incidents' },
  { path: '/incidents/compliance', component: IncidentCompliance, area: 'incidents' },
  { path: '/incidents/plan', component: IncidentPlan, area: 'incidents' },
  {
    path: '/incidents/settings',
    component: IncidentChainSettings,
    area: 'incidents',
    fn: 'emergency_plan.manage',
  },
  { path: '/incidents/:id', component: IncidentDetail, area: 'incidents' },
  { path: '/incidents', component: Placeholder, area: 'incidents' },
  { path: '/inspections', component: InspectionsHome, area: 'inspections' },
  { path: '/inspections/assessment', component: AssessmentCampaigns, area: 'inspections' },
  { path: '/inspections/assessment/mine', component: AssessmentMine, area: 'inspections' },
  { path: '/inspections/assessment/measures/:id', component: AssessmentMeasure, area: 'inspections' },
  { path: '/inspections/assessment/:id', component: AssessmentCampaign, area: 'inspections' },
  { path: '/inspections/audits', component: AuditPlans, area: 'inspections' },
  { path: '/inspections/audits/:id', component: AuditPlan, area: 'inspections' },
  { path: '/inspections/training', component: TrainingPlans, area: 'inspections' },
  { path: '/inspections/training/:id', component: TrainingPlan, area: 'inspections' },
  { path: '/inspections/vendors', component: VendorReviews, area: 'inspections' },
  { path: '/inspections/reviews', component: ReviewInputs, area: 'inspections' },
  { path: '/inspections/reviews/:id', component: ReviewInputs, area: 'inspections' },
  { path: '/inspections/traceability', component: Traceability, area: 'inspections' },
  { path: '/audit', component: AuditLog, area: 'audit', fn: 'audit.read' },
  { path: '/settings', component: Settings, area: 'settings' },
  { path: '/settings/account', component: Account, area: 'settings' },
  { path: '/settings/organizations', component: Organizations, area: 'settings', systemAdmin: true },
];
