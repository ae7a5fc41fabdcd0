import type { AssessmentTables } from '../modules/assessment/index.ts';
import type { AssetTables } from '../modules/assets/index.ts';
import type { AuditTables } from '../modules/audit/index.ts';
import type { AuditsTables } from '../modules/audits/index.ts';
import type { AuthTables } from '../modules/auth/index.ts';
import type { BackupTables } from '../modules/backups/index.ts';
import type { ClassificationTables } from '../modules/classification/index.ts';
import type { DirectoryTables } from '../modules/directory/index.ts';
import type { ImportsTables } from '../modules/imports/index.ts';
import type { IncidentTables } from '../modules/incidents/index.ts';
import type { JobTables } from '../modules/jobs/index.ts';
import type { MyWorkTables } from '../modules/mywork/index.ts';
import type { NotificationTables } from '../modules/notifications/index.ts';
import type { OrgTables } from '../modules/org/index.ts';
import type { PolicyTables } from '../modules/policy/index.ts';
import type { RequestTables } from '../modules/requests/index.ts';
import type { SoftwareTables } from '../modules/software/index.ts';
import type { SystemTables } from '../modules/system/index.ts';
import type { SystemsTables } from '../modules/systems/index.ts';
import type { TrainingTables } from '../modules/training/index.ts';
import type { VendorTables } from '../modules/vendors/index.ts';

/** Every table of mamori: each module declares its own rows and is listed here once. */
export interface DB
  extends SystemTables,
    OrgTables,
    AuthTables,
    DirectoryTables,
    AuditTables,
    PolicyTables,
    SystemsTables,
    SoftwareTables,
    VendorTables,
    ClassificationTables,
    AssetTables,
    IncidentTables,
    ImportsTables,
    JobTables,
    NotificationTables,
    RequestTables,
    AssessmentTables,
    AuditsTables,
    TrainingTables,
    BackupTables,
    MyWorkTables {}
