/** Audit events of the organization module. */
declare module '../audit/catalogue.ts' {
  interface AuditEventMap {
    'org.organization_created': { code: string; name: string; kind: string };
    'org.settings_changed': { before: unknown; after: unknown };
    'org.unit_created': { name: string; kind: string; parentId: string | null };
    'org.role_created': { name: string; tier: number; post: string | null; clausePath: string | null };
    'org.role_functions_set': { role: string; before: string[]; after: string[] };
    'org.user_created': { loginId: string; displayName: string; post: string | null };
    'org.role_assigned': { role: string; loginId: string; unitId: string | null; acting: boolean };
  }
}

export {};
