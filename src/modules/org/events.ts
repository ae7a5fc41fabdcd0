/** Audit events of the organization module. */
declare module '../audit/catalogue.ts' {
  interface AuditEventMap {
    'org.organization_created': { code: string; name: string; kind: string };
    'org.organization_removed': { code: string; name: string; people: number };
    'org.samples_created': { codes: string[] };
    'org.founder_granted': { role: string; to: string; functions: string[] };
    'org.setup_handed_over': { role: string; to: string; from: string[] };
    'org.settings_changed': { before: unknown; after: unknown };
    'org.unit_created': { name: string; kind: string; parentId: string | null };
    'org.role_created': { name: string; tier: number; post: string | null; clausePath: string | null };
    'org.role_functions_set': { role: string; before: string[]; after: string[] };
    'org.user_created': { loginId: string; displayName: string; post: string | null };
    'org.role_assigned': { role: string; loginId: string; unitId: string | null; acting: boolean };
    'org.unit_renamed': { before: string; after: string; kind: string };
    'org.unit_moved': { name: string; fromParentId: string | null; toParentId: string | null };
    'org.unit_deactivated': { name: string };
    'org.user_updated': { loginId: string; changes: Record<string, { before: unknown; after: unknown }> };
    'org.user_status_changed': { loginId: string; before: string; after: string; reason: string | null };
    'org.role_updated': { role: string; changes: Record<string, { before: unknown; after: unknown }> };
    'org.assignment_ended': { role: string; loginId: string; unitId: string | null; reason: string };
    'org.appointment_recorded': {
      role: string;
      loginId: string;
      appointedBy: string | null;
      appointedOn: string;
      unitId: string | null;
      scope: string | null;
    };
    'org.committee_created': { name: string; chairPost: string | null; secretariatUnitId: string | null };
    'org.committee_updated': { name: string; changes: Record<string, { before: unknown; after: unknown }> };
    'org.committee_members_set': { committee: string; before: number; after: number };
    'org.committee_meeting_recorded': { committee: string; heldOn: string; agenda: string };
    'org.notice_sent': { title: string; audience: string; unitIds: string[] };
    'org.notice_read': { title: string };
    'org.transfer_recorded': {
      loginId: string;
      kind: string;
      effectiveOn: string;
      toUnitId: string | null;
      newPost: string | null;
    };
    'org.transfer_applied': {
      loginId: string;
      kind: string;
      effectiveOn: string;
      endedAssignments: string[];
      sessionsEnded: number;
      toReturn: number;
    };
    'org.access_review_started': { lines: number };
    'org.access_review_decided': { loginId: string; role: string; decision: string };
    'org.access_review_completed': { confirmed: number; ended: number };
    'org.approval_self_granted': { role: string; functions: string[]; how: string; rule: string };
    'org.self_grant_refused': { how: string };
    'org.login_id_refused': { loginIds: string[]; count: number; via: string };
    'org.login_id_checks_locked': { minutes: number; via: string };
  }
}

export {};
