/** Row types of the systems module: segments, information systems, connections, equipment, lines. */

interface Stamped {
  id: string;
  organization_id: string;
  created_at: string;
  updated_at: string;
}

export interface NetworkSegmentsTable extends Stamped {
  name: string;
  /** No connection to any other segment (マイナンバー利用事務系). */
  isolated: number;
  /** No data export from terminals. */
  no_export: number;
  mfa_required: number;
  /** Faces the Internet: needs strengthened monitoring (R-C2). */
  internet_facing: number;
  /** Strengthened monitoring of illicit traffic is in place. */
  monitored: number;
  /** Traffic from Internet-facing segments must pass 無害化通信 (R-C4). */
  sanitized_only: number;
  /** Work here needs dedicated terminals (R-C1). */
  dedicated_terminals: number;
  clause_path: string | null;
  notes: string | null;
}

export interface InformationSystemsTable extends Stamped {
  name: string;
  segment_id: string | null;
  owner_unit_id: string | null;
  administrator_user_id: string | null;
  /** Sign-in needs several factors (R-D9). */
  mfa: number;
  dedicated_terminals: number;
  description: string | null;
}

export interface SystemConnectionsTable extends Stamped {
  from_system_id: string;
  to_system_id: string;
  /** normal | sanitized (無害化通信) | screen_transfer | file_transfer */
  kind: string;
  purpose: string | null;
}

export interface SystemChangesTable extends Stamped {
  system_id: string;
  changed_on: string;
  what: string;
  why: string | null;
  approved_by: string | null;
}

export interface EquipmentTable extends Stamped {
  name: string;
  /** server | network | terminal | other */
  kind: string;
  asset_number: string | null;
  segment_id: string | null;
  system_id: string | null;
  location: string | null;
  fixed: number;
  locked_rack: number;
  raid: number;
  ups: number;
  surge_protection: number;
  maintenance_interval_days: number | null;
  notes: string | null;
}

export interface EquipmentMaintenanceTable extends Stamped {
  equipment_id: string;
  performed_on: string;
  performed_by: string | null;
  description: string;
}

export interface ExternalLinesTable extends Stamped {
  name: string;
  carrier: string | null;
  purpose: string | null;
  segment_id: string | null;
  documents: string | null;
  approved_by: string | null;
  approved_on: string | null;
  notes: string | null;
}

export interface SystemsTables {
  network_segments: NetworkSegmentsTable;
  information_systems: InformationSystemsTable;
  system_connections: SystemConnectionsTable;
  system_changes: SystemChangesTable;
  equipment: EquipmentTable;
  equipment_maintenance: EquipmentMaintenanceTable;
  external_lines: ExternalLinesTable;
}
