// Low findings about administrators' rights: the hosting administrator's limited rights in a body
// could be sidestepped by creating a person with every function, and an administrator could give
// themselves approval functions alone (src/modules/org/host-limits.ts, self-grant.ts, auth/sessions.ts).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { makeHostAdmin, makeOrg, makeUser } from '../support/factories.ts';
import { auditEvents, type Client, signedIn, startTestApp, type TestApp } from '../support/http.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const events = async (orgId: string, name: string) =>
  (await auditEvents(t.db, orgId)).filter((e) => e.event === name);
const TAKE_OUT = 'requests.approve.take_out';
const DISPOSAL = 'requests.approve.disposal';

/** A hosting administrator signed in and acting in `orgId`. */
async function hostIn(orgId: string): Promise<Client> {
  const host = await signedIn(t, await makeHostAdmin(t.db));
  const r = await host.post('/api/session/organization', { organizationId: orgId });
  assert.equal(r.statusCode, 204, r.body);
  return host;
}
const functionsOf = async (c: Client) => ((await c.get('/api/session')).json().functions as string[]).sort();

describe('[R-F13] a hosting administrator cannot make themselves a way into a body', {
  timeout: 120_000,
}, () => {
  test('in a body with its own administrator: the log is read, no person, role or directory is changed', async () => {
    const org = await makeOrg(t.db);
    const own = await makeUser(t.db, org, { functions: ['org.admin'] });
    const host = await hostIn(org.id);
    assert.deepEqual(await functionsOf(host), ['audit.read', 'org.read']);
    // The exploit: a person, a role with every function, the role given to the person.
    const person = await host.post('/api/org/people', {
      loginId: `puppet-${own.loginId}`,
      displayName: '代理 太郎',
    });
    assert.equal(person.statusCode, 403, person.body);
    const role = await host.post('/api/org/roles', {
      name: '全権',
      tier: 1,
      functions: [TAKE_OUT, 'assets.read_all'],
    });
    assert.equal(role.statusCode, 403);
    assert.equal(
      (await host.put(`/api/org/roles/${own.roleId}/functions`, { functions: [TAKE_OUT] })).statusCode,
      403,
    );
    assert.equal((await host.put('/api/directory/settings', {})).statusCode, 403);
    assert.equal((await host.get('/api/audit')).statusCode, 200, 'the log stays readable');
    assert.equal(
      (await t.db.selectFrom('users').select('id').where('organization_id', '=', org.id).execute()).length,
      1,
    );
  });

  test('setting up a new body: the first administrator gets set-up functions only, then the host reads', async () => {
    const org = await makeOrg(t.db);
    const host = await hostIn(org.id);
    assert.deepEqual(await functionsOf(host), ['audit.read', 'org.admin']);
    const first = await host.post('/api/org/people', {
      loginId: `first-${org.code}`,
      displayName: '初代 管理者',
    });
    assert.equal(first.statusCode, 200, first.body);
    assert.ok(first.json().oneTimePassword, 'handed over to the body’s first administrator');
    const everything = await host.post('/api/org/roles', {
      name: '全権',
      tier: 1,
      functions: ['org.admin', TAKE_OUT, 'assets.read_all', 'incidents.read_all'],
    });
    assert.equal(everything.statusCode, 200, 'a role may be proposed with any function');
    const given = await host.post(`/api/org/roles/${everything.json().id}/assignments`, {
      userId: first.json().id,
    });
    assert.equal(given.statusCode, 403, given.body);
    assert.equal(given.json().error.code, 'org.host_setup_only');
    assert.match(given.json().error.message, /持出しの承認/);
    // In English, the functions are named in English too.
    const english = await host.request(
      'POST',
      `/api/org/roles/${everything.json().id}/assignments`,
      { userId: first.json().id },
      { 'accept-language': 'en' },
    );
    assert.match(english.json().error.message, /\(not: .*Take-out/i);
    assert.doesNotMatch(english.json().error.message, /[ぁ-んァ-ヶ一-龠]/u);
    const appointed = await host.post(`/api/org/roles/${everything.json().id}/appointments`, {
      userId: first.json().id,
      appointedOn: '2026-04-01',
    });
    assert.equal(appointed.statusCode, 403, 'nor by appointment (every way of giving a role is checked)');
    const setup = await host.post('/api/org/roles', {
      name: '情報セキュリティ管理者（設定）',
      tier: 2,
      functions: ['org.admin', 'policy.manage', 'classification.manage', 'requests.manage_types'],
    });
    assert.equal(
      (await host.post(`/api/org/roles/${setup.json().id}/assignments`, { userId: first.json().id }))
        .statusCode,
      200,
    );
    // The held role cannot be widened by the host either — and from now on the host only reads.
    assert.deepEqual(await functionsOf(host), ['audit.read', 'org.read']);
    assert.equal(
      (await host.put(`/api/org/roles/${setup.json().id}/functions`, { functions: ['org.admin', TAKE_OUT] }))
        .statusCode,
      403,
    );
    assert.equal(
      (await host.post('/api/org/people', { loginId: `second-${org.code}`, displayName: '二人目' }))
        .statusCode,
      403,
    );
    const created = (await events(org.id, 'org.user_created')).map((e) => JSON.parse(e.data).loginId);
    assert.deepEqual(created, [`first-${org.code}`], 'what the host did is in the body’s log');
  });
});

describe('[R-F13] approval functions are not given to oneself without a second administrator', () => {
  test('adding an approval function to one’s own role, or taking a role that has it, is refused and recorded', async () => {
    const org = await makeOrg(t.db);
    const a = await makeUser(t.db, org, { functions: ['org.admin'] });
    const b = await makeUser(t.db, org, { functions: ['org.admin'] });
    const ca = await signedIn(t, a);
    const own = await ca.put(`/api/org/roles/${a.roleId}/functions`, { functions: ['org.admin', TAKE_OUT] });
    assert.equal(own.statusCode, 403, own.body);
    assert.equal(own.json().error.code, 'org.self_grant_needs_second_admin');
    assert.match(own.json().error.message, /承認の権限（持出しの承認）を自分自身に付与することはできません/);
    const approvers = (
      await ca.post('/api/org/roles', { name: '持出し承認者', tier: 2, functions: [TAKE_OUT, DISPOSAL] })
    ).json().id as string;
    const take = await ca.post(`/api/org/roles/${approvers}/assignments`, { userId: a.id });
    assert.equal(take.statusCode, 403);
    const appoint = await ca.post(`/api/org/roles/${approvers}/appointments`, {
      userId: a.id,
      appointedOn: '2026-04-01',
    });
    assert.equal(appoint.statusCode, 403, appoint.body);
    assert.deepEqual(
      (await events(org.id, 'org.self_grant_refused')).map((e) => JSON.parse(e.data).how),
      ['functions', 'assignment', 'assignment'],
    );
    const fnsOfA = async () =>
      (
        await t.db
          .selectFrom('role_functions')
          .select('function_key')
          .where('role_id', '=', a.roleId ?? '')
          .execute()
      )
        .map((r) => r.function_key)
        .sort();
    assert.deepEqual(await fnsOfA(), ['org.admin'], 'nothing was given');
    // Functions that do not approve are set as before; the second administrator gives the approval.
    assert.equal(
      (await ca.put(`/api/org/roles/${a.roleId}/functions`, { functions: ['org.admin', 'assets.read'] }))
        .statusCode,
      204,
    );
    const cb = await signedIn(t, b);
    assert.equal(
      (await cb.post(`/api/org/roles/${approvers}/assignments`, { userId: a.id })).statusCode,
      200,
    );
    assert.equal((await events(org.id, 'org.approval_self_granted')).length, 0);
  });

  test('a body with one administrator may allow it by its setting; each grant is recorded; not with two', async () => {
    const org = await makeOrg(t.db);
    const a = await makeUser(t.db, org, { functions: ['org.admin'] });
    const ca = await signedIn(t, a);
    const settings = (await ca.get('/api/org/settings')).json();
    assert.equal(
      settings.approvalSelfGrant,
      'second_administrator',
      'the default needs a second administrator',
    );
    assert.equal(
      (await ca.put(`/api/org/roles/${a.roleId}/functions`, { functions: ['org.admin', TAKE_OUT] }))
        .statusCode,
      403,
    );
    const set = await ca.put('/api/org/settings', {
      ...settings,
      approvalSelfGrant: 'sole_administrator_may',
    });
    assert.equal(set.statusCode, 200, set.body);
    assert.equal(
      JSON.parse((await events(org.id, 'org.settings_changed')).at(-1)?.data ?? '{}').after.approvalSelfGrant,
      'sole_administrator_may',
    );
    const ok = await ca.put(`/api/org/roles/${a.roleId}/functions`, { functions: ['org.admin', TAKE_OUT] });
    assert.equal(ok.statusCode, 204, ok.body);
    assert.deepEqual(JSON.parse((await events(org.id, 'org.approval_self_granted'))[0].data), {
      role: `役割 ${a.loginId}`,
      functions: [TAKE_OUT],
      how: 'functions',
      rule: 'sole_administrator_may',
    });
    // A second administrator arrives: the setting no longer lets one of them act alone.
    await makeUser(t.db, org, { functions: ['org.admin'] });
    const again = await ca.put(`/api/org/roles/${a.roleId}/functions`, {
      functions: ['org.admin', TAKE_OUT, DISPOSAL],
    });
    assert.equal(again.statusCode, 403);
  });
});
