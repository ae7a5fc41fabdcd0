import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ldapSettings } from '../../../test/support/directory.ts';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import { auditEvents, Client, signedIn, startTestApp, type TestApp } from '../../../test/support/http.ts';
import { slapdMissing, startTestDirectory, type TestDirectory } from '../../../test/support/slapd.ts';
import { rowsWhere, rowWhere, rowWhereOrThrow } from '../../db/rows-in-org.ts';
import { systemActor } from '../../shared/actor.ts';
import { setPassword } from '../auth/service.ts';

// Real OpenLDAP started by this test (test/support/slapd.ts); skipped only off CI without slapd.
describe('LDAP / Active Directory sign-in against a real directory', { skip: slapdMissing }, () => {
  let t: TestApp;
  let d: TestDirectory;
  let org: Awaited<ReturnType<typeof makeOrg>>;
  let admin: Client;

  before(async () => {
    // One at a time: if one fails to start, `after` still stops the other.
    d = await startTestDirectory();
    t = await startTestApp();
    org = await makeOrg(t.db, '萩長門テスト市');
    admin = await signedIn(t, await makeUser(t.db, org, { functions: ['org.admin'] }));
    const r = await admin.put('/api/directory/settings', ldapSettings(d, {}, { loginIdSuffix: '' }));
    assert.equal(r.statusCode, 200, r.body);
  });
  after(async () => {
    await t?.close();
    await d?.close();
  });

  const login = (c: Client, loginId: string, password: string, organization: string | undefined = org.code) =>
    c.post('/api/auth/login', { loginId, password, ...(organization ? { organization } : {}) });

  test('[R-F13] a person of the directory signs in over LDAPS: account made with unit and post, then the second factor', async () => {
    const c = new Client(t.app);
    const r = await login(c, 'joho.jiro', 'Joho-Pass-0001');
    assert.equal(r.statusCode, 200, r.body);
    // LDAP never waives mamori's second factor: without one yet, the person enrols one.
    assert.equal(r.json().stage, 'enroll');
    const user = await t.db
      .selectFrom('users as u')
      .innerJoin('units as un', 'un.id', 'u.unit_id')
      .select(['u.id', 'u.organization_id', 'u.display_name', 'u.email', 'u.post', 'un.name as unit'])
      .where('u.login_id', '=', 'joho.jiro')
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      { ...user, id: undefined },
      {
        id: undefined,
        organization_id: org.id,
        display_name: '情報 次郎',
        email: 'joho.jiro@example.lg.jp',
        post: '情報政策課長',
        unit: '情報政策課',
      },
    );
    const link = await rowWhereOrThrow(t.db, 'directory_accounts', { user_id: user.id });
    assert.equal(link.source, 'ldap');
    assert.match(link.external_id ?? '', /^[0-9a-f-]{36}$/);
    const pw = await rowWhere(t.db, 'passwords', { user_id: user.id }, ['user_id']);
    assert.equal(pw, undefined, 'no local password is made for a directory account');
    const events = (await auditEvents(t.db, org.id)).map((e) => e.event);
    for (const e of ['org.user_created', 'directory.account_created', 'accounts.signed_in'])
      assert.ok(events.includes(e), e);
    const signedInEvent = (await auditEvents(t.db, org.id)).find((e) => e.event === 'accounts.signed_in');
    assert.equal(JSON.parse(signedInEvent?.data ?? '{}').method, 'ldap');

    // Once linked, the mamori login ID works without the organization on the plain sign-in page, and so
    // does the Active Directory name (sAMAccountName) on the organization's page.
    assert.equal((await login(new Client(t.app), 'joho.jiro', 'Joho-Pass-0001', undefined)).statusCode, 200);
    assert.equal((await login(new Client(t.app), 'JOHO01', 'Joho-Pass-0001')).statusCode, 200);
    const count = await rowsWhere(t.db, 'users', { display_name: '情報 次郎' }, ['id']);
    assert.equal(count.length, 1, 'the same person, not a second account');
  });

  test('a wrong password, a person outside the mamori group and an unknown name all answer 401 alike', async () => {
    for (const [id, pw] of [
      ['soumu.ichiro', 'wrong-password'],
      ['taishoku.goro', 'Taishoku-Pass-01'],
      ['nobody', 'whatever-1'],
    ]) {
      const r = await login(new Client(t.app), id, pw);
      assert.equal(r.statusCode, 401, `${id}: ${r.body}`);
      assert.equal(r.json().error.code, 'auth.invalid_credentials');
    }
    const made = await t.db
      .selectFrom('users')
      .select('login_id')
      .where('login_id', 'in', ['taishoku.goro', 'soumu.ichiro'])
      .execute();
    assert.deepEqual(made, [], 'no account for a failed sign-in');
    const reasons = (await auditEvents(t.db, org.id))
      .filter((e) => e.event === 'directory.sign_in_failed')
      .map((e) => JSON.parse(e.data).reason);
    assert.ok(reasons.includes('bad_password') && reasons.includes('not_found'));
  });

  test('LDAP filter injection in the login ID cannot widen the search', async () => {
    // Each would match someone if pasted into the filter unescaped.
    for (const id of [
      '*',
      'soumu*',
      '*)(uid=*',
      'joho.jiro)(|(uid=*',
      '\\2a',
      'soumu.ichiro)(userPassword=*',
    ]) {
      const r = await login(new Client(t.app), id, 'Soumu-Pass-0001');
      assert.equal(r.statusCode, 401, `${id}: ${r.body}`);
    }
    const { signInFilter } = await import('./ldap-client.ts');
    const { ldapConfigSchema } = await import('./settings.ts');
    const f = signInFilter(ldapConfigSchema.parse({ loginAttributes: ['uid'] }), '*)(uid=*');
    assert.equal(f, '(&(objectClass=person)(|(uid=\\2a\\29\\28uid=\\2a)))');
  });

  test('a directory outage answers 503 with a clear message and never falls back to a local password', async () => {
    const c = new Client(t.app);
    assert.equal((await login(c, 'soumu.hanako', 'Soumu-Pass-0002')).statusCode, 200);
    const hanako = await rowWhereOrThrow(t.db, 'users', { login_id: 'soumu.hanako' }, ['id']);
    // A stale local password on the account (an old one, or set by mistake) must not open it.
    await t.db
      .transaction()
      .execute((trx) => setPassword(trx, systemActor(org.id), hanako.id, 'Local-Stale-Pass-1', false));
    // The break-glass administrator is a local account: it keeps working while the directory is down.
    const local = await makeUser(t.db, org, { functions: ['org.admin'] });
    await d.stop();
    try {
      for (const id of ['soumu.hanako']) {
        for (const pw of ['Soumu-Pass-0002', 'Local-Stale-Pass-1']) {
          const r = await login(new Client(t.app), id, pw);
          assert.equal(r.statusCode, 503, r.body);
          assert.equal(r.json().error.code, 'directory.unavailable');
          assert.match(r.json().error.message, /ディレクトリ（LDAP）に接続できないため/);
          assert.equal(r.headers['retry-after'], '5');
        }
      }
      const en = await new Client(t.app).request(
        'POST',
        '/api/auth/login',
        { loginId: 'soumu.hanako', password: 'x' },
        { 'accept-language': 'en' },
      );
      assert.match(en.json().error.message, /cannot be reached/);
      // On the organization's page, a name the directory would have to look up: 503 as well, not 401.
      assert.equal((await login(new Client(t.app), 'shimin.shiro', 'Shimin-Pass-0001')).statusCode, 503);
      const breakGlass = await login(new Client(t.app), local.loginId, local.password);
      assert.equal(breakGlass.statusCode, 200, 'a local account signs in while the directory is down');
    } finally {
      await d.restart();
    }
    // Back up: the stale local password is gone at the next directory sign-in, and never worked.
    assert.equal((await login(new Client(t.app), 'soumu.hanako', 'Local-Stale-Pass-1')).statusCode, 401);
    assert.equal((await login(new Client(t.app), 'soumu.hanako', 'Soumu-Pass-0002')).statusCode, 200);
    const pw = await rowWhere(t.db, 'passwords', { user_id: hanako.id }, ['user_id']);
    assert.equal(pw, undefined);
    const fail = (await auditEvents(t.db, org.id)).filter(
      (e) => e.event === 'directory.sign_in_failed' && JSON.parse(e.data).reason === 'directory_unavailable',
    );
    assert.ok(fail.length >= 3);
  });

  test('StartTLS on ldap:// works; a directory account cannot change a password in mamori', async () => {
    const r = await admin.put('/api/directory/settings', ldapSettings(d, { url: d.ldapUrl, startTls: true }));
    assert.equal(r.statusCode, 200, r.body);
    const c = new Client(t.app);
    const s = await login(c, 'shimin.shiro', 'Shimin-Pass-0001');
    assert.equal(s.statusCode, 200, s.body);
    // Even with every sign-in step done, there is no local password to change.
    const shiro = await rowWhereOrThrow(t.db, 'users', { login_id: 'shimin.shiro' }, [
      'id',
      'organization_id',
    ]);
    const full = await signedIn(t, { id: shiro.id, organizationId: shiro.organization_id });
    const pw = await full.post('/api/auth/password', {
      currentPassword: 'Shimin-Pass-0001',
      newPassword: 'New-Pass-99999!',
    });
    assert.equal(pw.statusCode, 409);
    assert.equal(pw.json().error.code, 'auth.no_local_password');
    // A wrong CA is a directory failure (503), never a sign-in without TLS.
    const wrongCa = await admin.put('/api/directory/settings', ldapSettings(d, { caCertificate: null }));
    assert.equal(wrongCa.statusCode, 200);
    assert.equal((await login(new Client(t.app), 'shimin.shiro', 'Shimin-Pass-0001')).statusCode, 503);
    await admin.put('/api/directory/settings', ldapSettings(d));
  });

  test('a person marked local (break-glass) keeps a local password even when the directory knows the name', async () => {
    const person = await makeUser(t.db, org, {});
    const mark = await admin.post(`/api/directory/accounts/${person.id}/local`, { local: true });
    assert.equal(mark.statusCode, 204, mark.body);
    assert.equal((await login(new Client(t.app), person.loginId, person.password)).statusCode, 200);
    const ev = (await auditEvents(t.db, org.id)).find((e) => e.event === 'directory.account_local');
    assert.deepEqual(JSON.parse(ev?.data ?? '{}'), { loginId: person.loginId, local: true });
  });

  test('sign-in is refused with 403 when the body does not make accounts at first sign-in', async () => {
    await admin.put('/api/directory/settings', ldapSettings(d, { createOnSignIn: false }));
    const r = await login(new Client(t.app), 'joho.saburo', 'Joho-Pass-0002');
    assert.equal(r.statusCode, 403);
    assert.equal(r.json().error.code, 'directory.no_account');
    await admin.put('/api/directory/settings', ldapSettings(d));
  });
});
