import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import { auditEvents, Client, signedIn, startTestApp, type TestApp } from '../../../test/support/http.ts';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  ISSUER_ACCOUNTS,
  startTestIssuer,
  type TestIssuer,
  walkProvider,
} from '../../../test/support/oidc-issuer.ts';
import { rowsWhere, rowWhereOrThrow } from '../../db/rows-in-org.ts';
import { newId } from '../../shared/ids.ts';
import { nowIso } from '../../shared/time.ts';

// A real OpenID provider (oidc-provider) on 127.0.0.1; mamori's routes are called in-process.
const CALLBACK = 'http://localhost:3000/api/auth/oidc/callback';
let t: TestApp;
let idp: TestIssuer;
let org: Awaited<ReturnType<typeof makeOrg>>;
let admin: Client;

before(async () => {
  // One at a time: if one fails to start, `after` still stops the other.
  idp = await startTestIssuer([CALLBACK]);
  t = await startTestApp();
  org = await makeOrg(t.db, '萩長門テスト市');
  admin = await signedIn(t, await makeUser(t.db, org, { functions: ['org.admin'] }));
  await configure({});
});
after(async () => {
  await t?.close();
  await idp?.close();
});

async function configure(oidc: Record<string, unknown>) {
  const r = await admin.put('/api/directory/settings', {
    loginIdSuffix: '',
    ldap: { enabled: false },
    oidc: {
      enabled: true,
      label: 'テストIdP',
      issuer: idp.issuer,
      clientId: CLIENT_ID,
      allowInsecureHttp: true,
      claims: {
        loginId: 'preferred_username',
        externalId: 'oid',
        displayName: 'name',
        email: 'email',
        unit: 'department',
      },
      ...oidc,
    },
    secrets: { clientSecret: CLIENT_SECRET },
  });
  assert.equal(r.statusCode, 200, r.body);
}

/** The whole code flow: start at mamori, sign in at the provider, come back to the callback. */
async function flow(login: string, tamper?: (url: URL) => void) {
  const c = new Client(t.app);
  const start = await c.post('/api/auth/oidc/start', { organization: org.code });
  assert.equal(start.statusCode, 200, start.body);
  const binding = start.cookies.find((x) => x.name === 'mamori_oidc');
  assert.ok(binding?.httpOnly && binding.sameSite === 'Lax' && binding.path === '/api/auth/oidc');
  const authUrl = new URL(start.json().url);
  assert.equal(authUrl.searchParams.get('code_challenge_method'), 'S256');
  assert.ok(authUrl.searchParams.get('state') && authUrl.searchParams.get('nonce'));
  const back = new URL(
    await walkProvider(authUrl.href, { login, password: ISSUER_ACCOUNTS[login].password }, CALLBACK),
  );
  tamper?.(back);
  const res = await t.app.inject({
    method: 'GET',
    url: `${back.pathname}${back.search}`,
    headers: { cookie: `mamori_oidc=${binding.value}` },
  });
  const session = res.cookies.find((x) => x.name === 'mamori_session');
  if (session?.value) c.cookie = `mamori_session=${session.value}`;
  return { c, res, location: res.headers.location as string, binding: binding.value, back };
}

test('[R-D9] an OIDC sign-in lands in the organization with its unit; mamori’s own factor is still asked by default', async () => {
  // The unit claim (department) names a unit of the organization.
  await t.db
    .insertInto('units')
    .values({
      id: newId(),
      organization_id: org.id,
      parent_id: null,
      name: '情報政策課',
      kind: '課',
      sort_order: 0,
      created_at: nowIso(),
    })
    .execute();
  const { c, res, location } = await flow('tanaka.mfa');
  assert.equal(res.statusCode, 303, res.body);
  assert.equal(location, '/');
  const s = (await c.get('/api/session')).json();
  assert.equal(s.stage, 'enroll', 'the body has not waived mamori’s second factor');
  assert.equal(s.organization.id, org.id);
  const u = await t.db
    .selectFrom('users as u')
    .innerJoin('units as un', 'un.id', 'u.unit_id')
    .select(['u.organization_id', 'u.display_name', 'u.email', 'un.name as unit'])
    .where('u.login_id', '=', 'tanaka@example.lg.jp')
    .executeTakeFirstOrThrow();
  assert.deepEqual(
    { ...u },
    { organization_id: org.id, display_name: '田中 真', email: 'tanaka@example.lg.jp', unit: '情報政策課' },
  );
  const ev = (await auditEvents(t.db, org.id)).find((e) => e.event === 'accounts.signed_in');
  assert.deepEqual(JSON.parse(ev?.data ?? '{}'), { method: 'oidc', stage: 'enroll' });
});

test('with Active Directory synced to Entra ID, the provider signs in the account the LDAP sync keeps', async () => {
  const { createUser } = await import('../org/service.ts');
  const { systemActor } = await import('../../shared/actor.ts');
  const id = await t.db.transaction().execute(async (trx) => {
    const uid = await createUser(trx, systemActor(org.id, 'test'), {
      loginId: 'sato@example.lg.jp',
      displayName: '佐藤 健',
    });
    await trx
      .insertInto('directory_accounts')
      .values({
        user_id: uid,
        organization_id: org.id,
        source: 'ldap',
        external_id: 'guid-sato',
        dn: 'CN=sato',
        directory_login: 'sato@example.lg.jp',
        groups: '[]',
        suspended_by_sync: 0,
        last_seen_at: null,
        created_at: nowIso(),
      })
      .execute();
    return uid;
  });
  const r = await flow('sato.gold');
  assert.equal(r.location, '/');
  assert.equal((await r.c.get('/api/session')).json().user.id, id);
  const link = await rowWhereOrThrow(t.db, 'directory_accounts', { user_id: id }, ['source', 'external_id']);
  assert.deepEqual({ ...link }, { source: 'ldap', external_id: 'guid-sato' }, 'still the sync’s account');
});

test('[R-D9] when the body waives mamori’s factor, only a provider-asserted MFA (amr or a listed acr) gives a full session', async () => {
  await t.db
    .insertInto('units')
    .values({
      id: 'unit-jouhou',
      organization_id: org.id,
      parent_id: null,
      name: '情報政策課',
      kind: '課',
      sort_order: 0,
      created_at: new Date().toISOString(),
    })
    .execute();
  await configure({ secondFactor: 'provider_mfa', mfaAcr: ['gold'] });
  const mfa = await flow('tanaka.mfa');
  assert.equal((await mfa.c.get('/api/session')).json().stage, 'full', 'amr contains mfa');
  const pwd = await flow('suzuki.pwd');
  assert.equal((await pwd.c.get('/api/session')).json().stage, 'enroll', 'a password alone never waives it');
  const gold = await flow('sato.gold');
  assert.equal(
    (await gold.c.get('/api/session')).json().stage,
    'full',
    'Keycloak-style acr level listed by the body',
  );
  // Nobody's unit is changed at sign-in; the linked account is found again by oid, not duplicated.
  const n = await rowsWhere(t.db, 'users', { login_id: 'tanaka@example.lg.jp' }, ['id']);
  assert.equal(n.length, 1);
});

test('the answer is accepted once, in the browser that asked, with its own state', async () => {
  await configure({ secondFactor: 'mamori' });
  // A tampered state is refused by openid-client.
  const bad = await flow('suzuki.pwd', (u) => u.searchParams.set('state', 'forged-state'));
  assert.equal(bad.res.statusCode, 303);
  assert.match(bad.location, /^\/signin\?org=.+&error=oidc_failed$/);
  assert.equal(
    bad.res.cookies.find((x) => x.name === 'mamori_session'),
    undefined,
  );
  // A replay of a good answer (same binding cookie) finds no pending sign-in.
  const good = await flow('suzuki.pwd');
  assert.equal(good.location, '/');
  const replay = await t.app.inject({
    method: 'GET',
    url: `${good.back.pathname}${good.back.search}`,
    headers: { cookie: `mamori_oidc=${good.binding}` },
  });
  assert.match(replay.headers.location as string, /error=oidc_expired/);
  // Without the cookie (another browser), nothing is accepted.
  const other = await t.app.inject({ method: 'GET', url: `${good.back.pathname}${good.back.search}` });
  assert.equal(other.headers.location, '/signin?error=oidc_expired');
  const reasons = (await auditEvents(t.db, org.id))
    .filter((e) => e.event === 'directory.sign_in_failed')
    .map((e) => JSON.parse(e.data).reason);
  assert.ok(
    reasons.some((r: string) => r.startsWith('provider:')),
    reasons.join(),
  );
});

test('a suspended account is not signed in; an unreachable provider answers 503 at the start', async () => {
  await t.db
    .updateTable('users')
    .set({ status: 'suspended' })
    .where('login_id', '=', 'suzuki@example.lg.jp')
    .execute();
  const r = await flow('suzuki.pwd');
  assert.match(r.location, /error=suspended/);
  await configure({ issuer: 'http://127.0.0.1:9/' });
  const c = new Client(t.app);
  const start = await c.post('/api/auth/oidc/start', { organization: org.code });
  assert.equal(start.statusCode, 503);
  assert.match(start.json().error.message, /ディレクトリ（テストIdP）に接続できないため/);
  await configure({});
  const off = await new Client(t.app).post('/api/auth/oidc/start', {
    organization: (await makeOrg(t.db)).code,
  });
  assert.equal(off.statusCode, 404);
});
