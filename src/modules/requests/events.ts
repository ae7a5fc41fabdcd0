/** Audit events of requests and approvals. Field names are read by auditors: do not rename. */
declare module '../audit/catalogue.ts' {
  interface AuditEventMap {
    'requests.type_created': {
      code: string;
      name: string;
      source: string;
      clausePath: string | null;
      chain: unknown;
    };
    'requests.type_updated': { code: string; before: unknown; after: unknown };
    'requests.submitted': {
      code: string;
      /** 受付番号 as written in Japanese (令和8年度第12号), with its 年度 and serial (0430 on). */
      reference?: string;
      fiscalYear?: number;
      serial?: number;
      assetId: string | null;
      assetClass: string | null;
      approvalRequired: boolean;
      clausePath: string | null;
      /** The clause of the body's policy that exempts the asset's class (approval not required). */
      exemptBy?: string | null;
    };
    'requests.decided': {
      code: string;
      step: number;
      decision: string;
      function: string;
      acting: boolean;
      comment: string | null;
    };
    /** `approvers`: who granted it; empty only with `exemptBy`, the clause of the body's policy exempting it. */
    'requests.approved': { code: string; steps: number; approvers?: string[]; exemptBy?: string | null };
    'requests.rejected': { code: string; step: number };
    'requests.withdrawn': { code: string };
    'requests.returned': { code: string; returnedAt: string; dueOn: string | null; late: boolean };
    'requests.confirmed': { code: string; count: number; required: number };
    'requests.closed': { code: string };
    'requests.record_written': { kind: string; requestId: string };
    'requests.record_layout_set': {
      kind: string;
      before: { title: string | null; columns: { key: string; heading: string }[]; stamps: string[] } | null;
      after: { title: string | null; columns: { key: string; heading: string }[]; stamps: string[] } | null;
    };
    'requests.reminded': { code: string; kind: 'due_soon' | 'overdue'; dueOn: string; today: string };
    'requests.escalated': { code: string; step: number; notified: number };
  }
}

export {};
