/** Row types of the software module: software register, installations, shared IDs, settings. */

interface Stamped {
  id: string;
  organization_id: string;
  created_at: string;
  updated_at: string;
}

export interface SoftwareTable extends Stamped {
  product: string;
  version: string | null;
  vendor: string | null;
  licence_count: number | null;
  applicant: string | null;
  approver: string | null;
  /** The vendor's end of support (YYYY-MM-DD). */
  support_ends_on: string | null;
  /** Until when the body plans to use it (R-F19). */
  planned_use_until: string | null;
  notes: string | null;
}

export interface SoftwareInstallationsTable extends Stamped {
  software_id: string;
  equipment_id: string | null;
  system_id: string | null;
  /** Terminal or host as written on the register when it is not in the equipment register. */
  host: string | null;
  installed_on: string | null;
}

export interface SharedIdsTable extends Stamped {
  account: string;
  system_id: string | null;
  purpose: string | null;
  manager: string | null;
  /** JSON string[]: the users who may use the ID (R-E11). */
  user_ids: string;
  notes: string | null;
}

export interface SoftwareSettingsTable {
  organization_id: string;
  /** Days before the end of support when the register starts warning. */
  warn_days: number;
  updated_at: string;
}

export interface SoftwareTables {
  software: SoftwareTable;
  software_installations: SoftwareInstallationsTable;
  shared_ids: SharedIdsTable;
  software_settings: SoftwareSettingsTable;
}
