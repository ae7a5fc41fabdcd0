/** Row types of the policy module: documents, versions, their clauses and obligations, decisions, acknowledgements, reviews. */

/** Who may read a document: `public` (any signed-in person, and published), `staff`, `restricted` (policy.manage). */
export type PolicyVisibility = 'public' | 'staff' | 'restricted';
export type PolicyVersionStatus = 'draft' | 'in_force' | 'superseded';
export type ReviewTrigger = 'yearly' | 'audit_result' | 'incident' | 'circumstance_change' | 'other';

export interface PolicyDocumentsTable {
  id: string;
  organization_id: string;
  title: string;
  /** JSON: string[] of kind codes (`document-kinds.ts`) such as ["basic_policy","standards"] or ["procedures"]. */
  kinds: string;
  visibility: PolicyVisibility;
  created_at: string;
  updated_at: string;
}

export interface PolicyVersionsTable {
  id: string;
  organization_id: string;
  document_id: string;
  /** 1, 2, 3 … per document. */
  number: number;
  source_file_name: string | null;
  /** text | docx | pdf | json */
  source_format: string;
  /** The text as extracted from the file: the source of truth (R-P1). */
  text: string;
  /** JSON: PolicyAnalysis. */
  analysis: string;
  /** 制定 date (YYYY-MM-DD). */
  enacted_on: string | null;
  /** 施行 date (YYYY-MM-DD). */
  effective_on: string | null;
  /** JSON: string[] of 改正 dates. */
  amended_on: string;
  warning_count: number;
  status: PolicyVersionStatus;
  imported_by: string | null;
  imported_at: string;
  in_force_at: string | null;
}

export interface PolicyClausesTable {
  id: string;
  organization_id: string;
  version_id: string;
  /** Document order. */
  seq: number;
  path: string;
  depth: number;
  label: string;
  title: string | null;
  text: string;
}

export interface PolicyObligationsTable {
  id: string;
  organization_id: string;
  version_id: string;
  seq: number;
  path: string;
  modality: string;
  /** JSON string[]. */
  actors: string;
  /** JSON string[] or null. */
  approver: string | null;
  /** JSON Record<level, string[]> or null: the approvers chosen by the asset's level. */
  approver_by_level: string | null;
  topic: string | null;
  /** JSON string[] or null. */
  levels: string | null;
  /** JSON string[] or null. */
  list: string | null;
  text: string;
}

export interface PolicyProposalDecisionsTable {
  id: string;
  organization_id: string;
  version_id: string;
  kind: string;
  key: string;
  title: string;
  clause_path: string | null;
  decision: 'accepted' | 'rejected';
  record_type: string | null;
  record_id: string | null;
  decided_by: string | null;
  decided_at: string;
}

export interface PolicyAcknowledgementsTable {
  id: string;
  organization_id: string;
  version_id: string;
  user_id: string;
  acknowledged_at: string;
}

export interface PolicyReviewsTable {
  id: string;
  organization_id: string;
  document_id: string;
  trigger: ReviewTrigger;
  /** 年度 for yearly reviews. */
  fiscal_year: number | null;
  reason: string;
  /** What the review looks at: audit results, self-assessments, incidents, changes (free text). */
  inputs: string;
  /** A record that triggered it (e.g. incident / audit finding), kept as type + id. */
  source_type: string | null;
  source_id: string | null;
  due_on: string | null;
  status: 'open' | 'closed';
  outcome: 'no_change' | 'new_version' | null;
  outcome_reason: string | null;
  new_version_id: string | null;
  opened_by: string | null;
  opened_at: string;
  closed_by: string | null;
  closed_at: string | null;
}

/** A reviewer's correction of what the engine read in one version (applied again on the next version). */
export interface PolicyCorrectionsTable {
  id: string;
  organization_id: string;
  version_id: string;
  /** order in which the version's corrections are applied */
  seq: number;
  /** clause | role | actor | level */
  kind: string;
  /** the clause the correction concerns (as it stood when made), for clause and actor corrections */
  clause_path: string | null;
  /** fingerprint of that clause's own text (corrections.ts `anchorOf`) */
  anchor: string | null;
  /** what is corrected, in words: a role's name, a level, a sentence */
  target: string;
  /** JSON: the PolicyCorrection given to the engine */
  value: string;
  /** the correction of the previous version this one was carried from */
  carried_from: string | null;
  created_by: string | null;
  created_at: string;
}

export interface PolicyTables {
  policy_corrections: PolicyCorrectionsTable;
  policy_documents: PolicyDocumentsTable;
  policy_versions: PolicyVersionsTable;
  policy_clauses: PolicyClausesTable;
  policy_obligations: PolicyObligationsTable;
  policy_proposal_decisions: PolicyProposalDecisionsTable;
  policy_acknowledgements: PolicyAcknowledgementsTable;
  policy_reviews: PolicyReviewsTable;
}
