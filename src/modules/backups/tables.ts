/** One backup: scheduled, asked for by an administrator, or taken before migrations; kept as history. */
export interface BackupRunsTable {
  id: string;
  kind: 'scheduled' | 'manual' | 'before_migration';
  status: 'ok' | 'failed';
  started_at: string;
  finished_at: string;
  /** The backup file's full path (none when it failed before one was written). */
  file: string | null;
  bytes: number | null;
  /** Audit events whose chains were checked in the written file. */
  audit_events: number | null;
  /** Organizations whose audit logs were exported, signed, beside it. */
  audit_exports: number | null;
  /** Old scheduled backups deleted by the retention rule after this one. */
  pruned: number | null;
  error: string | null;
  /** The host that took it (several instances share one PostgreSQL). */
  host: string;
}

export interface BackupTables {
  backup_runs: BackupRunsTable;
}
