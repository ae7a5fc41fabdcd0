import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import { auditEvents, type Client, signedIn, testAppPerFile } from '../../../test/support/http.ts';
import { created, orgWithAdmin, type TestOrg } from '../../../test/support/route-test.ts';
import { addDays, todayJst } from '../systems/maintenance.ts';
import { supportWarnings } from './support.ts';

let org: TestOrg;
let admin: Client;
const t = testAppPerFile(async (app) => {
  ({ org, admin } = await orgWithAdmin(app, ['software.manage', 'systems.manage']));
});

describe('software register', () => {
  test('[R-F19] support warnings: ended, ending within the window, and ending within the planned use', () => {
    const today = '2025-06-01';
    assert.deepEqual(supportWarnings({ supportEndsOn: '2025-05-31', plannedUseUntil: null }, today, 180), [
      'support_ended',
    ]);
    assert.deepEqual(supportWarnings({ supportEndsOn: '2025-11-28', plannedUseUntil: null }, today, 180), [
      'support_ending',
    ]);
    assert.deepEqual(supportWarnings({ supportEndsOn: '2025-11-29', plannedUseUntil: null }, today, 180), []);
    assert.deepEqual(
      supportWarnings({ supportEndsOn: '2027-01-01', plannedUseUntil: '2028-03-31' }, today, 180),
      ['ends_within_use'],
    );
    assert.deepEqual(
      supportWarnings({ supportEndsOn: '2028-03-31', plannedUseUntil: '2028-03-31' }, today, 180),
      [],
    );
  });

  test('[R-F19] software past or near end of support, and support ending within the planned period, is warned', async () => {
    const today = todayJst();
    const ended = await created(admin, '/api/software/products', {
      product: '旧OS',
      version: '7',
      supportEndsOn: addDays(today, -1),
    });
    const soon = await created(admin, '/api/software/products', {
      product: 'オフィス',
      version: '2016',
      supportEndsOn: addDays(today, 90),
    });
    const withinUse = await created(admin, '/api/software/products', {
      product: '業務ソフト',
      supportEndsOn: addDays(today, 400),
      plannedUseUntil: addDays(today, 800),
    });
    const fine = await created(admin, '/api/software/products', {
      product: '新OS',
      supportEndsOn: addDays(today, 2000),
    });
    const r = (await admin.get('/api/software/support-warnings')).json();
    assert.equal(r.warnDays, 180);
    const byId = Object.fromEntries(
      r.items.map((i: { id: string; warnings: string[] }) => [i.id, i.warnings]),
    );
    assert.deepEqual(byId[ended], ['support_ended']);
    assert.deepEqual(byId[soon], ['support_ending']);
    assert.deepEqual(byId[withinUse], ['ends_within_use']);
    assert.equal(byId[fine], undefined);
    assert.match(r.items[0].messages[0], /サポート/);
    // A wider window set by the organization warns earlier, and the change is audited.
    assert.equal((await admin.put('/api/software/settings', { warnDays: 2100 })).statusCode, 200);
    const wide = (await admin.get('/api/software/support-warnings')).json();
    assert.ok(wide.items.some((i: { id: string }) => i.id === fine));
    const e = (await auditEvents(t.db, org.id)).at(-1);
    assert.equal(e?.event, 'software.settings_changed');
    assert.deepEqual(JSON.parse(e?.data ?? '{}').warnDays, { before: 180, after: 2100 });
    await admin.put('/api/software/settings', { warnDays: 180 });
  });

  test('licence count is compared with installations on terminals and systems', async () => {
    const sw = await created(admin, '/api/software/products', {
      product: 'PDF編集',
      licenceCount: 1,
      applicant: '総務係',
      approver: '情報政策課長',
    });
    const pc = await created(admin, '/api/systems/equipment', { name: 'PC-001', kind: 'terminal' });
    await created(admin, '/api/software/installations', { softwareId: sw, equipmentId: pc });
    let row = (await admin.get(`/api/software/products/${sw}`)).json();
    assert.deepEqual([row.installations, row.overLicence], [1, false]);
    await created(admin, '/api/software/installations', {
      softwareId: sw,
      host: 'PC-002',
      installedOn: '2025-04-01',
    });
    row = (await admin.get(`/api/software/products/${sw}`)).json();
    assert.deepEqual([row.installations, row.overLicence], [2, true]);
    const noTarget = await admin.post('/api/software/installations', { softwareId: sw });
    assert.equal(noTarget.statusCode, 400);
    assert.equal(noTarget.json().error.fields[0].field, 'host');
    const e = (await auditEvents(t.db, org.id)).filter((x) => x.event === 'software.installation_created');
    assert.equal(e.length, 2);
  });

  test('[R-E11] shared IDs list their users', async () => {
    const u1 = await makeUser(t.db, org);
    const u2 = await makeUser(t.db, org);
    const id = await created(admin, '/api/software/shared-ids', {
      account: 'kyotsu01',
      purpose: '窓口端末',
      userIds: [u1.id, u2.id],
    });
    const row = (await admin.get(`/api/software/shared-ids/${id}`)).json();
    assert.deepEqual(
      row.users.map((u: { id: string }) => u.id),
      [u1.id, u2.id],
    );
    assert.equal(row.users[0].loginId, u1.loginId);
    assert.equal((await admin.patch(`/api/software/shared-ids/${id}`, { userIds: [u2.id] })).statusCode, 204);
    const e = (await auditEvents(t.db, org.id)).at(-1);
    assert.equal(e?.event, 'software.shared_id_updated');
    assert.deepEqual(JSON.parse(e?.data ?? '{}').changes.userIds, { before: [u1.id, u2.id], after: [u2.id] });
    const other = await makeOrg(t.db, '別団体');
    const stranger = await makeUser(t.db, other);
    const bad = await admin.patch(`/api/software/shared-ids/${id}`, { userIds: [u2.id, stranger.id] });
    assert.equal(bad.statusCode, 400, 'a person of another organization cannot be a user');
    assert.equal(bad.json().error.fields[0].field, 'userIds.1', 'the field and the position of the id');
    const csv = (await admin.get('/api/software/shared-ids/export.csv')).rawPayload.toString('utf8');
    assert.match(csv, /共用ID,情報システム/);
  });
});

describe('software access and validation', () => {
  test("another organization's record answers 404", async () => {
    const other = await makeOrg(t.db, '他団体');
    const c = await signedIn(t, await makeUser(t.db, other, { functions: ['software.manage'] }));
    const id = await created(admin, '/api/software/products', { product: '秘密' });
    assert.equal((await c.get(`/api/software/products/${id}`)).statusCode, 404);
    assert.equal((await c.patch(`/api/software/products/${id}`, { version: '2' })).statusCode, 404);
    assert.equal((await c.del(`/api/software/products/${id}`)).statusCode, 404);
    assert.equal((await c.get('/api/software/support-warnings')).json().count, 0);
  });

  test('a missing function answers 403 naming it', async () => {
    const c = await signedIn(t, await makeUser(t.db, org, { functions: ['registers.read'] }));
    assert.equal((await c.get('/api/software/products')).statusCode, 200);
    const r = await c.post('/api/software/products', { product: 'x' });
    assert.equal(r.statusCode, 403);
    assert.match(r.json().error.message, /「ソフトウェア台帳・共用ID台帳の管理」/);
  });

  test('bad input answers 400 naming the field and writes nothing', async () => {
    const before = (await auditEvents(t.db, org.id)).length;
    const r = await admin.post('/api/software/products', {
      product: 'x',
      supportEndsOn: '2025/13/01',
      licenceCount: -1,
    });
    assert.equal(r.statusCode, 400);
    assert.deepEqual(
      r
        .json()
        .error.fields.map((f: { field: string }) => f.field)
        .sort(),
      ['licenceCount', 'supportEndsOn'],
    );
    const s = await admin.put('/api/software/settings', { warnDays: 0 });
    assert.equal(s.json().error.fields[0].field, 'warnDays');
    assert.equal((await auditEvents(t.db, org.id)).length, before);
  });
});
