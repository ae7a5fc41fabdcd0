/** Row types of the audit log: append-only events and the head of each organization's hash chain. */
import type { ChainedEntry } from './chain.ts';

/** An audit event: the fields its hash covers (`chain.ts`) and the hash itself. */
export interface AuditEventsTable extends ChainedEntry {
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
