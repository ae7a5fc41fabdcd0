/** Row types of the audit log: append-only events and the head of each organization's hash chain. */
export interface AuditEventsTable {
  id: string;
  organization_id: string;
  /** Position in the organization's chain, from 1. */
  seq: number;
  occurred_at: string;
  actor_id: string | null;
  actor_label: string | null;
  event: string;
  target_type: string | null;
  target_id: string | null;
  /** JSON: readable before/after summary and typed metadata. */
  data: string;
  request_id: string | null;
  client_ip: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadsTable {
  organization_id: string;
  seq: number;
  hash: string;
}

export interface AuditTables {
  audit_events: AuditEventsTable;
  audit_heads: AuditHeadsTable;
}
