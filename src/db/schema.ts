import type { AssessmentTables } from '../modules/assessment/tables.ts';
import type { AssetTables } from '../modules/assets/tables.ts';
import type { AuditTables } from '../modules/audit/index.ts';
import type { AuditsTables } from '../modules/audits/tables.ts';
import type { AuthTables } from '../modules/auth/tables.ts';
import type { BackupTables } from '../modules/backups/tables.ts';
import type { ClassificationTables } from '../modules/classification/index.ts';
import type { DirectoryTables } from '../modules/directory/tables.ts';
import type { ImportsTables } from '../modules/imports/tables.ts';
import type { IncidentTables } from '../modules/incidents/tables.ts';
import type { JobTables } from '../modules/jobs/tables.ts';
import type { MyWorkTables } from '../modules/mywork/index.ts';
import type { NotificationTables } from '../modules/notifications/tables.ts';
import type { OrgTables } from '../modules/org/tables.ts';
import type { PolicyTables } from '../modules/policy/tables.ts';
import type { RequestTables } from '../modules/requests/tables.ts';
import type { SoftwareTables } from '../modules/software/tables.ts';
import type { SystemTables } from '../modules/system/tables.ts';
import type { SystemsTables } from '../modules/systems/tables.ts';
import type { TrainingTables } from '../modules/training/tables.ts';
import type { VendorTables } from '../modules/vendors/tables.ts';

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
