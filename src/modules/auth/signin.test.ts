import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { generateSync } from 'otplib';
import { GOOD_PASSWORD, makeOrg, makeUser } from '../../../test/support/factories.ts';
import { auditEvents, Client, testAppPerFile } from '../../../test/support/http.ts';
import { rowsWhere } from '../../db/rows-in-org.ts';

const t = testAppPerFile();

async function enrolTotp(c: Client): Promise<string> {
  await c.refreshCsrf();
  const setup = await c.post('/api/auth/totp/setup');
  assert.equal(setup.statusCode, 200, setup.body);
  const { secret } = setup.json();
  const confirm = await c.post('/api/auth/totp/confirm', { code: generateSync({ secret }) });
  assert.equal(confirm.statusCode, 200, confirm.body);
  assert.equal(confirm.json().stage, 'full');
  assert.equal(confirm.json().recoveryCodes.length, 10);
  return secret;
}

describe('sign-in', () => {
  test('[R-E12] the first sign-in must change the initial password before anything else is reachable', async () => {
    const org = await makeOrg(t.db);
    const u = await makeUser(t.db, org, { functions: ['audit.read'], mustChange: true });
    const c = new Client(t.app);
    const login = await c.post('/api/auth/login', { loginId: u.loginId, password: u.password });
    assert.equal(login.statusCode, 200);
    assert.equal(login.json().stage, 'password_change');
    await c.refreshCsrf();
    const blocked = await c.get('/api/audit');
    assert.equal(blocked.statusCode, 401);
    assert.equal(blocked.json().error.code, 'auth.step_required');
    const weak = await c.post('/api/auth/password', { currentPassword: u.password, newPassword: 'short' });
    assert.equal(weak.statusCode, 400);
    const codes = weak.json().error.fields.map((f: { code: string }) => f.code);
    assert.ok(codes.includes('password.too_short'));
    assert.ok(codes.includes('password.needs_upper'));
    assert.ok(weak.json().error.fields.every((f: { field: string }) => f.field === 'newPassword'));
    const short = weak.json().error.fields.find((f: { code: string }) => f.code === 'password.too_short');
    assert.equal(short.message, 'パスワードが短すぎます（12 文字以上）。', 'placeholders are filled');
    const changed = await c.post('/api/auth/password', {
      currentPassword: u.password,
      newPassword: 'Sazanami-Hagi-77#',
    });
    assert.equal(changed.statusCode, 200, changed.body);
    assert.equal(changed.json().stage, 'enroll');
    const events = (await auditEvents(t.db, org.id)).map((e) => e.event);
    assert.ok(events.includes('accounts.password_changed'));
  });

  test('[R-E12] at the first sign-in the one-time password just typed is not asked again, by that session only', async () => {
    const org = await makeOrg(t.db);
    const u = await makeUser(t.db, org, { mustChange: true });
    const c = new Client(t.app);
    await c.post('/api/auth/login', { loginId: u.loginId, password: u.password });
    await c.refreshCsrf();
    // The new password must still differ from the one-time password the session proved.
    const same = await c.post('/api/auth/password', { newPassword: u.password });
    assert.equal(same.statusCode, 400, same.body);
    assert.ok(same.json().error.fields.some((f: { code: string }) => f.code === 'password.same_as_current'));
    const changed = await c.post('/api/auth/password', { newPassword: 'Sazanami-Hagi-77#' });
    assert.equal(changed.statusCode, 200, changed.body);
    assert.equal(changed.json().stage, 'enroll');
    const event = (await auditEvents(t.db, org.id)).find((e) => e.event === 'accounts.password_changed');
    assert.deepEqual(JSON.parse(event?.data ?? '{}'), { forced: true });

    // A session that signed in before the one-time password was set again must give the current one.
    const v = await makeUser(t.db, org, { mustChange: true });
    const d = new Client(t.app);
    await d.post('/api/auth/login', { loginId: v.loginId, password: v.password });
    await d.refreshCsrf();
    await t.db
      .updateTable('passwords')
      .set({ changed_at: new Date(Date.now() + 60_000).toISOString() })
      .where('user_id', '=', v.id)
      .execute();
    const stale = await d.post('/api/auth/password', { newPassword: 'Sazanami-Hagi-77#' });
    assert.equal(stale.statusCode, 400, stale.body);
    assert.deepEqual(
      stale.json().error.fields.map((f: { field: string; code: string }) => [f.field, f.code]),
      [['currentPassword', 'auth.current_password_required']],
    );
    assert.equal(stale.json().error.fields[0].message, '現在のパスワードを入力してください。');
  });

  test('[R-E12] a signed-in person changing their password always gives the current one', async () => {
    const org = await makeOrg(t.db);
    const u = await makeUser(t.db, org);
    const c = new Client(t.app);
    await c.post('/api/auth/login', { loginId: u.loginId, password: GOOD_PASSWORD });
    await enrolTotp(c);
    await c.refreshCsrf();
    const r = await c.post('/api/auth/password', { newPassword: 'Another-Good-Pass-9' });
    assert.equal(r.statusCode, 400, r.body);
    assert.equal(r.json().error.fields[0].code, 'auth.current_password_required');
    const events = (await auditEvents(t.db, org.id)).map((e) => e.event);
    assert.ok(!events.includes('accounts.password_changed'), 'nothing changed');
  });

  test('[R-E12] passwords must be long and mixed and must not contain the login ID or be common', async () => {
    const org = await makeOrg(t.db);
    const u = await makeUser(t.db, org, { mustChange: true });
    const c = new Client(t.app);
    await c.post('/api/auth/login', { loginId: u.loginId, password: u.password });
    await c.refreshCsrf();
    const cases: [string, string][] = [
      ['alllowercase-but-long-1!', 'password.needs_upper'],
      ['ALLUPPERCASE-BUT-LONG-1!', 'password.needs_lower'],
      ['NoDigitsHere-Really!', 'password.needs_digit'],
      ['NoSymbolsHere2026abc', 'password.needs_symbol'],
      [`Xx1!${u.loginId}abcdef`, 'password.contains_login_id'],
      ['Password123!', 'password.common'],
    ];
    for (const [pw, code] of cases) {
      const r = await c.post('/api/auth/password', { currentPassword: u.password, newPassword: pw });
      assert.equal(r.statusCode, 400, pw);
      assert.ok(
        r.json().error.fields.some((f: { code: string }) => f.code === code),
        `${pw} → ${code}: ${r.body}`,
      );
    }
  });

  test('[R-D9] sign-in needs a second factor: TOTP after the password, and a code cannot be replayed', async () => {
    const org = await makeOrg(t.db);
    const u = await makeUser(t.db, org, { functions: ['audit.read'] });
    const c = new Client(t.app);
    const first = await c.post('/api/auth/login', { loginId: u.loginId, password: u.password });
    assert.equal(first.json().stage, 'enroll');
    const enrolCookie = c.cookie;
    const secret = await enrolTotp(c);
    assert.notEqual(c.cookie, enrolCookie, 'the session id is renewed when sign-in completes');
    await c.refreshCsrf();
    assert.equal((await c.get('/api/audit')).statusCode, 200);

    const c2 = new Client(t.app);
    const login = await c2.post('/api/auth/login', { loginId: u.loginId, password: u.password });
    assert.equal(login.json().stage, 'mfa');
    await c2.refreshCsrf();
    assert.equal((await c2.get('/api/audit')).statusCode, 401);
    const bad = await c2.post('/api/auth/totp/verify', { code: '000000' });
    assert.equal(bad.statusCode, 400);
    // The enrolment used the current time step; pretend it was long ago so the current code is fresh.
    const step = Math.floor(Date.now() / 30000);
    await t.db
      .updateTable('totp_factors')
      .set({ last_step: step - 5 })
      .where('user_id', '=', u.id)
      .execute();
    const ok = await c2.post('/api/auth/totp/verify', { code: generateSync({ secret }) });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().stage, 'full');
    const c3 = new Client(t.app);
    await c3.post('/api/auth/login', { loginId: u.loginId, password: u.password });
    await c3.refreshCsrf();
    const replay = await c3.post('/api/auth/totp/verify', { code: generateSync({ secret }) });
    assert.equal(replay.statusCode, 400, 'the same code cannot be used twice');
    const events = await auditEvents(t.db, org.id);
    const names = events.map((e) => e.event);
    assert.ok(names.includes('accounts.totp_enrolled'));
    assert.ok(events.some((e) => e.event === 'accounts.signed_in' && JSON.parse(e.data).method === 'totp'));
    assert.ok(
      events.some((e) => e.event === 'accounts.sign_in_failed' && JSON.parse(e.data).reason === 'bad_code'),
    );
    for (const e of events) assert.ok(!e.data.includes(secret), 'no TOTP secret in the audit log');
  });

  test('[R-D9] a one-time recovery code passes the second factor once', async () => {
    const org = await makeOrg(t.db);
    const u = await makeUser(t.db, org);
    const c = new Client(t.app);
    await c.post('/api/auth/login', { loginId: u.loginId, password: u.password });
    await c.refreshCsrf();
    await c.post('/api/auth/totp/setup');
    const setup = await c.post('/api/auth/totp/setup');
    const confirm = await c.post('/api/auth/totp/confirm', {
      code: generateSync({ secret: setup.json().secret }),
    });
    const code = confirm.json().recoveryCodes[0] as string;
    for (const expected of [200, 400]) {
      const c2 = new Client(t.app);
      await c2.post('/api/auth/login', { loginId: u.loginId, password: u.password });
      await c2.refreshCsrf();
      const r = await c2.post('/api/auth/recovery/verify', { code });
      assert.equal(r.statusCode, expected);
    }
  });

  test('an unknown login ID and a wrong password get the same answer', async () => {
    const org = await makeOrg(t.db);
    const u = await makeUser(t.db, org);
    const a = await new Client(t.app, '10.0.0.1').post('/api/auth/login', {
      loginId: 'nobody-here',
      password: 'x',
    });
    const b = await new Client(t.app, '10.0.0.1').post('/api/auth/login', {
      loginId: u.loginId,
      password: 'wrong',
    });
    assert.equal(a.statusCode, 401);
    assert.equal(b.statusCode, 401);
    assert.deepEqual(a.json(), b.json());
  });

  test('repeated failures lock the account for a while, and the lockout is audited', async () => {
    const org = await makeOrg(t.db);
    const u = await makeUser(t.db, org);
    const c = new Client(t.app, '10.0.0.2');
    for (let i = 0; i < 5; i++) {
      const r = await c.post('/api/auth/login', { loginId: u.loginId, password: `wrong-${i}` });
      assert.equal(r.statusCode, 401);
    }
    const locked = await c.post('/api/auth/login', { loginId: u.loginId, password: u.password });
    assert.equal(locked.statusCode, 429);
    assert.equal(locked.json().error.code, 'auth.locked');
    const events = (await auditEvents(t.db, org.id)).map((e) => e.event);
    assert.ok(events.includes('accounts.locked_out'));
    // The attempt refused while locked is counted, not audited (one lockout event per period).
    assert.equal(events.filter((e) => e === 'accounts.sign_in_failed').length, 5);
  });

  test('session cookies are HttpOnly and SameSite=Strict; state changes need the CSRF token', async () => {
    const org = await makeOrg(t.db);
    const u = await makeUser(t.db, org);
    const c = new Client(t.app);
    const r = await c.post('/api/auth/login', { loginId: u.loginId, password: u.password });
    const cookie = r.cookies.find((k) => k.name === 'mamori_session');
    assert.ok(cookie?.httpOnly);
    assert.equal(cookie?.sameSite, 'Strict');
    const noToken = await c.post('/api/auth/totp/setup');
    assert.equal(noToken.statusCode, 403);
    assert.equal(noToken.json().error.code, 'common.csrf');
  });

  test('an idle session ends, and signing out everywhere ends every session', async () => {
    const org = await makeOrg(t.db);
    const u = await makeUser(t.db, org);
    const a = new Client(t.app);
    await a.post('/api/auth/login', { loginId: u.loginId, password: u.password });
    await enrolTotp(a);
    await a.refreshCsrf();
    const old = new Date(Date.now() - 16 * 60 * 1000).toISOString();
    await t.db.updateTable('sessions').set({ last_seen_at: old }).where('user_id', '=', u.id).execute();
    assert.equal((await a.get('/api/session')).statusCode, 401, 'idle for 16 minutes: signed out');
    const sessions = await rowsWhere(t.db, 'sessions', { user_id: u.id }, ['id']);
    assert.equal(sessions.length, 0);

    const totp = await rowsWhere(t.db, 'totp_factors', { user_id: u.id }, ['user_id']);
    assert.equal(totp.length, 1);
  });

  test('the password of a signed-in user is changed with the current one, and other sessions end', async () => {
    const org = await makeOrg(t.db);
    const u = await makeUser(t.db, org);
    const a = new Client(t.app);
    await a.post('/api/auth/login', { loginId: u.loginId, password: GOOD_PASSWORD });
    await enrolTotp(a);
    await a.refreshCsrf();
    const wrong = await a.post('/api/auth/password', {
      currentPassword: 'nope',
      newPassword: 'Another-Good-Pass-9',
    });
    assert.equal(wrong.statusCode, 400);
    assert.equal(wrong.json().error.fields[0].field, 'currentPassword');
    const ok = await a.post('/api/auth/password', {
      currentPassword: GOOD_PASSWORD,
      newPassword: 'Another-Good-Pass-9',
    });
    assert.equal(ok.statusCode, 200);
    const all = await a.post('/api/auth/logout-all');
    assert.equal(all.statusCode, 204);
    assert.equal((await a.get('/api/session')).statusCode, 401);
    const events = await auditEvents(t.db, org.id);
    const out = events.find((e) => e.event === 'accounts.signed_out');
    assert.deepEqual(JSON.parse(out?.data ?? '{}'), { everywhere: true, sessions: 1 });
  });
});
