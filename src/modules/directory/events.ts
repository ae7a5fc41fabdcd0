/** Audit events of directory sign-in and sync: never a password, secret, token or code in any field. */
declare module '../audit/catalogue.ts' {
  interface AuditEventMap {
    'directory.settings_changed': { before: unknown; after: unknown; secretsChanged: string[] };
    'directory.sign_in_failed': { loginId: string; source: 'ldap' | 'oidc'; reason: string };
    'directory.account_created': {
      loginId: string;
      source: 'ldap' | 'oidc';
      how: 'sign_in' | 'sync';
      unit: string | null;
      post: string | null;
    };
    'directory.account_linked': { loginId: string; source: 'ldap' | 'oidc'; how: 'sign_in' | 'sync' };
    'directory.account_local': { loginId: string; local: boolean };
    'directory.sync_previewed': { runId: string; counts: Record<string, number> };
    'directory.sync_applied': { runId: string; kind: string; counts: Record<string, number> };
    'directory.sync_held': { runId: string; suspensions: number; accounts: number; maxPercent: number };
    'directory.sync_failed': { runId: string | null; kind: string; reason: string };
    'directory.leaver_suspended': { loginId: string; sessionsEnded: number; toReturn: number };
    'directory.leaver_reactivated': { loginId: string };
    'directory.review_opened': { loginId: string; kind: string; detail: unknown };
    'directory.review_decided': { loginId: string; kind: string; decision: string };
  }
}

export {};
