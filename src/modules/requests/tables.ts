/** Row types of requests, approvals and the registers they fill. */
export interface RequestTypesTable {
  id: string;
  organization_id: string;
  code: string;
  name_ja: string;
  name_en: string;
  topic: string | null;
  /** JSON: TypeDefinition (fields, levels, chain, return, confirmations, escalation). */
  definition: string;
  record_kind: string | null;
  clause_path: string | null;
  /** 'catalogue' | 'policy' | 'manual' */
  source: string;
  catalogue_key: string | null;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface RequestsTable {
  id: string;
  organization_id: string;
  type_id: string;
  type_code: string;
  requester_id: string;
  unit_id: string | null;
  asset_id: string | null;
  /** The asset's class when the request was filed, frozen (later reclassification does not change it). */
  asset_class: string | null;
  approval_required: number;
  /** 'pending' | 'approved' | 'rejected' | 'withdrawn' | 'returned' | 'closed' */
  status: string;
  current_step: number;
  /** Whom it waits for (`waiting.ts`): the current step's holders or the confirmers; null when nobody. */
  waiting_key: string | null;
  /** Bumped by every state change; decisions update only the version they read (one of two concurrent wins). */
  version: number;
  /** JSON: the form values. */
  field_values: string;
  /** JSON: the type's definition when filed (editing a type later does not change running requests). */
  definition: string;
  clause_path: string | null;
  due_on: string | null;
  returned_at: string | null;
  step_started_at: string;
  escalated_step: number | null;
  last_reminder_on: string | null;
  submitted_at: string;
  decided_at: string | null;
  closed_at: string | null;
  /** 受付番号: the 年度 (April to March, JST) it was filed in and its serial in that year, per organization. */
  fiscal_year: number | null;
  serial: number | null;
}

/** The last 受付番号 given in each 年度 of an organization; the next request takes the one after it. */
export interface RequestSerialsTable {
  organization_id: string;
  fiscal_year: number;
  last_serial: number;
}

export interface RequestDecisionsTable {
  id: string;
  organization_id: string;
  request_id: string;
  step: number;
  user_id: string;
  user_label: string;
  function_key: string;
  acting: number;
  decision: 'approve' | 'reject';
  comment: string | null;
  decided_at: string;
}

export interface RequestConfirmationsTable {
  id: string;
  organization_id: string;
  request_id: string;
  user_id: string;
  user_label: string;
  note: string | null;
  confirmed_at: string;
}

/** One register entry (持出し記録, 廃棄記録, …): common columns plus the kind's own fields as JSON. */
export interface RequestRecordsTable {
  id: string;
  organization_id: string;
  request_id: string;
  kind: string;
  occurred_on: string;
  person_id: string;
  person_label: string;
  unit_name: string | null;
  asset_id: string | null;
  asset_class: string | null;
  approvers: string | null;
  approved_on: string | null;
  due_on: string | null;
  returned_at: string | null;
  confirmers: string | null;
  /** JSON: [{ key, label, value }] of the request form. */
  fields: string;
  created_at: string;
}

/** A body's own layout of one 記録簿 (0410). */
export interface RecordLayoutsTable {
  organization_id: string;
  kind: string;
  /** The book's title as the body prints it; null keeps the default. */
  title: string | null;
  /** JSON: [{ key, heading }] in print order. */
  columns: string;
  /** JSON: string[]: the sign-off boxes (確認, 責任者, …). */
  stamps: string;
  updated_by: string | null;
  updated_at: string;
}

export interface RequestTables {
  request_types: RequestTypesTable;
  requests: RequestsTable;
  request_decisions: RequestDecisionsTable;
  request_confirmations: RequestConfirmationsTable;
  request_records: RequestRecordsTable;
  record_layouts: RecordLayoutsTable;
  request_serials: RequestSerialsTable;
}
