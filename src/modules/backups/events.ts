/** Audit events of backups, recorded in the hosting administrators' organization. */
declare module '../audit/catalogue.ts' {
  interface AuditEventMap {
    'backups.completed': {
      kind: string;
      file: string;
      bytes: number;
      auditEvents: number;
      auditExports: number;
      pruned: number;
      migrations?: string[];
    };
    'backups.failed': { kind: string; error: string };
    'backups.requested': Record<string, never>;
  }
}

export {};
