/** Audit-log events of imports: one per import, whatever the register. */
declare module '../audit/catalogue.ts' {
  interface AuditEventMap {
    'imports.completed': {
      register: string;
      fileName: string;
      sha256: string;
      sheet: string;
      rows: number;
      created: number;
      updated: number;
      /** field key → heading text, as remembered for next time. */
      mapping: Record<string, string>;
      detail?: Record<string, unknown>;
    };
  }
}

export {};
