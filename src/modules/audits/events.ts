/** Audit-log events of the audits module. */
declare module '../audit/catalogue.ts' {
  interface AuditEventMap {
    'audits.plan_created': {
      kind: string;
      auditType: string;
      fiscalYear: number;
      scopeUnits: string[];
      scopeSystems: string[];
      auditorIds: string[];
      orderedBy: string | null;
    };
    'audits.auditor_added': { planId: string; userId: string };
    'audits.started': { planId: string };
    'audits.finding_added': {
      planId: string;
      severity: string;
      clausePath: string | null;
      unitId: string | null;
    };
    'audits.finding_responded': { findingId: string };
    'audits.finding_followed_up': { findingId: string; closed: boolean };
    'audits.reported': { planId: string; findings: number };
    'audits.plan_closed': { planId: string };
  }
}

export {};
