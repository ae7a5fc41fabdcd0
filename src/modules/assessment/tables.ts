/** Row types of the self-assessment (自己点検) module and of vendor reviews. */

export type Answer = 'done' | 'partial' | 'not_done' | 'na';

export interface AssessmentCampaignsTable {
  id: string;
  organization_id: string;
  /** 年度 (April–March). */
  fiscal_year: number;
  title: string;
  /** yearly | adhoc */
  kind: string;
  policy_version_id: string | null;
  /** How staff-term items (職員/職員等) are addressed: all | sample. */
  staff_mode: string;
  sample_size: number | null;
  due_on: string | null;
  /** draft | open | closed */
  status: string;
  /** The org notice that sent the compiled results to staff (read receipts there). */
  notice_id: string | null;
  created_by: string | null;
  created_at: string;
  launched_at: string | null;
  closed_at: string | null;
}

export interface AssessmentItemsTable {
  id: string;
  organization_id: string;
  campaign_id: string;
  seq: number;
  /** Policy area id from the gap outline (physical, human, …) or 'other'. */
  area: string;
  clause_path: string | null;
  /** The obligation sentence the item was derived from. */
  source_text: string | null;
  question: string;
  /** roles | staff | owner | default */
  respondent_kind: string;
  /** JSON string[]: role ids addressed. */
  role_ids: string;
  /** JSON string[]: for owner items, the owning units the role holders answer for. */
  unit_ids: string;
  /** policy | manual */
  source: string;
  created_at: string;
}

export interface AssessmentResponsesTable {
  id: string;
  organization_id: string;
  campaign_id: string;
  item_id: string;
  user_id: string;
  unit_id: string | null;
  role_id: string | null;
  answer: Answer | null;
  comment: string | null;
  answered_at: string | null;
  last_reminded_on: string | null;
  escalated_at: string | null;
}

export interface AssessmentEvidenceTable {
  id: string;
  organization_id: string;
  response_id: string;
  file_name: string;
  content_type: string;
  size: number;
  sha256: string;
  /** base64, kept in the database with the record it proves. */
  content: string;
  added_by: string | null;
  created_at: string;
}

export interface AssessmentMeasuresTable {
  id: string;
  organization_id: string;
  campaign_id: string;
  item_id: string | null;
  title: string;
  owner_user_id: string;
  due_on: string;
  /** open | closed */
  status: string;
  result: string | null;
  closed_at: string | null;
  created_at: string;
}

/** Check items accepted from a policy import's proposals: their wording overrides the generated one. */
export interface AssessmentCatalogueTable {
  id: string;
  organization_id: string;
  policy_version_id: string;
  key: string;
  clause_path: string | null;
  area: string;
  question: string;
  created_at: string;
}

export interface VendorReviewsTable {
  id: string;
  organization_id: string;
  vendor_id: string;
  contract_id: string | null;
  /** periodic | end_of_contract */
  kind: string;
  reviewed_on: string;
  /** JSON: { text, ok, note }[] — the contract's clause checklist as found, or the end-of-contract list. */
  checklist: string;
  /** ok | issues */
  result: string;
  summary: string;
  next_review_on: string | null;
  reviewed_by: string | null;
  created_at: string;
}

export interface VendorReviewRemindersTable {
  organization_id: string;
  contract_id: string;
  reminded_for: string;
  reminded_at: string;
}

/**
 * A respondent's answers typed but not yet submitted, kept per person and campaign so that another device
 * finds them. A working copy, not a record: written without an audit event, removed once submitted.
 */
export interface AssessmentDraftsTable {
  organization_id: string;
  user_id: string;
  campaign_id: string;
  /** JSON: { responseId, answer, comment }[] */
  answers: string;
  saved_at: string;
}

export interface AssessmentTables {
  assessment_drafts: AssessmentDraftsTable;
  assessment_campaigns: AssessmentCampaignsTable;
  assessment_items: AssessmentItemsTable;
  assessment_responses: AssessmentResponsesTable;
  assessment_evidence: AssessmentEvidenceTable;
  assessment_measures: AssessmentMeasuresTable;
  assessment_catalogue: AssessmentCatalogueTable;
  vendor_reviews: VendorReviewsTable;
  vendor_review_reminders: VendorReviewRemindersTable;
}
