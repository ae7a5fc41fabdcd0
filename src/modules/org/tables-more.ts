/** Row types added in 0120: appointments, committees, notices, transfers and access reviews. */
export interface AppointmentsTable {
  id: string;
  organization_id: string;
  role_id: string;
  user_id: string;
  /** The role assignment the appointment created. */
  assignment_id: string;
  /** Who designated the person (a user of the same organization), or null when recorded by the system. */
  appointed_by: string | null;
  appointed_on: string;
  unit_id: string | null;
  /** Systems or units covered, free text until a systems register exists. */
  scope: string | null;
  duties: string | null;
  created_at: string;
}

export interface CommitteesTable {
  id: string;
  organization_id: string;
  name: string;
  purpose: string | null;
  duties: string | null;
  chair_user_id: string | null;
  chair_post: string | null;
  secretariat_unit_id: string | null;
  clause_path: string | null;
  created_at: string;
}

export interface CommitteeMembersTable {
  id: string;
  organization_id: string;
  committee_id: string;
  user_id: string | null;
  /** 部 / 課 / 職 columns as the policy's 別表 lists them. */
  dept: string | null;
  section: string | null;
  post: string | null;
  sort_order: number;
}

export interface CommitteeMeetingsTable {
  id: string;
  organization_id: string;
  committee_id: string;
  held_on: string;
  agenda: string;
  minutes: string | null;
  created_at: string;
}

export interface NoticesTable {
  id: string;
  organization_id: string;
  title: string;
  body: string;
  /** 'all' or 'units' (then unit_ids holds a JSON array, descendants included). */
  audience: 'all' | 'units';
  unit_ids: string;
  sender_id: string | null;
  created_at: string;
}

export interface NoticeReadsTable {
  notice_id: string;
  organization_id: string;
  user_id: string;
  read_at: string;
}

export interface TransfersTable {
  id: string;
  organization_id: string;
  user_id: string;
  kind: 'transfer' | 'retirement';
  effective_on: string;
  from_unit_id: string | null;
  to_unit_id: string | null;
  new_post: string | null;
  /** Set when the change took effect; pending until then. */
  applied_at: string | null;
  /** JSON: what was done and what must be returned, filled when applied. */
  outcome: string | null;
  recorded_by: string | null;
  created_at: string;
}

export interface AccessReviewsTable {
  id: string;
  organization_id: string;
  started_by: string | null;
  started_at: string;
  completed_at: string | null;
  note: string | null;
}

export interface AccessReviewLinesTable {
  id: string;
  organization_id: string;
  review_id: string;
  user_id: string;
  assignment_id: string;
  role_name: string;
  unit_id: string | null;
  decision: 'pending' | 'confirmed' | 'ended';
  decided_by: string | null;
  decided_at: string | null;
}

export interface OrgMoreTables {
  appointments: AppointmentsTable;
  committees: CommitteesTable;
  committee_members: CommitteeMembersTable;
  committee_meetings: CommitteeMeetingsTable;
  notices: NoticesTable;
  notice_reads: NoticeReadsTable;
  transfers: TransfersTable;
  access_reviews: AccessReviewsTable;
  access_review_lines: AccessReviewLinesTable;
}
