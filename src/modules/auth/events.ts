/** Audit events of sign-in: never a password, secret, code or session id in any field. */
declare module '../audit/catalogue.ts' {
  interface AuditEventMap {
    'accounts.signed_in': {
      method: 'password' | 'totp' | 'webauthn' | 'recovery_code' | 'ldap' | 'oidc';
      stage: string;
    };
    'accounts.sign_in_failed': { loginId: string; reason: 'bad_credentials' | 'locked' | 'bad_code' };
    /** One per lockout period; `kind` says what was guessed (attempts during the lock are only counted). */
    'accounts.locked_out': { loginId: string; minutes: number; kind?: 'password' | 'factor' };
    /** A wrong current password given by a signed-in person (changing the password, re-authenticating). */
    'accounts.password_check_failed': { purpose: 'password_change' | 'reauthenticate' };
    'accounts.signed_out': { everywhere: boolean; sessions: number };
    'accounts.password_changed': { forced: boolean };
    'accounts.password_set': { loginId: string; mustChange: boolean };
    'accounts.totp_enrolled': Record<string, never>;
    'accounts.totp_removed': Record<string, never>;
    'accounts.webauthn_added': { label: string };
    'accounts.webauthn_removed': { label: string };
    'accounts.recovery_codes_issued': { count: number };
    'accounts.organization_switched': { to: string };
  }
}

export {};
