import type { ConnectionOptions } from 'node:tls';
import type { Client, Entry } from 'ldapts';
import { normalizeDn, unitFromDn } from './dn.ts';
import type { LdapConfig } from './settings.ts';

/** One person as the directory describes them, mapped through the organization's attribute settings. */
export interface DirectoryPerson {
  dn: string;
  externalId: string;
  /** The value of the login ID attribute (before the organization's suffix). */
  login: string;
  displayName: string;
  email: string | null;
  unit: string | null;
  post: string | null;
  groups: string[];
  /** Active Directory's ACCOUNTDISABLE bit (userAccountControl & 2). */
  disabled: boolean;
}

/**
 * The directory could not be asked (connection, TLS, timeout, the service account refused): sign-in
 * answers 503 and a sync stops without changing anything. The message never holds a password.
 */
export class DirectoryUnavailable extends Error {}

const BINARY_IDS = new Set(['objectguid']);

// The LDAP client is loaded on first use: most bodies never sign in through a directory, and an idle
// server should not carry it.
const ldapts = () => import('ldapts');

/** Escapes values in a search filter (RFC 4515: `*`, `(`, `)`, `\` and NUL), as ldapts's `escapeFilter` does. */
function escapeFilter(strings: TemplateStringsArray, ...values: string[]): string {
  let out = strings[0];
  values.forEach((v, i) => {
    out += v.replace(/[*()\\\0]/g, (c) => `\\${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
    out += strings[i + 1];
  });
  return out;
}

function tlsOptions(cfg: LdapConfig): ConnectionOptions {
  // Certificates are always checked: a directory with a self-made CA names it in caCertificate.
  return { rejectUnauthorized: true, ...(cfg.caCertificate ? { ca: [cfg.caCertificate] } : {}) };
}

function describe(e: unknown): string {
  const err = e as { code?: string | number; message?: string };
  return String(err?.code ?? err?.message ?? e).slice(0, 200);
}

/** Opens a connection that is encrypted unless the body explicitly allows plain LDAP (a test lab). */
async function open(cfg: LdapConfig): Promise<Client> {
  const ldaps = /^ldaps:/i.test(cfg.url);
  if (!ldaps && !cfg.startTls && !cfg.allowPlain) {
    throw new DirectoryUnavailable('plain LDAP is not allowed');
  }
  const { Client } = await ldapts();
  const client = new Client({
    url: cfg.url,
    timeout: cfg.timeoutSeconds * 1000,
    connectTimeout: cfg.timeoutSeconds * 1000,
    tlsOptions: ldaps ? tlsOptions(cfg) : undefined,
    strictDN: false,
  });
  if (!ldaps && cfg.startTls) {
    try {
      await client.startTLS(tlsOptions(cfg));
    } catch (e) {
      await client.unbind().catch(() => {});
      throw new DirectoryUnavailable(`StartTLS failed: ${describe(e)}`);
    }
  }
  return client;
}

/** Connects and binds as the service account. */
async function serviceClient(cfg: LdapConfig, bindPassword: string): Promise<Client> {
  let client: Client | null = null;
  try {
    client = await open(cfg);
    await client.bind(cfg.bindDn, bindPassword);
    return client;
  } catch (e) {
    await client?.unbind().catch(() => {});
    if (e instanceof DirectoryUnavailable) throw e;
    if (e instanceof (await ldapts()).InvalidCredentialsError)
      throw new DirectoryUnavailable('the service account was refused');
    throw new DirectoryUnavailable(describe(e));
  }
}

function first(entry: Entry, attr: string): string | null {
  const key = Object.keys(entry).find((k) => k.toLowerCase() === attr.toLowerCase());
  if (!key) return null;
  const v = entry[key];
  const one = Array.isArray(v) ? v[0] : v;
  if (one === undefined || one === null) return null;
  if (Buffer.isBuffer(one)) return BINARY_IDS.has(attr.toLowerCase()) ? guid(one) : one.toString('utf8');
  return String(one).trim() || null;
}

function all(entry: Entry, attr: string): string[] {
  const key = Object.keys(entry).find((k) => k.toLowerCase() === attr.toLowerCase());
  if (!key) return [];
  const v = entry[key];
  return (Array.isArray(v) ? v : [v]).map((x) => (Buffer.isBuffer(x) ? x.toString('utf8') : String(x)));
}

/** objectGUID as Active Directory writes it ({…} without braces, mixed-endian). */
function guid(b: Buffer): string {
  if (b.length !== 16) return b.toString('hex');
  const h = (s: number, e: number, rev: boolean) => {
    const part = b.subarray(s, e);
    return Buffer.from(rev ? [...part].reverse() : part).toString('hex');
  };
  return `${h(0, 4, true)}-${h(4, 6, true)}-${h(6, 8, true)}-${h(8, 10, false)}-${h(10, 16, false)}`;
}

function attributesOf(cfg: LdapConfig): string[] {
  const attrs = new Set([
    cfg.idAttribute,
    cfg.loginIdAttribute,
    cfg.nameAttribute,
    'cn',
    cfg.emailAttribute,
    cfg.postAttribute,
    'memberOf',
    'userAccountControl',
  ]);
  if (cfg.unitFrom !== 'dn') attrs.add(cfg.unitFrom);
  return [...attrs];
}

function toPerson(cfg: LdapConfig, entry: Entry): DirectoryPerson | null {
  const externalId = first(entry, cfg.idAttribute);
  const login = first(entry, cfg.loginIdAttribute);
  if (!externalId || !login) return null;
  const uac = Number(first(entry, 'userAccountControl') ?? 0);
  return {
    dn: entry.dn,
    externalId,
    login,
    displayName: first(entry, cfg.nameAttribute) ?? first(entry, 'cn') ?? login,
    email: first(entry, cfg.emailAttribute),
    unit: cfg.unitFrom === 'dn' ? unitFromDn(entry.dn, cfg.baseDn) : first(entry, cfg.unitFrom),
    post: first(entry, cfg.postAttribute),
    groups: all(entry, 'memberOf'),
    disabled: Number.isFinite(uac) && (uac & 2) === 2,
  };
}

/** The filter that selects the people mamori knows: the administrator's filter and the required group. */
function peopleFilter(cfg: LdapConfig, extra = ''): string {
  const group =
    cfg.requiredGroup && cfg.groupCheck === 'memberOf' ? escapeFilter`(memberOf=${cfg.requiredGroup})` : '';
  return `(&${cfg.userFilter}${group}${extra})`;
}

/**
 * The filter that finds the person who typed `typed` as login ID: every value is escaped (RFC 4515),
 * so `*`, `(`, `)` or `\` in a login ID cannot widen the search.
 */
export function signInFilter(cfg: LdapConfig, typed: string): string {
  const any = cfg.loginAttributes.map((a) => `(${a}=${escapeFilter`${typed}`})`).join('');
  return peopleFilter(cfg, `(|${any})`);
}

async function memberOfGroup(client: Client, cfg: LdapConfig, dn: string): Promise<boolean> {
  if (!cfg.requiredGroup || cfg.groupCheck === 'memberOf') return true;
  const r = await client.search(cfg.requiredGroup, {
    scope: 'base',
    filter: escapeFilter`(|(member=${dn})(uniqueMember=${dn}))`,
    attributes: ['dn'],
  });
  return r.searchEntries.length === 1;
}

/** What a sign-in attempt against the directory found. */
export type LdapCheck =
  | { ok: true; person: DirectoryPerson }
  | { ok: false; reason: 'not_found' | 'bad_password' | 'not_in_group' | 'disabled' };

/**
 * Signs a person in: the service account finds exactly one entry by the typed login ID, then a
 * second connection binds as that entry's DN with the password. An empty password is refused
 * before any bind (an LDAP bind without a password is an "unauthenticated" bind that succeeds).
 */
export async function checkLdapSignIn(
  cfg: LdapConfig,
  bindPassword: string,
  typed: string,
  password: string,
): Promise<LdapCheck> {
  if (!password) return { ok: false, reason: 'bad_password' };
  const svc = await serviceClient(cfg, bindPassword);
  let person: DirectoryPerson | null = null;
  try {
    const r = await svc.search(cfg.baseDn, {
      scope: 'sub',
      filter: signInFilter(cfg, typed),
      attributes: attributesOf(cfg),
      explicitBufferAttributes: BINARY_IDS.has(cfg.idAttribute.toLowerCase()) ? [cfg.idAttribute] : [],
      sizeLimit: 2,
    });
    // Two entries for one login ID: refuse rather than guess who it is.
    if (r.searchEntries.length !== 1) return { ok: false, reason: 'not_found' };
    person = toPerson(cfg, r.searchEntries[0]);
    if (!person) return { ok: false, reason: 'not_found' };
    if (!(await memberOfGroup(svc, cfg, person.dn))) return { ok: false, reason: 'not_in_group' };
  } catch (e) {
    if (e instanceof DirectoryUnavailable) throw e;
    if ((e as Error)?.name === 'SizeLimitExceededError') return { ok: false, reason: 'not_found' };
    throw new DirectoryUnavailable(describe(e));
  } finally {
    await svc.unbind().catch(() => {});
  }
  if (person.disabled) return { ok: false, reason: 'disabled' };
  let user: Client | null = null;
  try {
    user = await open(cfg);
    await user.bind(person.dn, password);
    return { ok: true, person };
  } catch (e) {
    if (e instanceof (await ldapts()).InvalidCredentialsError) return { ok: false, reason: 'bad_password' };
    if (e instanceof DirectoryUnavailable) throw e;
    throw new DirectoryUnavailable(describe(e));
  } finally {
    await user?.unbind().catch(() => {});
  }
}

/** Everyone the directory lists for mamori (paged), for a sync. Throws DirectoryUnavailable on any failure. */
export async function listDirectoryPeople(cfg: LdapConfig, bindPassword: string): Promise<DirectoryPerson[]> {
  const svc = await serviceClient(cfg, bindPassword);
  try {
    const out: DirectoryPerson[] = [];
    const pages = svc.searchPaginated(cfg.baseDn, {
      scope: 'sub',
      filter: peopleFilter(cfg),
      attributes: attributesOf(cfg),
      explicitBufferAttributes: BINARY_IDS.has(cfg.idAttribute.toLowerCase()) ? [cfg.idAttribute] : [],
      paged: { pageSize: 500 },
    });
    for await (const page of pages) {
      for (const e of page.searchEntries) {
        const p = toPerson(cfg, e);
        if (p) out.push(p);
      }
    }
    if (cfg.requiredGroup && cfg.groupCheck === 'member') {
      const g = await svc.search(cfg.requiredGroup, {
        scope: 'base',
        attributes: ['member', 'uniqueMember'],
      });
      const members = new Set(
        g.searchEntries.flatMap((e) => [...all(e, 'member'), ...all(e, 'uniqueMember')]).map(normalizeDn),
      );
      return out.filter((p) => members.has(normalizeDn(p.dn)));
    }
    return out;
  } catch (e) {
    if (e instanceof DirectoryUnavailable) throw e;
    throw new DirectoryUnavailable(describe(e));
  } finally {
    await svc.unbind().catch(() => {});
  }
}
