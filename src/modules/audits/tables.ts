/** Row types of the audits module (情報セキュリティ監査, R-I3, R-I4). */

export interface AuditPlansTable {
  id: string;
  organization_id: string;
  /** multi_year | yearly | special */
  kind: string;
  /** internal | external */
  audit_type: string;
  title: string;
  /** First 年度 covered; multi-year plans also set to_year. */
  fiscal_year: number;
  to_year: number | null;
  /** The multi-year plan a yearly plan implements. */
  parent_id: string | null;
  purpose: string;
  /** JSON string[]: unit ids (対象課). */
  scope_units: string;
  /** JSON string[]: information system ids (対象システム). */
  scope_systems: string;
  /** 時期, free text such as 令和8年10月〜11月. */
  timing: string;
  /** 体制: who carries it out (the auditors are in audit_auditors). */
  structure: string;
  /** 監査基準. */
  criteria: string;
  /** External auditor organization, for external audits. */
  auditor_org: string | null;
  /** For special audits: the person who ordered it. */
  ordered_by: string | null;
  /** planned | in_progress | reported | closed */
  status: string;
  created_by: string | null;
  created_at: string;
  reported_at: string | null;
}

export interface AuditAuditorsTable {
  id: string;
  organization_id: string;
  plan_id: string;
  user_id: string;
  lead: number;
  created_at: string;
}

export interface AuditFindingsTable {
  id: string;
  organization_id: string;
  plan_id: string;
  /** high | medium | low | observation */
  severity: string;
  clause_path: string | null;
  unit_id: string | null;
  system_id: string | null;
  title: string;
  detail: string;
  /** open | responded | closed */
  status: string;
  due_on: string | null;
  created_by: string | null;
  created_at: string;
  closed_at: string | null;
  closed_by: string | null;
}

export interface AuditFindingResponsesTable {
  id: string;
  organization_id: string;
  finding_id: string;
  /** response (the audited unit's) | follow_up (the auditor's check) */
  kind: string;
  body: string;
  by_user: string | null;
  created_at: string;
}

export interface AuditsTables {
  audit_plans: AuditPlansTable;
  audit_auditors: AuditAuditorsTable;
  audit_findings: AuditFindingsTable;
  audit_finding_responses: AuditFindingResponsesTable;
}
