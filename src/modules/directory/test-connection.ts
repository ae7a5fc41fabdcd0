import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DirectoryUnavailable, listDirectoryPeople } from './ldap-client.ts';
import { loadDirectory } from './store.ts';

/**
 * Tries the saved settings without changing anything: the service account's bind and search (how
 * many people, the first few as mamori would read them) and the provider's discovery document.
 */
export async function testConnections(db: Kysely<DB>, key: Buffer, organizationId: string) {
  const dir = await loadDirectory(db, key, organizationId);
  const c = dir.config;
  const out: {
    ldap: null | { ok: boolean; count?: number; sample?: object[]; error?: string };
    oidc: null | { ok: boolean; issuer?: string; error?: string };
  } = { ldap: null, oidc: null };
  if (c.ldap.url && dir.hasBindPassword) {
    try {
      const people = await listDirectoryPeople(c.ldap, dir.bindPassword());
      out.ldap = {
        ok: true,
        count: people.length,
        sample: people.slice(0, 5).map((p) => ({
          login: p.login,
          displayName: p.displayName,
          email: p.email,
          unit: p.unit,
          post: p.post,
          disabled: p.disabled,
        })),
      };
    } catch (e) {
      out.ldap = { ok: false, error: e instanceof DirectoryUnavailable ? e.message : 'error' };
    }
  }
  if (c.oidc.issuer && c.oidc.clientId) {
    try {
      // Loaded here, on first use (an idle server does not carry the OpenID client).
      const oidc = await import('openid-client');
      const config = await oidc.discovery(new URL(c.oidc.issuer), c.oidc.clientId, undefined, undefined, {
        execute: c.oidc.allowInsecureHttp ? [oidc.allowInsecureRequests] : [],
        timeout: 10,
      });
      out.oidc = { ok: true, issuer: config.serverMetadata().issuer };
    } catch (e) {
      const err = e as { code?: string; message?: string };
      out.oidc = { ok: false, error: String(err.code ?? err.message ?? e).slice(0, 200) };
    }
  }
  return out;
}
