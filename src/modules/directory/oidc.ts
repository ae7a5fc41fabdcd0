import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Configuration } from 'openid-client';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { newToken } from '../../shared/ids.ts';
import { open, seal } from '../../shared/secret-box.ts';
import { addSeconds, nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import { setSessionCookie, startSignedInSession } from '../auth/index.ts';
import { takenLoginIds } from '../org/index.ts';
import { accountAtSignIn, type MappedPerson, mamoriLoginId } from './accounts.ts';
import './events.ts';
import { rowWhere, rowWhereOrThrow } from '../../db/rows-in-org.ts';
import { providerAssertsMfa } from './mfa.ts';
import type { OidcConfig } from './settings.ts';
import { type DirectoryState, loadDirectory } from './store.ts';

export const OIDC_COOKIE = 'mamori_oidc';
const COOKIE_PATH = '/api/auth/oidc';
const LOGIN_SECONDS = 600;
const DISCOVERY_TTL_MS = 10 * 60_000;

const cache = new Map<string, { at: number; config: Configuration }>();

// The OpenID client is loaded on first use: most bodies never sign in through a provider, and an idle
// server should not carry it.
const openidClient = () => import('openid-client');

/** The provider's metadata (discovery), kept for a few minutes per organization and settings. */
async function providerConfig(dir: DirectoryState): Promise<Configuration> {
  const oidc = await openidClient();
  const c = dir.config.oidc;
  const secret = dir.clientSecret();
  const key = createHash('sha256')
    .update(`${dir.organizationId}\n${c.issuer}\n${c.clientId}\n${secret}\n${c.allowInsecureHttp}`)
    .digest('hex');
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < DISCOVERY_TTL_MS) return hit.config;
  const config = await oidc.discovery(
    new URL(c.issuer),
    c.clientId,
    { client_secret: secret },
    oidc.ClientSecretPost(secret),
    {
      execute: c.allowInsecureHttp ? [oidc.allowInsecureRequests] : [],
      timeout: 10,
    },
  );
  cache.set(key, { at: Date.now(), config });
  return config;
}

/** The one redirect URI every organization registers at its provider. */
export function redirectUri(publicOrigin: string): string {
  return `${publicOrigin.replace(/\/$/, '')}/api/auth/oidc/callback`;
}

const bindingId = (cookie: string) => createHash('sha256').update(cookie).digest('hex');

/**
 * Starts a sign-in at the organization's provider: PKCE, state and nonce are kept in a row found
 * by a short-lived HttpOnly cookie, so the answer is accepted only in the browser that asked.
 */
export async function startOidc(
  db: Kysely<DB>,
  key: Buffer,
  publicOrigin: string,
  organizationCode: string,
  req: FastifyRequest,
  reply: FastifyReply,
): Promise<string> {
  const org = await rowWhere(db, 'organizations', { code: organizationCode }, ['id']);
  const dir = org ? await loadDirectory(db, key, org.id) : null;
  if (!dir?.config.oidc.enabled) throw new AppError('directory.not_configured', 404);
  const oidc = await openidClient();
  let config: Configuration;
  try {
    config = await providerConfig(dir);
  } catch (e) {
    req.log.warn({ organizationId: dir.organizationId, reason: errorCode(e) }, 'OpenID provider unavailable');
    throw new AppError('directory.unavailable', 503, { source: dir.config.oidc.label });
  }
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const binding = newToken();
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('directory_oidc_logins').where('expires_at', '<', now).execute();
    await trx
      .insertInto('directory_oidc_logins')
      .values({
        id: bindingId(binding),
        organization_id: dir.organizationId,
        state,
        nonce,
        verifier_enc: seal(key, verifier),
        expires_at: addSeconds(now, LOGIN_SECONDS),
        created_at: now,
      })
      .execute();
  });
  // Lax, not Strict: the provider sends the browser back with a cross-site navigation.
  reply.setCookie(OIDC_COOKIE, binding, {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.protocol === 'https',
    path: COOKIE_PATH,
    maxAge: LOGIN_SECONDS,
  });
  const c = dir.config.oidc;
  const params: Record<string, string> = {
    redirect_uri: redirectUri(publicOrigin),
    scope: c.scopes,
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  };
  if (c.requestAcr && c.mfaAcr.length) params.acr_values = c.mfaAcr.join(' ');
  return oidc.buildAuthorizationUrl(config, params).href;
}

function errorCode(e: unknown): string {
  const err = e as { code?: string; error?: string; name?: string };
  return String(err?.error ?? err?.code ?? err?.name ?? 'error').slice(0, 80);
}

function claimString(claims: Record<string, unknown>, name: string | null): string | null {
  if (!name) return null;
  const v = claims[name];
  if (typeof v === 'string' && v.trim()) return v.trim().slice(0, 200);
  if (typeof v === 'number') return String(v);
  return null;
}

/** Maps the provider's claims to a person; null when the login ID or the id is missing. */
export function mapClaims(
  claims: Record<string, unknown>,
  c: OidcConfig,
  suffix: string,
): MappedPerson | null {
  const login = claimString(claims, c.claims.loginId);
  const externalId = claimString(claims, c.claims.externalId);
  if (!login || !externalId) return null;
  return {
    source: 'oidc',
    externalId,
    login,
    loginId: mamoriLoginId(login, suffix),
    displayName: claimString(claims, c.claims.displayName) ?? login,
    email: claimString(claims, c.claims.email),
    unit: claimString(claims, c.claims.unit),
    post: null,
    dn: null,
    groups: [],
  };
}

/** Where the browser goes after the provider answered: the app, or the sign-in page with a reason. */
export interface OidcFinish {
  location: string;
}

/**
 * The provider's answer: checks the browser binding, state, nonce and PKCE (openid-client), maps
 * the claims to a mamori account and starts a session at the right sign-in stage — the second
 * factor (or enrolment), or full when the body waives it and the provider asserts MFA.
 */
export async function finishOidc(
  db: Kysely<DB>,
  key: Buffer,
  publicOrigin: string,
  req: FastifyRequest,
  reply: FastifyReply,
): Promise<OidcFinish> {
  const cookie = req.cookies[OIDC_COOKIE];
  reply.clearCookie(OIDC_COOKIE, { path: COOKIE_PATH });
  const fail = (code: string, orgCode?: string) => ({
    location: `/signin?${new URLSearchParams({ ...(orgCode ? { org: orgCode } : {}), error: code })}`,
  });
  if (!cookie || cookie.length > 100) return fail('oidc_expired');
  const id = bindingId(cookie);
  const pending = await rowWhere(db, 'directory_oidc_logins', { id });
  // Single use: whoever deletes the row continues; a replayed answer finds nothing.
  const taken = await db.deleteFrom('directory_oidc_logins').where('id', '=', id).executeTakeFirst();
  if (!pending || Number(taken.numDeletedRows) !== 1) return fail('oidc_expired');
  const org = await rowWhereOrThrow(db, 'organizations', { id: pending.organization_id }, ['id', 'code']);
  if (Date.parse(pending.expires_at) < Date.now()) return fail('oidc_expired', org.code);
  const dir = await loadDirectory(db, key, org.id);
  const c = dir.config.oidc;
  const actor: Actor = {
    organizationId: org.id,
    userId: null,
    label: c.label || 'OpenID Connect',
    requestId: String(req.id),
    clientIp: req.ip ?? null,
  };
  const audit = (loginId: string, reason: string, userId?: string) =>
    db.transaction().execute((trx) =>
      recordAudit(trx, actor, 'directory.sign_in_failed', userId ? { type: 'user', id: userId } : null, {
        loginId,
        source: 'oidc',
        reason,
      }),
    );
  if (!c.enabled) return fail('oidc_failed', org.code);
  const oidc = await openidClient();
  let config: Configuration;
  try {
    config = await providerConfig(dir);
  } catch (e) {
    req.log.warn({ organizationId: org.id, reason: errorCode(e) }, 'OpenID provider unavailable');
    await audit('', 'directory_unavailable');
    return fail('unavailable', org.code);
  }
  let claims: Record<string, unknown>;
  try {
    const url = new URL(req.url, publicOrigin);
    const tokens = await oidc.authorizationCodeGrant(config, url, {
      pkceCodeVerifier: open(key, pending.verifier_enc),
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    claims = { ...(tokens.claims() ?? {}) };
    const person0 = mapClaims(claims, c, dir.config.loginIdSuffix);
    // Some providers put profile claims in userinfo only; the ID token's own claims win.
    if ((!person0 || !claims[c.claims.displayName]) && config.serverMetadata().userinfo_endpoint) {
      const info = await oidc.fetchUserInfo(config, tokens.access_token, String(claims.sub));
      claims = { ...info, ...claims };
    }
  } catch (e) {
    const reason = errorCode(e);
    req.log.warn({ organizationId: org.id, reason }, 'OpenID sign-in refused');
    await audit('', `provider:${reason}`);
    return fail(e instanceof TypeError ? 'unavailable' : 'oidc_failed', org.code);
  }
  const person = mapClaims(claims, c, dir.config.loginIdSuffix);
  if (!person) {
    await audit('', 'missing_claim');
    return fail('oidc_failed', org.code);
  }
  const waived = c.secondFactor === 'provider_mfa' && providerAssertsMfa(claims, c);
  const outcome = await db.transaction().execute(async (trx) => {
    const acc = await accountAtSignIn(trx, actor, person, {
      create: c.createOnSignIn,
      link: c.linkByLoginId,
      createUnits: dir.config.ldap.createUnits,
    });
    if (!acc.ok || acc.status !== 'active') return { acc, token: null, stage: null };
    const user = await rowWhereOrThrow(trx, 'users', { id: acc.userId }, [
      'id',
      'organization_id',
      'login_id',
      'display_name',
    ]);
    // The provider's MFA, when the body accepts it, counts as this session's second factor.
    const { token, stage } = await startSignedInSession(trx, user, req, { factorProven: waived });
    await recordAudit(
      trx,
      { ...actor, userId: user.id, label: `${user.display_name} (${user.login_id})` },
      'accounts.signed_in',
      { type: 'user', id: user.id },
      { method: 'oidc', stage },
    );
    return { acc, token, stage };
  });
  if (!outcome.acc.ok) {
    await audit(person.loginId, outcome.acc.reason);
    // Counted and audited like any taken ID the body meets (org's login-id-guard); the answer is the same.
    if (outcome.acc.reason === 'login_id_taken')
      await takenLoginIds(db, actor, [person.loginId], 'directory_sign_in').catch(() => undefined);
    return fail(
      outcome.acc.reason === 'no_account'
        ? 'no_account'
        : outcome.acc.reason === 'login_id_taken'
          ? 'login_id_taken'
          : 'oidc_failed',
      org.code,
    );
  }
  if (!outcome.token) {
    await audit(person.loginId, 'suspended', outcome.acc.userId);
    return fail('suspended', org.code);
  }
  setSessionCookie(req, reply, outcome.token);
  return { location: '/' };
}
