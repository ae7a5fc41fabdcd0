import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import { Client, signedIn, testAppPerFile } from '../../../test/support/http.ts';
import { rowWhereOrThrow } from '../../db/rows-in-org.ts';
import { IP_MAX_FAILURES } from './throttle.ts';

const t = testAppPerFile();

describe('session security', () => {
  test('a session ends at its absolute timeout even while in use', async () => {
    const org = await makeOrg(t.db);
    const u = await makeUser(t.db, org, { functions: ['audit.read'] });
    const c = await signedIn(t, u);
    assert.equal((await c.get('/api/audit')).statusCode, 200);
    await t.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('user_id', '=', u.id)
      .execute();
    assert.equal((await c.get('/api/audit')).statusCode, 401);
  });

  test('a session id planted before sign-in is never adopted (no fixation)', async () => {
    const org = await makeOrg(t.db);
    const u = await makeUser(t.db, org);
    const c = new Client(t.app);
    c.cookie = 'mamori_session=attacker-chosen-value-000000000000000000000';
    const r = await c.post('/api/auth/login', { loginId: u.loginId, password: u.password });
    assert.equal(r.statusCode, 200);
    assert.notEqual(c.cookie, 'mamori_session=attacker-chosen-value-000000000000000000000');
    const attacker = new Client(t.app);
    attacker.cookie = 'mamori_session=attacker-chosen-value-000000000000000000000';
    assert.equal((await attacker.get('/api/session')).statusCode, 401);
  });

  test('one address failing against many accounts is slowed down too', async () => {
    const org = await makeOrg(t.db);
    const u = await makeUser(t.db, org);
    const c = new Client(t.app, '10.9.9.9');
    for (let i = 0; i < IP_MAX_FAILURES; i++) {
      const r = await c.post('/api/auth/login', { loginId: `spray-${i}`, password: 'Winter2026!' });
      assert.equal(r.statusCode, 401);
    }
    const blocked = await c.post('/api/auth/login', { loginId: u.loginId, password: u.password });
    assert.equal(blocked.statusCode, 429);
    const elsewhere = await new Client(t.app, '10.9.9.10').post('/api/auth/login', {
      loginId: u.loginId,
      password: u.password,
    });
    assert.equal(elsewhere.statusCode, 200, 'the account itself is not locked by another address');
  });

  test('polling by an unattended page does not keep the session alive; the person’s own requests do', async () => {
    const org = await makeOrg(t.db);
    const u = await makeUser(t.db, org);
    const c = await signedIn(t, u);
    const old = new Date(Date.now() - 14 * 60 * 1000).toISOString();
    await t.db.updateTable('sessions').set({ last_seen_at: old }).where('user_id', '=', u.id).execute();
    const polled = await c.request('GET', '/api/session', undefined, { 'x-mamori-background': '1' });
    assert.equal(polled.statusCode, 200);
    const after = await rowWhereOrThrow(t.db, 'sessions', { user_id: u.id }, ['last_seen_at']);
    assert.equal(after.last_seen_at, old, 'the idle clock did not restart');
    assert.equal((await c.get('/api/session')).statusCode, 200);
    const used = await rowWhereOrThrow(t.db, 'sessions', { user_id: u.id }, ['last_seen_at']);
    assert.ok(used.last_seen_at > old, 'a request of the person restarts it');
  });

  test('a suspended person is signed out at once', async () => {
    const org = await makeOrg(t.db);
    const u = await makeUser(t.db, org, { functions: ['audit.read'] });
    const c = await signedIn(t, u);
    await t.db.updateTable('users').set({ status: 'suspended' }).where('id', '=', u.id).execute();
    assert.equal((await c.get('/api/audit')).statusCode, 401);
    const again = await new Client(t.app, '10.9.9.11').post('/api/auth/login', {
      loginId: u.loginId,
      password: u.password,
    });
    assert.equal(again.statusCode, 401);
  });
});
