/** Audit events of "my work". */
declare module '../audit/catalogue.ts' {
  interface AuditEventMap {
    'mywork.digest_set': { enabled: boolean };
    'mywork.digest_sent': { date: string; people: number };
  }
}

export {};
