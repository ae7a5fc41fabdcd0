/**
 * No credential of directory sign-in ever reaches the server log or the audit log: the service
 * account's bind password, the OpenID client secret, people's directory passwords, authorization
 * codes, state, ID / access tokens, session and binding cookies. The app logs at trace level with the
 * server's own log settings while a real directory and a real OpenID provider are used.
 */
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { logSafety } from '../../src/http/log-options.ts';
import { ldapSettings } from '../support/directory.ts';
import { makeOrg, makeUser } from '../support/factories.ts';
import { Client, signedIn, startTestApp, type TestApp } from '../support/http.ts';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  ISSUER_ACCOUNTS,
  startTestIssuer,
  type TestIssuer,
  walkProvider,
} from '../support/oidc-issuer.ts';
import {
  PEOPLE,
  SERVICE_PASSWORD,
  slapdMissing,
  startTestDirectory,
  type TestDirectory,
} from '../support/slapd.ts';

describe('directory credentials stay out of logs', { skip: slapdMissing }, () => {
  let t: TestApp;
  let d: TestDirectory;
  let idp: TestIssuer;
  let log = '';
  const secrets = new Set<string>([
    SERVICE_PASSWORD,
    CLIENT_SECRET,
    ...PEOPLE.map((p) => p.pw),
    ...Object.values(ISSUER_ACCOUNTS).map((a) => a.password),
  ]);

  before(async () => {
    const stream = new Writable({
      write(chunk, _enc, cb) {
        log += chunk.toString();
        cb();
      },
    });
    [t, d, idp] = await Promise.all([
      startTestApp({ logger: { level: 'trace', stream, ...logSafety } }),
      startTestDirectory(),
      startTestIssuer(['http://localhost:3000/api/auth/oidc/callback']),
    ]);
  });
  after(async () => {
    await t?.close();
    await d?.close();
    await idp?.close();
  });

  test('settings, LDAP and OIDC sign-ins, failures, an outage and a sync leave no secret behind', async () => {
    const org = await makeOrg(t.db);
    const admin = await signedIn(t, await makeUser(t.db, org, { functions: ['org.admin'] }));
    const settings = ldapSettings(d);
    const r = await admin.put('/api/directory/settings', {
      ...settings,
      oidc: { enabled: true, label: 'IdP', issuer: idp.issuer, clientId: CLIENT_ID, allowInsecureHttp: true },
      secrets: { ...settings.secrets, clientSecret: CLIENT_SECRET },
    });
    assert.equal(r.statusCode, 200, r.body);
    const login = (loginId: string, password: string) =>
      new Client(t.app).post('/api/auth/login', { loginId, password, organization: org.code });
    for (const p of PEOPLE) await login(p.uid, p.pw);
    await login('joho.jiro', 'Wrong-Pass-0000');
    secrets.add('Wrong-Pass-0000');
    await d.stop();
    assert.equal((await login('joho.jiro', PEOPLE[2].pw)).statusCode, 503);
    await d.restart();
    await admin.post('/api/directory/test');
    const preview = await admin.post('/api/directory/sync/preview');
    assert.equal(
      (await admin.post(`/api/directory/sync/runs/${preview.json().id}/apply`, {})).statusCode,
      200,
    );

    const c = new Client(t.app);
    const start = await c.post('/api/auth/oidc/start', { organization: org.code });
    const binding = start.cookies.find((x) => x.name === 'mamori_oidc')?.value ?? '';
    const back = new URL(
      await walkProvider(
        start.json().url,
        { login: 'tanaka.mfa', password: ISSUER_ACCOUNTS['tanaka.mfa'].password },
        'http://localhost:3000/',
      ),
    );
    const res = await t.app.inject({
      method: 'GET',
      url: `${back.pathname}${back.search}`,
      headers: { cookie: `mamori_oidc=${binding}` },
    });
    assert.equal(res.headers.location, '/');
    const session = res.cookies.find((x) => x.name === 'mamori_session')?.value ?? '';
    for (const v of [
      binding,
      session,
      back.searchParams.get('code') ?? '',
      back.searchParams.get('state') ?? '',
    ]) {
      assert.ok(v.length > 10);
      secrets.add(v);
    }
    assert.ok(log.includes('/api/auth/oidc/callback?…'), 'the callback is logged without its query');

    const audit = JSON.stringify(await t.db.selectFrom('audit_events').selectAll().execute());
    const runs = JSON.stringify(await t.db.selectFrom('directory_sync_runs').selectAll().execute());
    for (const s of secrets) {
      assert.ok(!log.includes(s), `the server log holds a secret (${s.slice(0, 4)}…)`);
      assert.ok(!audit.includes(s), `the audit log holds a secret (${s.slice(0, 4)}…)`);
      assert.ok(!runs.includes(s), `a sync run holds a secret (${s.slice(0, 4)}…)`);
    }
    // No token of the provider either (JWTs start with eyJ).
    assert.doesNotMatch(log, /eyJ[\w-]{10,}\.[\w-]{10,}/);
    assert.doesNotMatch(audit, /eyJ[\w-]{10,}\.[\w-]{10,}/);
    assert.ok(log.length > 5000, 'the log was written at trace level');
  });
});
