// The low findings of the attacker's-eye review, each reproduced and now refused.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { userWithTotp } from '../support/auth.ts';
import { makeOrg } from '../support/factories.ts';
import { auditEvents, signedIn, startTestApp, type TestApp } from '../support/http.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const events = async (orgId: string, name: string) =>
  (await auditEvents(t.db, orgId)).filter((e) => e.event === name);

describe('low findings', { timeout: 180_000 }, () => {
  test('changing second factors needs the password re-entered (throttled, audited), for five minutes', async () => {
    const org = await makeOrg(t.db);
    const e = await userWithTotp(t, org);
    const c = await signedIn(t, e.user);
    for (const [method, url] of [
      ['POST', '/api/auth/recovery/regenerate'],
      ['POST', '/api/auth/totp/setup'],
      ['POST', '/api/auth/webauthn/register/options'],
      ['DELETE', '/api/auth/totp'],
    ]) {
      const r = await c.request(method, url, method === 'POST' ? {} : undefined);
      assert.equal(r.statusCode, 403, `${method} ${url}: ${r.body}`);
      assert.equal(r.json().error.code, 'auth.reauth_required');
      assert.match(r.json().error.message, /パスワードを入力し直してください/);
    }
    assert.equal((await events(org.id, 'accounts.recovery_codes_issued')).length, 1, 'only the enrolment’s');
    const wrong = await c.post('/api/auth/reauth', { password: 'not-my-password' });
    assert.equal(wrong.statusCode, 400);
    assert.equal(wrong.json().error.fields[0].field, 'password');
    assert.deepEqual(JSON.parse((await events(org.id, 'accounts.password_check_failed'))[0].data), {
      purpose: 'reauthenticate',
    });
    const ok = await c.post('/api/auth/reauth', { password: e.user.password });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.ok(ok.json().validUntil);
    assert.equal((await events(org.id, 'accounts.reauthenticated')).length, 1);
    const codes = await c.post('/api/auth/recovery/regenerate');
    assert.equal(codes.statusCode, 200, codes.body);
    assert.equal(codes.json().recoveryCodes.length, 10);
    assert.equal((await events(org.id, 'accounts.recovery_codes_issued')).length, 2);
    // Five minutes later it is asked again.
    await t.db
      .updateTable('sessions')
      .set({ reauth_at: new Date(Date.now() - 6 * 60_000).toISOString() })
      .where('user_id', '=', e.user.id)
      .execute();
    assert.equal((await c.post('/api/auth/recovery/regenerate')).statusCode, 403);
    // Guessing through the prompt locks the account like signing in does.
    for (let i = 0; i < 5; i++) await c.post('/api/auth/reauth', { password: `guess-${i}` });
    assert.equal((await c.post('/api/auth/reauth', { password: e.user.password })).statusCode, 429);
  });
});
