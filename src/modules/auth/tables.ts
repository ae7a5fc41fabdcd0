/** Row types of the sign-in module: passwords, factors, sessions and throttling. */
export interface PasswordsTable {
  user_id: string;
  organization_id: string;
  hash: string;
  must_change: number;
  changed_at: string;
}

export interface TotpFactorsTable {
  user_id: string;
  organization_id: string;
  /** Base32 secret, encrypted at rest with the server key. */
  secret_enc: string;
  confirmed: number;
  /** Last accepted time step, so a code cannot be replayed. */
  last_step: number;
  created_at: string;
}

export interface WebauthnCredentialsTable {
  id: string;
  organization_id: string;
  user_id: string;
  /** Credential id, base64url. */
  credential_id: string;
  public_key: string;
  counter: number;
  transports: string | null;
  label: string;
  created_at: string;
}

export interface RecoveryCodesTable {
  id: string;
  organization_id: string;
  user_id: string;
  code_hash: string;
  used_at: string | null;
}

export interface SessionsTable {
  /** SHA-256 of the session token; the token itself is never stored. */
  id: string;
  organization_id: string;
  user_id: string;
  /** 'password_change' | 'mfa' | 'enroll' | 'full' */
  stage: string;
  /** When this session verified or enrolled a second factor (null: not yet). */
  factor_at: string | null;
  /** When the person last re-entered their password in this session (factor changes need it). */
  reauth_at: string | null;
  /**
   * When this session's sign-in proved the account's local password (null: another method). A forced
   * change at first sign-in relies on it instead of asking for the one-time password again.
   */
  password_at: string | null;
  csrf_token: string;
  /** Pending WebAuthn challenge. */
  challenge: string | null;
  /** The organization a system administrator is currently viewing. */
  acting_organization_id: string | null;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  idle_seconds: number;
  client_ip: string | null;
  user_agent: string | null;
}

export interface LoginThrottleTable {
  /** 'user:<id>' or 'ip:<address>' */
  key: string;
  failures: number;
  window_start: string;
  locked_until: string | null;
}

export interface AuthTables {
  passwords: PasswordsTable;
  totp_factors: TotpFactorsTable;
  webauthn_credentials: WebauthnCredentialsTable;
  recovery_codes: RecoveryCodesTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
}
