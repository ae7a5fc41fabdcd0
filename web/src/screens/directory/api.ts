import { api, request } from '../../api/client.ts';

/** Calls of the directory screens. */
export const dirApi = {
  get: api.get,
  post: api.post,
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
};

export interface Ldap {
  enabled: boolean;
  url: string;
  startTls: boolean;
  allowPlain: boolean;
  caCertificate: string | null;
  bindDn: string;
  baseDn: string;
  userFilter: string;
  loginAttributes: string[];
  loginIdAttribute: string;
  idAttribute: string;
  nameAttribute: string;
  emailAttribute: string;
  unitFrom: string;
  postAttribute: string;
  requiredGroup: string | null;
  groupCheck: 'memberOf' | 'member';
  createOnSignIn: boolean;
  createUnits: boolean;
  timeoutSeconds: number;
  sync: { enabled: boolean; intervalMinutes: number; suspendLeavers: boolean; maxSuspendPercent: number };
  groupRoles: { group: string; roleId: string; unitScoped: boolean }[];
}

export interface Oidc {
  enabled: boolean;
  label: string;
  issuer: string;
  clientId: string;
  scopes: string;
  claims: { loginId: string; externalId: string; displayName: string; email: string; unit: string | null };
  createOnSignIn: boolean;
  linkByLoginId: boolean;
  allowInsecureHttp: boolean;
  secondFactor: 'mamori' | 'provider_mfa';
  mfaAmr: string[];
  mfaAcr: string[];
  requestAcr: boolean;
}

export interface DirectorySettings {
  loginIdSuffix: string;
  ldap: Ldap;
  oidc: Oidc;
  secrets: { bindPassword: boolean; clientSecret: boolean };
  nextSyncAt: string | null;
  redirectUri: string;
}
