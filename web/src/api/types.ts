/** Shapes of the API answers the shell uses. */

export type Stage = 'password_change' | 'mfa' | 'enroll' | 'full';

export interface Session {
  user: { id: string; loginId: string; displayName: string };
  organization: { id: string; code: string; name: string };
  stage: Stage;
  csrfToken: string;
  functions: string[];
  roles: { id: string; name: string }[];
  isSystemAdmin: boolean;
  idleSeconds: number;
}

export interface StageResult {
  stage: Stage;
  recoveryCodes?: string[];
}

export interface TotpSetup {
  secret: string;
  otpauthUri: string;
  qrSvg: string;
}

export interface Factors {
  totp: boolean;
  webauthn: { id: string; label: string; createdAt: string }[];
  recoveryCodesLeft: number;
}

export interface AuditItem {
  id: string;
  seq: number;
  occurredAt: string;
  actorLabel: string | null;
  event: string;
  eventLabel: string;
  targetType: string | null;
  /** The kind of record in words (never the key). */
  targetLabel: string | null;
  targetId: string | null;
  summary: string;
  requestId: string | null;
  clientIp: string | null;
}

export interface AuditPage {
  items: AuditItem[];
  nextCursor: number | string | null;
}

export interface AuditVerify {
  ok: boolean;
  count: number;
  firstBreak?: { organizationId?: string; seq?: number; id?: string; reason?: string } | null;
  /** Set when the log does not match its newest signed checkpoint (rewritten or shortened), in the UI's language. */
  message?: string | null;
}

export interface Organization {
  id: string;
  code: string;
  name: string;
  kind?: string;
  /** A sample organization (set up from a sample policy; removable). */
  sample?: boolean;
}
