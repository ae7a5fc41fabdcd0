/** Row types of directory sign-in (LDAP / Active Directory, OpenID Connect) and staff sync. */
export interface DirectorySettingsTable {
  organization_id: string;
  /** JSON: DirectoryConfig without secrets (see settings.ts). */
  config: string;
  /** The LDAP service account's password, sealed with the server key; never returned. */
  bind_password_enc: string | null;
  /** The OpenID Connect client secret, sealed with the server key; never returned. */
  client_secret_enc: string | null;
  /** When the scheduled sync runs next (null while it is off). */
  next_sync_at: string | null;
  updated_at: string;
}

export interface DirectoryAccountsTable {
  /** The mamori person this link belongs to. */
  user_id: string;
  organization_id: string;
  /** 'ldap' | 'oidc': who checks this person's sign-in; 'local': kept local on purpose (break-glass). */
  source: 'ldap' | 'oidc' | 'local';
  /** A stable id from the directory (entryUUID, objectGUID, oid, sub); null for 'local'. */
  external_id: string | null;
  /** The entry's DN (LDAP). */
  dn: string | null;
  /** What the person types at the directory (uid, sAMAccountName). */
  directory_login: string | null;
  /** JSON array of group DNs seen at the last sign-in or sync. */
  groups: string;
  /** 1 when a sync suspended the person as a leaver (so a sync may bring them back). */
  suspended_by_sync: number;
  last_seen_at: string | null;
  created_at: string;
}

export interface DirectoryOidcLoginsTable {
  /** SHA-256 of the browser-binding cookie. */
  id: string;
  organization_id: string;
  state: string;
  nonce: string;
  /** PKCE code verifier, sealed with the server key. */
  verifier_enc: string;
  expires_at: string;
  created_at: string;
}

export interface DirectorySyncRunsTable {
  id: string;
  organization_id: string;
  /** 'preview' (dry run) | 'manual' | 'scheduled' */
  kind: string;
  /** 'preview' | 'applied' | 'held' (too many leavers: needs a person) | 'failed' | 'expired' */
  status: string;
  /** JSON: SyncPlan. */
  plan: string;
  /** JSON: what applying did, or null. */
  result: string | null;
  error: string | null;
  started_by: string | null;
  created_at: string;
  applied_at: string | null;
}

export interface DirectoryReviewsTable {
  id: string;
  organization_id: string;
  user_id: string;
  /** 'post_changed' (roles may need to follow the new post) | 'role_grant' | 'role_end' */
  kind: string;
  /** JSON: before/after post, or group and role of a proposal. */
  detail: string;
  /** 'open' | 'approved' | 'rejected' */
  status: string;
  run_id: string | null;
  created_at: string;
  decided_by: string | null;
  decided_at: string | null;
}

export interface DirectoryTables {
  directory_settings: DirectorySettingsTable;
  directory_accounts: DirectoryAccountsTable;
  directory_oidc_logins: DirectoryOidcLoginsTable;
  directory_sync_runs: DirectorySyncRunsTable;
  directory_reviews: DirectoryReviewsTable;
}
