// Findings 4, 5, 6 and 8: guessing second factors and current passwords, lockout beaten by a burst or by
// a look-alike login ID, and the audit log flooded through a locked account.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { generateSync } from 'otplib';
import { migrateToLatest } from '../../src/db/migration.ts';
import { accountKey } from '../../src/modules/auth/throttle.ts';
import { createOrganization, createUser } from '../../src/modules/org/service.ts';
import { allMigrations } from '../../src/modules/registry.ts';
import { systemActor } from '../../src/shared/actor.ts';
import { clientIn, userWithTotp } from '../support/auth.ts';
import { testDatabase } from '../support/db.ts';
import { makeOrg, makeUser, type TestUser } from '../support/factories.ts';
import { type FloodRequest, flood, healthzDuring, listening } from '../support/healthz.ts';
import { auditEvents, Client, signedIn, startTestApp, type TestApp } from '../support/http.ts';

let t: TestApp;
let base: string;
before(async () => {
  // Floods come over real HTTP from another process; each names its address as a proxy would.
  process.env.TRUST_PROXY = '1';
  t = await startTestApp();
  delete process.env.TRUST_PROXY;
  base = await listening(t.app);
});
after(() => t.close());

const MAX = 5; // the default lockout rule: 5 failures, 15 minutes
const flood_: string[] = [];

async function events(orgId: string, name: string) {
  return (await auditEvents(t.db, orgId)).filter((e) => e.event === name);
}

/** Sends the requests over HTTP from another process, `width` at a time, while /healthz is probed. */
async function burst(requests: FloodRequest[], width: number, label: string) {
  const watch = await healthzDuring(base, () => flood(base, requests, width));
  flood_.push(`${label}: /healthz slowest ${watch.maxMs} ms over ${watch.samples} probes`);
  assert.ok(watch.maxMs < 1000, `/healthz answered within 1 s during ${label} (slowest ${watch.maxMs} ms)`);
  return watch.result;
}

const json = (body: unknown, ip: string, extra: Record<string, string> = {}) => ({
  headers: { 'content-type': 'application/json', 'x-forwarded-for': ip, ...extra },
  body: JSON.stringify(body),
});

describe('throttling of every secret, per account and per address', { timeout: 300_000 }, () => {
  after(() => console.log(`throttle floods:\n  ${flood_.join('\n  ')}`));

  test('1,000 wrong TOTP codes in one session: five are checked, the rest refused, then the right code too (finding 4)', async () => {
    const org = await makeOrg(t.db);
    const e = await userWithTotp(t, org);
    const c = await clientIn(t, e.user, 'mfa', '10.4.0.1');
    const codes = await burst(
      Array.from({ length: 1000 }, (_, i) => ({
        method: 'POST',
        path: '/api/auth/totp/verify',
        ...json({ code: String(100000 + i) }, '10.4.0.1', { cookie: c.cookie, 'x-csrf-token': c.csrf }),
      })),
      100,
      '1,000 TOTP guesses, 100 at a time',
    );
    const statuses = codes.map((r) => r.status);
    assert.equal(statuses.filter((s) => s === 400).length, MAX, 'five wrong codes were checked');
    assert.equal(statuses.filter((s) => s === 429).length, 1000 - MAX);
    const right = await c.post('/api/auth/totp/verify', { code: generateSync({ secret: e.secret }) });
    assert.equal(right.statusCode, 429, 'the right code is refused while locked');
    assert.equal(right.json().error.code, 'auth.locked');
    const failed = await events(org.id, 'accounts.sign_in_failed');
    assert.equal(failed.length, MAX, 'only checked attempts are audited');
    const locked = await events(org.id, 'accounts.locked_out');
    assert.equal(locked.length, 1);
    assert.equal(JSON.parse(locked[0].data).kind, 'factor');
  });

  test('recovery codes and security keys count against the same second-factor allowance', async () => {
    const org = await makeOrg(t.db);
    const e = await userWithTotp(t, org);
    const c = await clientIn(t, e.user, 'mfa', '10.4.0.2');
    for (let i = 0; i < 3; i++)
      assert.equal((await c.post('/api/auth/recovery/verify', { code: `WRONG-${i}0000` })).statusCode, 400);
    await c.post('/api/auth/webauthn/authenticate/options');
    const key = await c.post('/api/auth/webauthn/authenticate/verify', {
      response: { id: 'nope', type: 'public-key' },
    });
    assert.equal(key.statusCode, 400);
    assert.equal(key.json().error.code, 'auth.webauthn_failed');
    assert.equal((await c.post('/api/auth/totp/verify', { code: '000000' })).statusCode, 400);
    const sixth = await c.post('/api/auth/recovery/verify', { code: e.recoveryCodes[0] });
    assert.equal(sixth.statusCode, 429, 'a valid recovery code is refused once the allowance is spent');
    const unused = await t.db
      .selectFrom('recovery_codes')
      .select('id')
      .where('user_id', '=', e.user.id)
      .where('used_at', 'is', null)
      .execute();
    assert.equal(unused.length, 10, 'the refused code was not used up');
  });

  test('the current password on a signed-in session is throttled and audited like signing in', async () => {
    const org = await makeOrg(t.db);
    const u = await makeUser(t.db, org);
    const c = await signedIn(t, u);
    for (let i = 0; i < MAX; i++) {
      const r = await c.post('/api/auth/password', {
        currentPassword: `guess-${i}`,
        newPassword: 'Another-Good-Pass-9',
      });
      assert.equal(r.statusCode, 400);
      assert.equal(r.json().error.fields[0].code, 'auth.current_password_wrong');
    }
    const locked = await c.post('/api/auth/password', {
      currentPassword: u.password,
      newPassword: 'Another-Good-Pass-9',
    });
    assert.equal(locked.statusCode, 429);
    const checks = await events(org.id, 'accounts.password_check_failed');
    assert.equal(checks.length, MAX);
    assert.deepEqual(JSON.parse(checks[0].data), { purpose: 'password_change' });
    assert.equal((await events(org.id, 'accounts.locked_out')).length, 1);
    // One secret, one allowance: signing in with it is locked too.
    const signIn = await new Client(t.app, '10.4.0.3').post('/api/auth/login', {
      loginId: u.loginId,
      password: u.password,
    });
    assert.equal(signIn.statusCode, 429);
  });

  test('300 wrong passwords sent at once from 300 addresses, with the right one among them: five are checked, nobody signs in (finding 5)', async () => {
    const org = await makeOrg(t.db);
    const u = await makeUser(t.db, org);
    const rightAt = 150;
    const results = await burst(
      Array.from({ length: 301 }, (_, i) => ({
        method: 'POST',
        path: '/api/auth/login',
        ...json(
          { loginId: u.loginId, password: i === rightAt ? u.password : `Wrong-Guess-${i}!` },
          `10.5.${Math.floor(i / 200)}.${i % 200}`,
        ),
      })),
      301,
      '301 passwords at once',
    );
    const statuses = results.map((r) => r.status);
    assert.equal(statuses[rightAt], 429, 'the right password in the burst is refused unchecked');
    assert.ok(!statuses.includes(200), 'nobody signed in');
    assert.equal(statuses.filter((s) => s === 401).length, MAX, 'only five passwords were checked');
    assert.equal((await events(org.id, 'accounts.sign_in_failed')).length, MAX);
    assert.equal((await events(org.id, 'accounts.locked_out')).length, 1);
    const sessions = await t.db.selectFrom('sessions').select('id').where('user_id', '=', u.id).execute();
    assert.equal(sessions.length, 0);
  });

  test('attempts against a locked account are counted, not audited one by one (finding 8)', async () => {
    const org = await makeOrg(t.db);
    const u = await makeUser(t.db, org);
    const c = new Client(t.app, '10.6.0.1');
    for (let i = 0; i < MAX; i++) await c.post('/api/auth/login', { loginId: u.loginId, password: `x-${i}` });
    const before = (await auditEvents(t.db, org.id)).length;
    const results = await burst(
      Array.from({ length: 2000 }, (_, i) => ({
        method: 'POST',
        path: '/api/auth/login',
        ...json({ loginId: u.loginId, password: 'whatever' }, `10.7.${Math.floor(i / 250)}.${i % 250}`),
      })),
      100,
      '2,000 attempts at a locked account, 100 at a time',
    );
    assert.ok(results.every((r) => r.status === 429));
    assert.equal((await auditEvents(t.db, org.id)).length, before, 'no audit row per refused attempt');
    const row = await t.db
      .selectFrom('login_throttle')
      .select('failures')
      .where('key', '=', accountKey('password', u.id))
      .executeTakeFirstOrThrow();
    assert.ok(Number(row.failures) >= MAX + 2000, `every attempt was counted (${row.failures})`);
  });

  test('one address spraying many accounts is slowed down, and no account is charged for it', async () => {
    const org = await makeOrg(t.db);
    const users: TestUser[] = [];
    for (let i = 0; i < 10; i++) users.push(await makeUser(t.db, org));
    const c = new Client(t.app, '10.8.0.1');
    // Three tries at each of ten accounts: no account reaches its allowance, the address does.
    for (let i = 0; i < 30; i++)
      await c.post('/api/auth/login', { loginId: users[i % 10].loginId, password: `Spray-${i}!` });
    const blocked = await c.post('/api/auth/login', {
      loginId: users[0].loginId,
      password: users[0].password,
    });
    assert.equal(blocked.statusCode, 429);
    const ok = await new Client(t.app, '10.8.0.2').post('/api/auth/login', {
      loginId: users[0].loginId,
      password: users[0].password,
    });
    assert.equal(ok.statusCode, 200, 'from elsewhere the account still signs in');
  });

  test('login IDs are one account whatever their case or width; the lockout is the account’s (finding 6)', async () => {
    const a = await makeOrg(t.db);
    const b = await makeOrg(t.db);
    const u = await makeUser(t.db, a);
    const shout = u.loginId.toUpperCase();
    await assert.rejects(
      t.db
        .transaction()
        .execute((trx) => createUser(trx, systemActor(b.id), { loginId: shout, displayName: 'x' })),
      /org.login_id_unavailable/,
    );
    const wide = [...u.loginId].map((ch) => String.fromCodePoint((ch.codePointAt(0) ?? 0) + 0xfee0)).join('');
    const r = await new Client(t.app, '10.9.0.1').post('/api/auth/login', {
      loginId: wide,
      password: u.password,
    });
    assert.equal(r.statusCode, 200, 'the full-width ID signs in the same account');
    for (let i = 0; i < MAX; i++)
      await new Client(t.app, `10.9.1.${i}`).post('/api/auth/login', { loginId: shout, password: `no-${i}` });
    const locked = await new Client(t.app, '10.9.2.1').post('/api/auth/login', {
      loginId: u.loginId,
      password: u.password,
    });
    assert.equal(locked.statusCode, 429, 'failures under any spelling lock the one account');
  });

  test('an upgrade stops with a clear message when existing login IDs differ only in case or width', async () => {
    const database = await testDatabase({ migrate: false });
    try {
      await migrateToLatest(
        database.db,
        database.dialect,
        allMigrations.filter((m) => m.name !== '0130_users_login_key'),
      );
      const orgId = await database.db
        .transaction()
        .execute((trx) => createOrganization(trx, systemActor(''), { code: 'clash', name: '衝突組合' }));
      for (const [id, login] of [
        ['u1', 'HAGI-TANTO'],
        ['u2', 'hagi-tanto'],
      ])
        await database.db
          .insertInto('users')
          .values({
            id,
            organization_id: orgId,
            login_id: login,
            display_name: login,
            employment_type: '職員',
            status: 'active',
            created_at: new Date().toISOString(),
          } as never)
          .execute();
      await assert.rejects(migrateToLatest(database.db, database.dialect, allMigrations), (e: Error) => {
        assert.match(e.message, /「HAGI-TANTO」 \/ 「hagi-tanto」/);
        assert.match(e.message, /ログインID/);
        assert.match(e.message, /rename one/);
        return true;
      });
    } finally {
      await database.close();
    }
  });
});
