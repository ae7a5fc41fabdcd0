/** Row types of incidents, failures, log reviews, violations, compliance checks and the emergency plan. */

/** Per-organization incident settings: the chain, the head of the body, statutory clocks, log retention. */
export interface IncidentSettingsTable {
  organization_id: string;
  /** JSON: ChainStepConfig[] */
  chain: string;
  /** JSON: HeadRecipient | null */
  head: string;
  prompt_report_days: number;
  final_report_days: number;
  final_report_days_unauthorized: number;
  log_retention_days: number;
  updated_at: string;
}

export interface IncidentTypesTable {
  id: string;
  organization_id: string;
  key: string;
  name_ja: string;
  name_en: string;
  /** JSON: string[] — the checklist shown to reporters and handlers. */
  steps: string;
  clause_path: string | null;
  /** 1 when the cause is unauthorized access (longer 確報 clock). */
  unauthorized_access: number;
  /** Key of the emergency-plan section that applies. */
  plan_section: string | null;
  created_at: string;
}

export interface IncidentsTable {
  id: string;
  organization_id: string;
  title: string;
  description: string;
  type_id: string;
  found_at: string;
  occurred_at: string | null;
  reporter_id: string;
  /** 'staff' | 'citizen' | 'vendor' | 'other' */
  source: string;
  source_detail: string | null;
  unit_id: string | null;
  /** 'yes' | 'no' | 'unknown' */
  personal_info: string;
  /** null until judged; 1 minor (軽微), 0 not minor. */
  minor: number | null;
  minor_reason: string | null;
  /** 'open' | 'closed' */
  status: string;
  /** JSON string arrays of linked register ids and policy clause paths. */
  asset_ids: string;
  system_ids: string;
  vendor_ids: string;
  clause_paths: string;
  cause: string | null;
  closed_at: string | null;
  closed_by: string | null;
  close_note: string | null;
  created_at: string;
}

export interface IncidentStepsTable {
  id: string;
  organization_id: string;
  incident_id: string;
  position: number;
  /** 'chain' | 'head' */
  kind: string;
  function_key: string | null;
  /** Restricts holders of function_key to roles of this tier (null: any tier). */
  tier: number | null;
  role_id: string | null;
  user_id: string | null;
  label: string;
  skippable: number;
  timeout_hours: number;
  /** 'pending' | 'waiting' | 'acknowledged' | 'escalated' | 'skipped' */
  status: string;
  notified_at: string | null;
  due_at: string | null;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
  escalated_at: string | null;
  skipped_reason: string | null;
}

export interface IncidentTimelineTable {
  id: string;
  organization_id: string;
  incident_id: string;
  at: string;
  actor_id: string | null;
  actor_label: string | null;
  kind: string;
  text: string;
  /** Insertion order within the incident (null on entries written before 0501). */
  seq: number | null;
}

export interface IncidentEvidenceTable {
  id: string;
  organization_id: string;
  incident_id: string;
  file_name: string;
  content_type: string;
  size: number;
  sha256: string;
  /** base64 of the file: kept in the database so it is covered by backups and append-only triggers. */
  content: string;
  description: string;
  added_by: string;
  created_at: string;
}

export interface IncidentActionsTable {
  id: string;
  organization_id: string;
  incident_id: string;
  /** 'containment' | 'recovery' | 'cause' | 'prevention' */
  kind: string;
  description: string;
  owner_id: string | null;
  due_date: string | null;
  /** 'open' | 'done' | 'accepted' */
  status: string;
  done_at: string | null;
  done_by: string | null;
  note: string | null;
  created_at: string;
}

export interface IncidentContactsTable {
  id: string;
  organization_id: string;
  incident_id: string;
  /** 'police' | 'ppc' (個人情報保護委員会) | 'other' */
  party: string;
  party_name: string;
  /** 'prompt' (速報) | 'final' (確報) | 'other' */
  report_kind: string;
  sent_at: string;
  content: string;
  sent_by: string;
  created_at: string;
}

export interface FailuresTable {
  id: string;
  organization_id: string;
  received_at: string;
  reporter_id: string | null;
  reporter_name: string;
  system_id: string | null;
  system_name: string;
  event: string;
  handling: string | null;
  result: string | null;
  problems: string | null;
  handler_id: string | null;
  /** 'open' | 'resolved' */
  status: string;
  created_at: string;
}

export interface LogReviewsTable {
  id: string;
  organization_id: string;
  period_from: string;
  period_to: string;
  target: string;
  reviewer_id: string;
  reviewed_at: string;
  findings: string;
  /** 'ok' | 'findings' */
  result: string;
  created_at: string;
}

export interface ViolationsTable {
  id: string;
  organization_id: string;
  reported_at: string;
  reporter_id: string;
  subject_user_id: string | null;
  description: string;
  clause_path: string | null;
  decision: string | null;
  measures: string | null;
  decided_by: string | null;
  decided_at: string | null;
  suspended_at: string | null;
  suspended_by: string | null;
  /** JSON: user ids the head-of-body notice went to. */
  head_notified: string | null;
  head_notified_at: string | null;
  reinstated_at: string | null;
  reinstated_by: string | null;
  reinstate_reason: string | null;
  status: string;
  created_at: string;
}

export interface ComplianceChecksTable {
  id: string;
  organization_id: string;
  checked_at: string;
  checker_id: string;
  scope: string;
  findings: string;
  /** 'ok' | 'findings' */
  result: string;
  /** JSON: user ids the findings were routed to. */
  routed_to: string;
  acknowledged_by: string | null;
  acknowledged_at: string | null;
  created_at: string;
}

export interface EmergencyPlansTable {
  id: string;
  organization_id: string;
  version: number;
  title: string;
  /** JSON: { key, title }[] — the sections the plan must contain. */
  required: string;
  /** JSON: { key, title, body }[] */
  sections: string;
  bcp_title: string | null;
  bcp_reference: string | null;
  bcp_checked_at: string | null;
  bcp_checked_by: string | null;
  bcp_note: string | null;
  review_due: string | null;
  created_by: string;
  created_at: string;
}

export interface EmergencyPlanTriggersTable {
  id: string;
  organization_id: string;
  reason: string;
  review_due: string;
  created_by: string;
  created_at: string;
}

export interface IncidentTables {
  incident_settings: IncidentSettingsTable;
  incident_types: IncidentTypesTable;
  incidents: IncidentsTable;
  incident_steps: IncidentStepsTable;
  incident_timeline: IncidentTimelineTable;
  incident_evidence: IncidentEvidenceTable;
  incident_actions: IncidentActionsTable;
  incident_contacts: IncidentContactsTable;
  failures: FailuresTable;
  log_reviews: LogReviewsTable;
  violations: ViolationsTable;
  compliance_checks: ComplianceChecksTable;
  emergency_plans: EmergencyPlansTable;
  emergency_plan_triggers: EmergencyPlanTriggersTable;
}
