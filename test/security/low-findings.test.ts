// The low findings of the attacker's-eye review, each reproduced and now refused.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openDatabase } from '../../src/db/connect.ts';
import { enterSingleAxisScheme } from '../../src/modules/assets/fixtures.test-support.ts';
import { takeVerifiedBackup } from '../../src/modules/backups/take.ts';
import { userWithTotp } from '../support/auth.ts';
import { onPostgres } from '../support/db.ts';
import { makeOrg, makeUser } from '../support/factories.ts';
import { auditEvents, Client, signedIn, startTestApp, type TestApp } from '../support/http.ts';

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

  test('GET /api/requests/needed?assetId= answers 404 for an asset the caller may not read', async () => {
    const org = await makeOrg(t.db);
    const unitB = (
      await t.db
        .insertInto('units')
        .values({
          id: crypto.randomUUID(),
          organization_id: org.id,
          parent_id: null,
          name: '他課',
          kind: '課',
          sort_order: 1,
          created_at: new Date().toISOString(),
        } as never)
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const manager = await signedIn(
      t,
      await makeUser(t.db, org, {
        functions: ['assets.manage', 'assets.read', 'assets.read_all', 'classification.manage'],
        tier: 1,
      }),
    );
    await enterSingleAxisScheme(manager);
    const created = await manager.post('/api/assets', {
      assetNo: 'X-001',
      name: '他課の台帳',
      kind: 'information',
      ownerUnitId: unitB,
    });
    assert.equal(created.statusCode, 200, created.body);
    const assetId = created.json().id as string;
    const staff = await signedIn(t, await makeUser(t.db, org, { functions: ['assets.read'] }));
    assert.equal((await staff.get(`/api/assets/${assetId}`)).statusCode, 403, 'the register refuses it');
    const needed = await staff.get(`/api/requests/needed?assetId=${assetId}`);
    assert.equal(needed.statusCode, 404, needed.body);
    assert.ok(!needed.body.includes('他課の台帳'), 'no name leaks');
    const allowed = await manager.get(`/api/requests/needed?assetId=${assetId}`);
    assert.equal(allowed.statusCode, 200);
    assert.equal(allowed.json().asset.name, '他課の台帳');
  });

  test('a body over a route’s limit answers 413 naming that route’s limit', async () => {
    const c = new Client(t.app);
    const big = await c.post('/api/auth/login', { loginId: 'a', password: 'x'.repeat(1100 * 1024) });
    assert.equal(big.statusCode, 413);
    assert.match(big.json().error.message, /上限 1 MB/);
    const org = await makeOrg(t.db);
    const admin = await signedIn(t, await makeUser(t.db, org, { functions: ['policy.manage'] }));
    const file = await t.app.inject({
      method: 'POST',
      url: '/api/policy/import?fileName=big.txt',
      headers: {
        cookie: admin.cookie,
        'x-csrf-token': admin.csrf,
        'content-type': 'application/octet-stream',
      },
      payload: Buffer.alloc(5 * 1024 * 1024 + 10, 0x41),
    });
    assert.equal(file.statusCode, 413);
    assert.match(file.json().error.message, /上限 5 MB/, 'the policy upload says 5 MB, not 1 MB');
  });

  test('the database file, its WAL and SHM, and backups are readable by their owner only', {
    skip: onPostgres && 'SQLite files',
  }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-modes-'));
    try {
      const file = path.join(dir, 'mamori.db');
      const database = await openDatabase({ sqliteFile: file });
      await database.db.schema.createTable('x').addColumn('a', 'integer').execute();
      await database.db
        .insertInto('x' as never)
        .values({ a: 1 } as never)
        .execute();
      for (const f of [file, `${file}-wal`, `${file}-shm`])
        assert.equal(fs.statSync(f).mode & 0o777, 0o600, f);
      await database.close();
      // A backup of the application's database.
      const backup = path.join(dir, 'backups', 'b.db');
      await takeVerifiedBackup(t.database.source ?? {}, backup);
      assert.equal(fs.statSync(backup).mode & 0o777, 0o600);
      assert.equal(fs.statSync(path.dirname(backup)).mode & 0o777, 0o700);
      // An older install's 0644 file is narrowed at the next start.
      fs.chmodSync(file, 0o644);
      const again = await openDatabase({ sqliteFile: file });
      assert.equal(fs.statSync(file).mode & 0o777, 0o600);
      await again.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a register exported as CSV guards full-width ＝ at the start of a cell like =', async () => {
    const org = await makeOrg(t.db);
    const c = await signedIn(t, await makeUser(t.db, org, { functions: ['systems.manage', 'systems.read'] }));
    assert.equal(
      (await c.post('/api/systems/systems', { name: '＝HYPERLINK("http://evil","開く")' })).statusCode,
      201,
    );
    const csv = (await c.get('/api/systems/systems/export.csv')).rawPayload.toString('utf8');
    assert.match(csv, /"'＝HYPERLINK\(/);
  });
});
