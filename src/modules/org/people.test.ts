import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import { auditEvents, Client, signedIn, testAppPerFile } from '../../../test/support/http.ts';
import { rowsWhere } from '../../db/rows-in-org.ts';
import { visibleUnitIds } from './scope.ts';

const t = testAppPerFile();

async function adminOf() {
  const org = await makeOrg(t.db);
  const admin = await makeUser(t.db, org, { functions: ['org.admin'] });
  return { org, admin, c: await signedIn(t, admin) };
}
const dataOf = async (orgId: string, event: string) =>
  JSON.parse((await auditEvents(t.db, orgId)).filter((e) => e.event === event).at(-1)?.data ?? 'null');

describe('units and people', () => {
  test('units form a tree that can be renamed, moved (not below itself) and abolished when empty', async () => {
    const { org, c } = await adminOf();
    const bu = (await c.post('/api/org/units', { name: '総務部', kind: '部' })).json().id;
    const ka = (await c.post('/api/org/units', { name: '情報政策課', kind: '課', parentId: bu })).json().id;
    const kakari = (await c.post('/api/org/units', { name: '情報係', kind: '係', parentId: ka })).json().id;
    const tree = (await c.get('/api/org/units')).json().items;
    const top = tree.find((u: { id: string }) => u.id === bu);
    assert.equal(top.children[0].children[0].id, kakari);
    const cycle = await c.post(`/api/org/units/${bu}/move`, { parentId: kakari });
    assert.equal(cycle.statusCode, 400);
    assert.equal(cycle.json().error.fields[0].field, 'parentId');
    assert.equal((await c.post(`/api/org/units/${kakari}/move`, { parentId: bu })).statusCode, 204);
    assert.deepEqual(await dataOf(org.id, 'org.unit_moved'), {
      name: '情報係',
      fromParentId: ka,
      toParentId: bu,
    });
    assert.equal((await c.patch(`/api/org/units/${ka}`, { name: 'DX推進課' })).statusCode, 204);
    assert.deepEqual(await dataOf(org.id, 'org.unit_renamed'), {
      before: '情報政策課',
      after: 'DX推進課',
      kind: '課',
    });
    await makeUser(t.db, org, { unitId: kakari });
    assert.equal((await c.post(`/api/org/units/${kakari}/deactivate`)).statusCode, 409);
    assert.equal((await c.post(`/api/org/units/${ka}/deactivate`)).statusCode, 204);
    assert.deepEqual(await dataOf(org.id, 'org.unit_deactivated'), { name: 'DX推進課' });
    const other = await adminOf();
    assert.equal((await other.c.patch(`/api/org/units/${ka}`, { name: 'x' })).statusCode, 404);
  });

  test('a new person gets a one-time password shown once, and must change it at first sign-in', async () => {
    const { org, c } = await adminOf();
    const loginId = `new-${Date.now()}`;
    const r = await c.post('/api/org/people', {
      loginId,
      displayName: '長門 花子',
      unitId: org.unitId,
      post: '主事',
      employmentType: '会計年度任用職員',
      phone: '0838-00-0000',
    });
    assert.equal(r.statusCode, 200, r.body);
    const { id, oneTimePassword } = r.json();
    assert.ok(oneTimePassword.length >= 12);
    const detail = (await c.get(`/api/org/people/${id}`)).json();
    // A default type named by its Japanese word is kept as its code.
    assert.equal(detail.employmentType, 'fiscal_year_appointee');
    assert.equal(JSON.stringify(detail).includes(oneTimePassword), false);
    const fresh = new Client(t.app);
    const login = await fresh.post('/api/auth/login', { loginId, password: oneTimePassword });
    assert.equal(login.json().stage, 'password_change');
    const events = (await auditEvents(t.db, org.id)).map((e) => e.event);
    assert.ok(events.includes('org.user_created') && events.includes('accounts.password_set'));
    assert.equal(
      (await auditEvents(t.db, org.id)).some((e) => e.data.includes(oneTimePassword)),
      false,
    );
    const bad = await c.post('/api/org/people', {
      loginId: `x-${Date.now()}`,
      displayName: 'x',
      employmentType: '派遣',
    });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.fields[0].field, 'employmentType');
    const badEmail = await c.post('/api/org/people', {
      loginId: `y-${Date.now()}`,
      displayName: 'y',
      email: 'not-mail',
    });
    assert.equal(badEmail.json().error.fields[0].field, 'email');
    const count = await rowsWhere(t.db, 'users', { organization_id: org.id }, ['id']);
    assert.equal(count.length, 2, 'nothing half-written');
  });

  test('editing and suspending a person are audited; a suspended person is signed out', async () => {
    const { org, c } = await adminOf();
    const p = await makeUser(t.db, org);
    const pc = await signedIn(t, p);
    assert.equal(
      (await c.patch(`/api/org/people/${p.id}`, { post: '係長', email: 'k@example.jp' })).statusCode,
      204,
    );
    assert.deepEqual((await dataOf(org.id, 'org.user_updated')).changes.post, {
      before: null,
      after: '係長',
    });
    assert.equal(
      (await c.post(`/api/org/people/${p.id}/status`, { status: 'suspended', reason: '休職' })).statusCode,
      204,
    );
    assert.deepEqual(await dataOf(org.id, 'org.user_status_changed'), {
      loginId: p.loginId,
      before: 'active',
      after: 'suspended',
      reason: '休職',
    });
    assert.equal((await pc.get('/api/org/contact-tree')).statusCode, 401);
    const list = (await c.get('/api/org/people?status=suspended')).json().items;
    assert.deepEqual(
      list.map((x: { id: string }) => x.id),
      [p.id],
    );
    const text = (await c.get(`/api/org/people?q=${encodeURIComponent(p.loginId)}`)).json().items;
    assert.equal(text.length, 1);
    const other = await adminOf();
    assert.equal((await other.c.get(`/api/org/people/${p.id}`)).statusCode, 404);
    assert.equal((await other.c.patch(`/api/org/people/${p.id}`, { post: 'x' })).statusCode, 404);
  });

  test('visibleUnitIds: own unit and below, or the whole body with org.scope_all', async () => {
    const { org, c } = await adminOf();
    const ka = (await c.post('/api/org/units', { name: '課', kind: '課', parentId: org.unitId })).json().id;
    const sib = (await c.post('/api/org/units', { name: '別の部', kind: '部' })).json().id;
    const reader = await makeUser(t.db, org, { functions: ['org.read'] });
    const inSib = await makeUser(t.db, org, { unitId: sib });
    const inKa = await makeUser(t.db, org, { unitId: ka });
    const units = await visibleUnitIds(t.db, {
      organizationId: org.id,
      unitId: org.unitId,
      functions: new Set(['org.read']),
    });
    assert.deepEqual(units?.sort(), [org.unitId, ka].sort());
    assert.equal(
      await visibleUnitIds(t.db, {
        organizationId: org.id,
        unitId: org.unitId,
        functions: new Set(['org.scope_all']),
      }),
      null,
    );
    const rc = await signedIn(t, reader);
    const seen = (await rc.get('/api/org/people')).json().items.map((p: { id: string }) => p.id);
    assert.ok(seen.includes(inKa.id) && !seen.includes(inSib.id));
    assert.equal((await rc.get(`/api/org/people/${inSib.id}`)).statusCode, 404);
  });

  test('organization settings: org.admin edits them, audited before and after', async () => {
    const { org, c } = await adminOf();
    const s = (await c.get('/api/org/settings')).json();
    assert.deepEqual(s.employmentTypes, ['staff', 'fiscal_year_appointee', 'part_time', 'vendor_staff']);
    const next = {
      ...s,
      session: { ...s.session, idleMinutes: 10 },
      employmentTypes: [...s.employmentTypes, '派遣職員'],
    };
    const saved = await c.put('/api/org/settings', next);
    assert.equal(saved.statusCode, 200);
    // A type the body adds is kept as written; a default one written as its word becomes its code.
    assert.deepEqual(saved.json().employmentTypes.slice(-1), ['派遣職員']);
    const ev = await dataOf(org.id, 'org.settings_changed');
    assert.equal(ev.before.session.idleMinutes, 15);
    assert.equal(ev.after.session.idleMinutes, 10);
    const words = await c.put('/api/org/settings', { ...next, employmentTypes: ['職員', '派遣職員'] });
    assert.deepEqual(words.json().employmentTypes, ['staff', '派遣職員']);
    const bad = await c.put('/api/org/settings', { ...next, lockout: { maxFailures: 1, lockMinutes: 15 } });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.fields[0].field, 'lockout.maxFailures');
    const reader = await signedIn(t, await makeUser(t.db, org, { functions: ['org.read'] }));
    const denied = await reader.put('/api/org/settings', next);
    assert.equal(denied.statusCode, 403);
    assert.match(denied.json().error.message, /「組織・役割・利用者の設定」/);
  });
});
