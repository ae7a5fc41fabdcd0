/** Audit events of incidents, failures, log reviews, violations, compliance checks and the plan. */
declare module '../audit/catalogue.ts' {
  interface AuditEventMap {
    'incidents.settings_changed': { before: unknown; after: unknown };
    'incidents.type_saved': { key: string; name: string; steps: number };
    'incidents.reported': {
      title: string;
      type: string;
      source: string;
      personalInfo: string;
      reporterId: string;
    };
    'incidents.step_notified': { incidentId: string; position: number; label: string; holders: string[] };
    'incidents.step_acknowledged': { incidentId: string; position: number; label: string };
    'incidents.step_escalated': { incidentId: string; position: number; label: string; waitedHours: number };
    'incidents.minor_judged': { incidentId: string; minor: boolean; reason: string; skipped: string[] };
    'incidents.note_added': { kind: string; text: string };
    'incidents.evidence_added': { fileName: string; sha256: string; size: number };
    'incidents.action_added': {
      kind: string;
      description: string;
      ownerId: string | null;
      dueDate: string | null;
    };
    'incidents.action_completed': { incidentId: string; status: string; note: string | null };
    'incidents.contact_recorded': { party: string; partyName: string; reportKind: string; sentAt: string };
    'incidents.closed': { openActionsAccepted: number; note: string | null };
    'failures.recorded': { systemName: string; event: string };
    'failures.updated': { status: string; result: string | null };
    'log_reviews.recorded': { periodFrom: string; periodTo: string; target: string; result: string };
    'violations.reported': { subjectUserId: string | null; clausePath: string | null };
    'violations.decided': { decision: string; measures: string | null; suspend: boolean };
    'violations.access_suspended': { userId: string; loginId: string; sessionsEnded: number };
    'violations.head_notified': { recipients: string[] };
    'violations.access_reinstated': {
      violationId: string;
      userId: string;
      loginId: string;
      reason: string;
      accountReactivated: boolean;
      headNotified: string[];
    };
    'incidents.report_printed': { format: string };
    'incidents.exported': { format: string; count: number };
    'compliance.recorded': { scope: string; result: string; routedTo: string[] };
    'compliance.acknowledged': { checkId: string };
    'emergency_plan.saved': { version: number; missing: string[] };
    'emergency_plan.bcp_checked': { version: number; bcpTitle: string; note: string | null };
    'emergency_plan.review_triggered': { reason: string; reviewDue: string };
  }
}

export {};
