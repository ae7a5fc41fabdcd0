/** What the server knows about the caller of one request, after the session is read. */
export interface AuthContext {
  sessionId: string;
  stage: 'password_change' | 'mfa' | 'enroll' | 'full';
  csrfToken: string;
  userId: string;
  loginId: string;
  displayName: string;
  /** The user's own organization. */
  homeOrganizationId: string;
  /** The organization the request acts in (a system administrator may switch). */
  organizationId: string;
  /** Role function keys the user holds in organizationId (deny by default: absent means no). */
  functions: Set<string>;
  roleIds: string[];
  unitId: string | null;
  isSystemAdmin: boolean;
  /** When the person last re-entered their password in this session (factor changes need it recent). */
  reauthAt?: string | null;
}
