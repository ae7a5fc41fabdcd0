/** Audit-log events of the training module. */
declare module '../audit/catalogue.ts' {
  interface AuditEventMap {
    'training.plan_created': {
      fiscalYear: number;
      title: string;
      organizer: string | null;
      audience: string;
    };
    'training.session_added': { planId: string; heldOn: string };
    'training.attendance_recorded': { sessionId: string; source: string; attended: number; absent: number };
    'training.checked': { planId: string; completed: number; total: number; note: string };
    'training.reminded': { planId: string; people: number };
  }
}

export {};
