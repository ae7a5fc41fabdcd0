// Low finding: another body's login IDs could be probed through `409 org.login_id_taken`. Login IDs
// stay sign-in names for the whole server; the refusal no longer says where or whose, and probing is
// counted, audited and stopped (src/modules/org/login-id-guard.ts).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { run } from '../../src/modules/imports/testkit.ts';
import { LOGIN_ID_REFUSALS } from '../../src/modules/org/login-id-guard.ts';
import { ldapSettings } from '../support/directory.ts';
import { makeOrg, makeUser } from '../support/factories.ts';
import { auditEvents, Client, signedIn, startTestApp, type TestApp } from '../support/http.ts';
import { ledgerXlsx } from '../support/ledger.ts';
import { slapdMissing, startTestDirectory, type TestDirectory } from '../support/slapd.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const events = async (orgId: string, name: string) =>
  (await auditEvents(t.db, orgId)).filter((e) => e.event === name);

async function bodyWithAdmin() {
  const org = await makeOrg(t.db);
  return { org, admin: await signedIn(t, await makeUser(t.db, org, { functions: ['org.admin'] })) };
}

describe('login IDs of another body cannot be probed', { timeout: 120_000 }, () => {
  test('the refusal is the same for an ID held here and one held by another body, audited where asked', async () => {
    const b = await makeOrg(t.db);
    const victim = await makeUser(t.db, b);
    const { org: a, admin } = await bodyWithAdmin();
    const mine = await makeUser(t.db, a);
    const elsewhere = await admin.post('/api/org/people', {
      loginId: victim.loginId,
      displayName: '探り 太郎',
    });
    const here = await admin.post('/api/org/people', { loginId: mine.loginId, displayName: '探り 次郎' });
    for (const [r, id] of [
      [elsewhere, victim.loginId],
      [here, mine.loginId],
    ] as const) {
      assert.equal(r.statusCode, 409, r.body);
      assert.equal(r.json().error.code, 'org.login_id_unavailable');
      assert.equal(r.json().error.fields[0].field, 'loginId');
      assert.equal(
        r.json().error.message,
        `ログインID「${id}」は使用できません。別のIDを指定してください（組織の略称や職員番号を付けるなど）。`,
      );
    }
    const shape = (s: string, id: string) => s.replaceAll(id, 'ID');
    assert.equal(
      shape(elsewhere.body, victim.loginId),
      shape(here.body, mine.loginId),
      'nothing tells them apart',
    );
    assert.ok(!elsewhere.body.includes(b.id) && !elsewhere.body.includes(victim.id));
    const refused = await events(a.id, 'org.login_id_refused');
    assert.deepEqual(
      refused.map((e) => JSON.parse(e.data)),
      [
        { loginIds: [victim.loginId], count: 1, via: 'person' },
        { loginIds: [mine.loginId], count: 1, via: 'person' },
      ],
    );
    assert.equal((await events(b.id, 'org.login_id_refused')).length, 0, 'the other body’s log is untouched');
    assert.equal(
      (await t.db.selectFrom('users').select('id').where('organization_id', '=', a.id).execute()).length,
      2,
      'no one was added',
    );
    // The holder still signs in with the ID alone.
    const signIn = await new Client(t.app, '10.77.0.1').post('/api/auth/login', {
      loginId: victim.loginId,
      password: victim.password,
    });
    assert.equal(signIn.statusCode, 200, signIn.body);
    // A free ID is added as before.
    assert.equal(
      (await admin.post('/api/org/people', { loginId: `free-${victim.loginId}`, displayName: '新人' }))
        .statusCode,
      200,
    );
  });

  test('probing stops after the allowance: every check refused for an hour, recorded once', async () => {
    const b = await makeOrg(t.db);
    const held = await Promise.all(Array.from({ length: LOGIN_ID_REFUSALS + 1 }, () => makeUser(t.db, b)));
    const { org: a, admin } = await bodyWithAdmin();
    for (const u of held.slice(0, LOGIN_ID_REFUSALS)) {
      const r = await admin.post('/api/org/people', { loginId: u.loginId, displayName: '探り' });
      assert.equal(r.statusCode, 409);
    }
    const over = await admin.post('/api/org/people', {
      loginId: held[LOGIN_ID_REFUSALS].loginId,
      displayName: '探り',
    });
    assert.equal(over.statusCode, 429, over.body);
    assert.equal(over.json().error.code, 'org.login_id_checks_locked');
    assert.match(over.json().error.message, /60 分間停止/);
    // Locked: a free ID and a taken one get the same answer, so nothing more can be learnt.
    const free = await admin.post('/api/org/people', {
      loginId: `free-${held[0].loginId}`,
      displayName: '新人',
    });
    const taken = await admin.post('/api/org/people', { loginId: held[0].loginId, displayName: '探り' });
    assert.equal(free.statusCode, 429);
    assert.equal(taken.statusCode, 429);
    assert.equal((await events(a.id, 'org.login_id_checks_locked')).length, 1);
    assert.equal((await events(a.id, 'org.login_id_refused')).length, LOGIN_ID_REFUSALS + 1);
    // Another body is not slowed by this one's probing.
    const other = await bodyWithAdmin();
    assert.equal(
      (
        await other.admin.post('/api/org/people', {
          loginId: `other-${held[0].loginId}`,
          displayName: '新人',
        })
      ).statusCode,
      200,
    );
  });

  test('the staff import follows the same rule: the row is named, the count audited, no holder shown', async () => {
    const b = await makeOrg(t.db);
    const victim = await makeUser(t.db, b);
    const { org: a, admin } = await bodyWithAdmin();
    const list = ledgerXlsx({
      title: '職員名簿',
      headings: ['職員番号', '氏名', 'ログインID'],
      rows: [
        ['3001', '探り 花子', victim.loginId.toUpperCase()],
        ['3002', '新人 一郎', `new-${victim.loginId}`],
      ],
    });
    const dry = await run(admin, 'org.people', list.xlsx, { dryRun: true });
    assert.equal(dry.statusCode, 200, dry.body);
    const errors = dry.json().errors as { row: number; code: string; message: string }[];
    assert.deepEqual(
      errors.map((e) => [e.row, e.code]),
      [[list.rowOf[0], 'org.login_id_unavailable']],
    );
    assert.ok(!errors[0].message.includes(b.id));
    assert.deepEqual(JSON.parse((await events(a.id, 'org.login_id_refused'))[0].data), {
      loginIds: [victim.loginId.toUpperCase()],
      count: 1,
      via: 'import',
    });
    assert.equal((await run(admin, 'org.people', list.xlsx)).statusCode, 400, 'nothing is imported');
  });
});

describe('the directory sync follows the same rule (real OpenLDAP)', { skip: slapdMissing }, () => {
  let d: TestDirectory;
  before(async () => {
    d = await startTestDirectory();
  });
  after(() => d?.close());

  test('an ID another body holds is a conflict, counted and audited like any taken ID', async () => {
    const b = await makeOrg(t.db);
    const holder = await makeUser(t.db, b);
    await t.db
      .updateTable('users')
      .set({ login_id: 'joho.saburo', login_key: 'joho.saburo' })
      .where('id', '=', holder.id)
      .execute();
    const { org: a, admin } = await bodyWithAdmin();
    assert.equal((await admin.put('/api/directory/settings', ldapSettings(d))).statusCode, 200);
    const r = await admin.post('/api/directory/sync/preview');
    assert.equal(r.statusCode, 200, r.body);
    const actions = r.json().plan.actions as { kind: string; loginId?: string; reason?: string }[];
    assert.deepEqual(
      actions.filter((x) => x.loginId === 'joho.saburo').map((x) => [x.kind, x.reason]),
      [['conflict', 'login_id_taken']],
    );
    assert.ok(
      actions.some((x) => x.kind === 'add'),
      'the others are added',
    );
    assert.deepEqual(JSON.parse((await events(a.id, 'org.login_id_refused'))[0].data), {
      loginIds: ['joho.saburo'],
      count: 1,
      via: 'directory_sync',
    });
  });
});
