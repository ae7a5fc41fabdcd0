import { z } from 'zod';

/** An LDAP attribute name (a descriptor such as sAMAccountName or entryUUID). */
const attribute = z
  .string()
  .trim()
  .regex(/^[A-Za-z][A-Za-z0-9-]{0,62}$/);
const dn = z.string().trim().max(500);
/** An LDAP filter written by the administrator: parentheses must balance (the server checks the rest). */
const filter = z
  .string()
  .trim()
  .max(1000)
  .refine((f) => f.startsWith('(') && f.endsWith(')') && balanced(f));

function balanced(f: string): boolean {
  let depth = 0;
  for (let i = 0; i < f.length; i++) {
    if (f[i] === '\\') i += 2;
    else if (f[i] === '(') depth++;
    else if (f[i] === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

export const ldapConfigSchema = z.strictObject({
  enabled: z.boolean().default(false),
  /** ldaps://host:636 or ldap://host:389 (then StartTLS unless the body allows plain LDAP for a test lab). */
  url: z
    .string()
    .trim()
    .max(300)
    .regex(/^(ldaps?:\/\/[A-Za-z0-9.\-[\]:]+(:\d{1,5})?\/?)?$/i)
    .default(''),
  startTls: z.boolean().default(true),
  /** Plain LDAP sends passwords in clear text: allowed only when the body says so (a test lab). */
  allowPlain: z.boolean().default(false),
  /** The CA that signed the directory's certificate (an internal AD CS), PEM; null trusts the system's CAs. */
  caCertificate: z.string().trim().max(20_000).nullable().default(null),
  /** The service account that searches for people (read-only). */
  bindDn: dn.default(''),
  baseDn: dn.default(''),
  userFilter: filter.default('(objectClass=person)'),
  /** Attributes a person may type as login ID, e.g. sAMAccountName, userPrincipalName, mail. */
  loginAttributes: z.array(attribute).min(1).max(5).default(['uid']),
  /** The attribute that becomes the mamori login ID (before the organization's suffix). */
  loginIdAttribute: attribute.default('uid'),
  /** A stable id that survives renames: entryUUID (OpenLDAP) or objectGUID (Active Directory). */
  idAttribute: attribute.default('entryUUID'),
  nameAttribute: attribute.default('displayName'),
  emailAttribute: attribute.default('mail'),
  /** 'dn' takes the nearest OU of the entry's DN as the unit; otherwise the attribute (e.g. department). */
  unitFrom: z.union([z.literal('dn'), attribute]).default('dn'),
  postAttribute: attribute.default('title'),
  /** Only members of this group may sign in (and are kept in step); null lets everyone under the base in. */
  requiredGroup: dn.nullable().default(null),
  /** How membership is read: the person's memberOf, or the group's member / uniqueMember. */
  groupCheck: z.enum(['memberOf', 'member']).default('memberOf'),
  /** Accounts made at first sign-in (otherwise only a sync adds people). */
  createOnSignIn: z.boolean().default(true),
  /** Units named in the directory but missing in mamori are created (otherwise the person gets no unit). */
  createUnits: z.boolean().default(false),
  timeoutSeconds: z.number().int().min(1).max(60).default(10),
  sync: z
    .strictObject({
      enabled: z.boolean().default(false),
      intervalMinutes: z.number().int().min(15).max(10_080).default(60),
      /** People no longer in the directory (or the group) are suspended. */
      suspendLeavers: z.boolean().default(true),
      /** A scheduled run that would suspend more than this share of directory accounts waits for a person. */
      maxSuspendPercent: z.number().int().min(0).max(100).default(10),
    })
    .default({ enabled: false, intervalMinutes: 60, suspendLeavers: true, maxSuspendPercent: 10 }),
  /** Directory groups proposed as mamori roles; every proposal is decided by a person. */
  groupRoles: z
    .array(
      z.strictObject({
        group: dn.min(1),
        roleId: z.string().trim().min(1).max(64),
        /** The role covers the person's own unit only (a 管理者 of one 課). */
        unitScoped: z.boolean().default(false),
      }),
    )
    .max(50)
    .default([]),
});

export const oidcConfigSchema = z.strictObject({
  enabled: z.boolean().default(false),
  /** Shown on the sign-in button: 「<label>でサインイン」. */
  label: z.string().trim().max(60).default(''),
  /** https://login.microsoftonline.com/<tenant>/v2.0 or https://idp.example/realms/<realm>. */
  issuer: z.string().trim().max(500).default(''),
  clientId: z.string().trim().max(200).default(''),
  scopes: z
    .string()
    .trim()
    .max(300)
    .regex(/^[\x21-\x7e]+( [\x21-\x7e]+)*$/)
    .default('openid profile email'),
  claims: z
    .strictObject({
      loginId: z.string().trim().min(1).max(100).default('preferred_username'),
      /** Entra ID: oid (the same in every app of the tenant); others: sub. */
      externalId: z.string().trim().min(1).max(100).default('sub'),
      displayName: z.string().trim().min(1).max(100).default('name'),
      email: z.string().trim().min(1).max(100).default('email'),
      unit: z.string().trim().max(100).nullable().default(null),
    })
    .default({
      loginId: 'preferred_username',
      externalId: 'sub',
      displayName: 'name',
      email: 'email',
      unit: null,
    }),
  createOnSignIn: z.boolean().default(true),
  /** An unlinked mamori account whose login ID matches is linked at first sign-in. */
  linkByLoginId: z.boolean().default(true),
  /** http:// issuers are refused unless the body allows them (a test lab on one machine). */
  allowInsecureHttp: z.boolean().default(false),
  /** 'mamori': mamori's own second factor is always asked; 'provider_mfa': waived when the provider asserts MFA. */
  secondFactor: z.enum(['mamori', 'provider_mfa']).default('mamori'),
  /** amr values that count as multi-factor sign-in (RFC 8176). */
  mfaAmr: z.array(z.string().trim().min(1).max(40)).max(20).default(['mfa', 'mca']),
  /** acr values that count as multi-factor sign-in (Keycloak levels, URNs). */
  mfaAcr: z.array(z.string().trim().min(1).max(200)).max(20).default([]),
  /** Ask the provider for those acr values (acr_values) so it steps the person up. */
  requestAcr: z.boolean().default(false),
});

export const directoryConfigSchema = z.strictObject({
  /** Added to directory login IDs to keep them unique on a shared server, e.g. "@hagi". */
  loginIdSuffix: z
    .string()
    .trim()
    .max(40)
    .regex(/^[A-Za-z0-9@._-]*$/)
    .default(''),
  ldap: ldapConfigSchema.default(ldapConfigSchema.parse({})),
  oidc: oidcConfigSchema.default(oidcConfigSchema.parse({})),
});

export type DirectoryConfig = z.output<typeof directoryConfigSchema>;
export type LdapConfig = DirectoryConfig['ldap'];
export type OidcConfig = DirectoryConfig['oidc'];

/** What the settings screen sends: the configuration and, write-only, the secrets to set (string) or clear (null). */
export const directorySettingsBody = directoryConfigSchema.extend({
  secrets: z
    .strictObject({
      bindPassword: z.string().min(1).max(256).nullable().optional(),
      clientSecret: z.string().min(1).max(512).nullable().optional(),
    })
    .default({}),
});

/** Reads stored configuration JSON, filling defaults; broken JSON reads as "nothing configured". */
export function parseDirectoryConfig(json: string | null | undefined): DirectoryConfig {
  let raw: unknown = {};
  try {
    raw = json ? JSON.parse(json) : {};
  } catch {
    raw = {};
  }
  const r = directoryConfigSchema.safeParse(raw);
  return r.success ? r.data : directoryConfigSchema.parse({});
}

/** The problems that keep a configuration from being switched on, as message codes with the field. */
export function configProblems(
  c: DirectoryConfig,
  secrets: { bindPassword: boolean; clientSecret: boolean },
): { field: string; code: string }[] {
  const out: { field: string; code: string }[] = [];
  if (c.ldap.enabled || c.ldap.sync.enabled) {
    if (!c.ldap.url) out.push({ field: 'ldap.url', code: 'directory.required' });
    if (!c.ldap.baseDn) out.push({ field: 'ldap.baseDn', code: 'directory.required' });
    if (!c.ldap.bindDn) out.push({ field: 'ldap.bindDn', code: 'directory.required' });
    if (!secrets.bindPassword) out.push({ field: 'secrets.bindPassword', code: 'directory.required' });
    if (/^ldap:/i.test(c.ldap.url) && !c.ldap.startTls && !c.ldap.allowPlain) {
      out.push({ field: 'ldap.url', code: 'directory.plain_ldap_refused' });
    }
  }
  if (c.oidc.enabled) {
    if (!c.oidc.label) out.push({ field: 'oidc.label', code: 'directory.required' });
    if (!c.oidc.issuer) out.push({ field: 'oidc.issuer', code: 'directory.required' });
    else if (!/^https?:\/\/[^\s]+$/i.test(c.oidc.issuer))
      out.push({ field: 'oidc.issuer', code: 'directory.bad_url' });
    else if (/^http:/i.test(c.oidc.issuer) && !c.oidc.allowInsecureHttp)
      out.push({ field: 'oidc.issuer', code: 'directory.insecure_issuer' });
    if (!c.oidc.clientId) out.push({ field: 'oidc.clientId', code: 'directory.required' });
    if (!secrets.clientSecret) out.push({ field: 'secrets.clientSecret', code: 'directory.required' });
    if (!c.oidc.scopes.split(' ').includes('openid'))
      out.push({ field: 'oidc.scopes', code: 'directory.openid_scope' });
  }
  return out;
}
