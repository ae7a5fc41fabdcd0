/** Audit events of notifications. */
declare module '../audit/catalogue.ts' {
  interface AuditEventMap {
    'notifications.read': { count: number };
  }
}

export {};
