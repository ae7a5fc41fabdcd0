/** Audit events of "my work". */
declare module '../audit/catalogue.ts' {
  interface AuditEventMap {
    'mywork.digest_set': {
      enabled: boolean;
      hour: number;
      before: { enabled: boolean; hour: number };
    };
    'mywork.digest_sent': { date: string; people: number };
  }
}

export {};
