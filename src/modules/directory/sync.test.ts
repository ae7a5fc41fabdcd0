import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ldapSettings } from '../../../test/support/directory.ts';
import { insertAsset, makeOrg, makeUser } from '../../../test/support/factories.ts';
import { auditEvents, Client, signedIn, startTestApp, type TestApp } from '../../../test/support/http.ts';
import {
  ADMINS_GROUP_DN,
  GROUP_DN,
  PEOPLE_DN,
  slapdMissing,
  startTestDirectory,
  type TestDirectory,
} from '../../../test/support/slapd.ts';
import { rowInOrgOrThrow, rowsInOrg, rowsWhere, rowWhere } from '../../db/rows-in-org.ts';
import { systemActor } from '../../shared/actor.ts';
import { nowIso } from '../../shared/time.ts';
import { JobRunner } from '../jobs/runner.ts';
import { createRole } from '../org/service.ts';

interface Plan {
  counts: Record<string, number>;
  actions: {
    kind: string;
    loginId?: string;
    person?: { loginId: string; unit: string; post: string };
    changes?: Record<string, unknown>;
  }[];
  roleProposals: { kind: string; loginId: string; roleName: string }[];
}

describe('keeping staff in step with the directory (real OpenLDAP)', { skip: slapdMissing }, () => {
  let t: TestApp;
  let d: TestDirectory;
  let org: Awaited<ReturnType<typeof makeOrg>>;
  let admin: Client;
  let roleId: string;

  before(async () => {
    // One at a time: if one fails to start, `after` still stops the other.
    d = await startTestDirectory();
    t = await startTestApp();
    org = await makeOrg(t.db, '萩長門テスト市');
    admin = await signedIn(t, await makeUser(t.db, org, { functions: ['org.admin'] }));
    roleId = await t.db.transaction().execute((trx) =>
      createRole(trx, systemActor(org.id, 'test'), {
        name: '情報セキュリティ担当者',
        tier: 3,
        functions: [],
      }),
    );
    const r = await admin.put(
      '/api/directory/settings',
      ldapSettings(d, {
        groupRoles: [{ group: ADMINS_GROUP_DN.toUpperCase(), roleId, unitScoped: true }],
        sync: { enabled: true, intervalMinutes: 60, maxSuspendPercent: 25 },
      }),
    );
    assert.equal(r.statusCode, 200, r.body);
  });
  after(async () => {
    await t?.close();
    await d?.close();
  });

  const preview = async () => {
    const r = await admin.post('/api/directory/sync/preview');
    assert.equal(r.statusCode, 200, r.body);
    return r.json() as { id: string; plan: Plan };
  };
  const apply = (id: string, confirmMassSuspension?: boolean) =>
    admin.post(
      `/api/directory/sync/runs/${id}/apply`,
      confirmMassSuspension === undefined ? {} : { confirmMassSuspension },
    );
  /** The organization's most recent sync run. */
  const latestRun = async (orgId: string) =>
    (await rowsInOrg(t.db, 'directory_sync_runs', orgId, {}, '*', [['created_at', 'desc']]))[0];
  const person = (loginId: string) =>
    t.db
      .selectFrom('users as u')
      .leftJoin('units as un', 'un.id', 'u.unit_id')
      .select(['u.id', 'u.display_name', 'u.post', 'u.status', 'un.name as unit'])
      .where('u.login_id', '=', loginId)
      .executeTakeFirstOrThrow();

  test('[R-F13] a dry run shows adds with unit and post and links of existing accounts; applying does exactly that', async () => {
    // Someone registered by hand before the directory was connected: linked, not duplicated.
    const before = await t.db.transaction().execute(async (trx) => {
      const { createPerson } = await import('../org/people.ts');
      return createPerson.in(trx, systemActor(org.id, 'test'), {
        loginId: 'soumu.ichiro',
        displayName: '総務 一郎（旧）',
        unitId: org.unitId,
      });
    });
    const users0 = (await rowsInOrg(t.db, 'users', org.id, {}, ['id'])).length;
    const { id, plan } = await preview();
    assert.deepEqual(plan.counts, { add: 4, link: 1, update: 0, suspend: 0, reactivate: 0, conflict: 0 });
    const adds = plan.actions
      .filter((a) => a.kind === 'add')
      .map((a) => [a.person?.loginId, a.person?.unit, a.person?.post]);
    assert.deepEqual(adds.sort(), [
      ['joho.jiro', '情報政策課', '情報政策課長'],
      ['joho.saburo', '情報政策課', '主事'],
      ['shimin.shiro', '市民課', '係長'],
      ['soumu.hanako', '総務課', '主任'],
    ]);
    assert.deepEqual(
      plan.roleProposals.map((p) => [p.kind, p.loginId, p.roleName]),
      [['role_grant', 'joho.jiro', '情報セキュリティ担当者']],
    );
    // The dry run changed nothing but its own record.
    assert.equal((await rowsInOrg(t.db, 'users', org.id, {}, ['id'])).length, users0);
    assert.ok((await auditEvents(t.db, org.id)).some((e) => e.event === 'directory.sync_previewed'));

    const r = await apply(id);
    assert.equal(r.statusCode, 200, r.body);
    assert.deepEqual(await person('joho.saburo').then((p) => [p.unit, p.post, p.status]), [
      '情報政策課',
      '主事',
      'active',
    ]);
    assert.deepEqual(await person('soumu.hanako').then((p) => [p.unit, p.post]), ['総務課', '主任']);
    const ichiro = await person('soumu.ichiro');
    assert.equal(ichiro.id, before.id, 'the existing account was linked');
    assert.equal(ichiro.display_name, '総務 一郎', 'its name follows the directory');
    const pw = await rowWhere(t.db, 'passwords', { user_id: before.id }, ['user_id']);
    assert.equal(pw, undefined, 'the one-time local password is gone: the directory decides now');
    const units = (await rowsInOrg(t.db, 'units', org.id, {}, ['name'])).map((u) => u.name).sort();
    assert.deepEqual(units, ['市民課', '情報政策課', '総務課']);
    const events = (await auditEvents(t.db, org.id)).map((e) => e.event);
    assert.equal(events.filter((e) => e === 'directory.account_created').length, 4);
    assert.equal(events.filter((e) => e === 'directory.account_linked').length, 1);
    assert.ok(events.includes('directory.sync_applied') && events.includes('directory.review_opened'));
    // Applying the same dry run again is refused.
    assert.equal((await apply(id)).statusCode, 409);
  });

  test('a group-to-role proposal applies only when a person approves it', async () => {
    const jiro = await person('joho.jiro');
    const held = () =>
      rowsWhere(t.db, 'role_assignments', { user_id: jiro.id, role_id: roleId }, ['id', 'unit_id']);
    assert.equal((await held()).length, 0, 'nothing assigned by the sync itself');
    const items = (await admin.get('/api/directory/reviews')).json().items as {
      id: string;
      kind: string;
      user: { loginId: string };
    }[];
    const grant = items.find((i) => i.kind === 'role_grant' && i.user.loginId === 'joho.jiro');
    assert.ok(grant);
    const r = await admin.post(`/api/directory/reviews/${grant.id}/decide`, { decision: 'approve' });
    assert.equal(r.statusCode, 204, r.body);
    const a = await held();
    assert.equal(a.length, 1);
    const unit = await rowInOrgOrThrow(t.db, 'units', org.id, { name: '情報政策課' }, ['id']);
    assert.equal(a[0].unit_id, unit.id, 'unit-scoped mapping: the role covers the person’s own unit');
    assert.equal(
      (await admin.post(`/api/directory/reviews/${grant.id}/decide`, { decision: 'approve' })).statusCode,
      409,
    );
    const ev = (await auditEvents(t.db, org.id)).map((e) => e.event);
    assert.ok(ev.includes('org.role_assigned') && ev.includes('directory.review_decided'));
  });

  test('[R-E8] updates and leavers: a moved person is transferred, a post change is flagged, a leaver is suspended and signed out', async () => {
    const shimin = new Client(t.app);
    assert.equal(
      (await shimin.post('/api/auth/login', { loginId: 'shimin.shiro', password: 'Shimin-Pass-0001' }))
        .statusCode,
      200,
    );
    await shimin.refreshCsrf();
    assert.equal((await shimin.get('/api/session')).statusCode, 200);
    const shiro = await person('shimin.shiro');
    // An asset the leaver is responsible for: the off-boarding checklist lists it.
    await insertAsset(t.db, {
      organization_id: org.id,
      asset_no: 'A-0001',
      name: '住民記録端末',
      owner_unit_id: org.unitId,
      owner_user_id: shiro.id,
    });

    d.modify(
      [
        `dn: uid=joho.saburo,ou=情報政策課,${PEOPLE_DN}`,
        'changetype: modify',
        'replace: title',
        'title: 主任',
        '',
        `dn: uid=soumu.hanako,ou=総務課,${PEOPLE_DN}`,
        'changetype: modrdn',
        'newrdn: uid=soumu.hanako',
        'deleteoldrdn: 1',
        `newsuperior: ou=市民課,${PEOPLE_DN}`,
        '',
        `dn: ${GROUP_DN}`,
        'changetype: modify',
        'delete: member',
        `member: uid=shimin.shiro,ou=市民課,${PEOPLE_DN}`,
        '-',
        'add: member',
        `member: uid=soumu.hanako,ou=市民課,${PEOPLE_DN}`,
        '',
        `dn: uid=soumu.ichiro,ou=総務課,${PEOPLE_DN}`,
        'changetype: modify',
        'replace: displayName',
        'displayName: 総務 壱郎',
        '',
        `dn: ou=会計課,${PEOPLE_DN}`,
        'changetype: add',
        'objectClass: organizationalUnit',
        'ou: 会計課',
        '',
        `dn: uid=kaikei.rokuro,ou=会計課,${PEOPLE_DN}`,
        'changetype: add',
        'objectClass: inetOrgPerson',
        'uid: kaikei.rokuro',
        'cn: 会計 六郎',
        'sn: 会計',
        'title: 会計管理者',
        'userPassword: Kaikei-Pass-0001',
        '',
        `dn: ${GROUP_DN}`,
        'changetype: modify',
        'add: member',
        `member: uid=kaikei.rokuro,ou=会計課,${PEOPLE_DN}`,
        '',
      ].join('\n'),
    );
    const { id, plan } = await preview();
    assert.deepEqual(plan.counts, { add: 1, link: 0, update: 3, suspend: 1, reactivate: 0, conflict: 0 });
    const updates = Object.fromEntries(
      plan.actions.filter((a) => a.kind === 'update').map((a) => [a.loginId, a.changes]),
    );
    assert.deepEqual(updates['joho.saburo'], { post: { before: '主事', after: '主任' } });
    assert.deepEqual(updates['soumu.hanako'], { unit: { before: '総務課', after: '市民課' } });
    assert.deepEqual(updates['soumu.ichiro'], { displayName: { before: '総務 一郎', after: '総務 壱郎' } });
    assert.equal((await shimin.get('/api/session')).statusCode, 200, 'a dry run signs nobody out');

    const r = await apply(id);
    assert.equal(r.statusCode, 200, r.body);
    const result = r.json().result;
    assert.equal(result.suspended.length, 1);
    assert.equal(result.suspended[0].loginId, 'shimin.shiro');
    assert.equal(result.suspended[0].sessionsEnded, 1);
    const owned = result.suspended[0].toReturn.find((s: { items: string[] }) => s.items.length);
    assert.deepEqual(owned.items, ['A-0001 住民記録端末']);
    // The leaver's session ended at once; the account is suspended; signing in again is refused.
    assert.equal((await shimin.get('/api/session')).statusCode, 401);
    assert.equal((await person('shimin.shiro')).status, 'suspended');
    assert.equal(
      (
        await new Client(t.app).post('/api/auth/login', {
          loginId: 'shimin.shiro',
          password: 'Shimin-Pass-0001',
        })
      ).statusCode,
      401,
    );
    assert.deepEqual(await person('soumu.hanako').then((p) => [p.unit, p.post]), ['市民課', '主任']);
    assert.deepEqual(await person('joho.saburo').then((p) => [p.unit, p.post]), ['情報政策課', '主任']);
    assert.deepEqual(await person('kaikei.rokuro').then((p) => [p.unit, p.post]), ['会計課', '会計管理者']);
    const events = await auditEvents(t.db, org.id);
    const names = events.map((e) => e.event);
    for (const e of [
      'org.transfer_applied',
      'org.user_updated',
      'org.user_status_changed',
      'directory.leaver_suspended',
    ])
      assert.ok(names.includes(e), e);
    const suspended = events.find((e) => e.event === 'directory.leaver_suspended');
    assert.deepEqual(JSON.parse(suspended?.data ?? '{}'), {
      loginId: 'shimin.shiro',
      sessionsEnded: 1,
      toReturn: 1,
    });
    const reviews = (await admin.get('/api/directory/reviews')).json().items as {
      kind: string;
      user: { loginId: string };
    }[];
    assert.deepEqual(
      reviews
        .filter((x) => x.kind === 'post_changed')
        .map((x) => x.user.loginId)
        .sort(),
      // soumu.ichiro got his post 総務課長 from the directory when the first run linked him.
      ['joho.saburo', 'soumu.hanako', 'soumu.ichiro'],
    );
  });

  test('the scheduled sync (job queue) brings a returning person back and holds a run that would suspend too many', async () => {
    d.modify(
      [
        `dn: ${GROUP_DN}`,
        'changetype: modify',
        'add: member',
        `member: uid=shimin.shiro,ou=市民課,${PEOPLE_DN}`,
        '',
      ].join('\n'),
    );
    const runner = new JobRunner(t.db, { id: 'test' });
    // The schedule was switched on with the settings: due now.
    await runner.tick();
    await runner.tick();
    const last = await latestRun(org.id);
    assert.equal(last.kind, 'scheduled');
    assert.equal(last.status, 'applied', last.error ?? '');
    assert.equal((await person('shimin.shiro')).status, 'active');
    const next = await rowInOrgOrThrow(t.db, 'directory_settings', org.id, {}, ['next_sync_at']);
    assert.ok(next.next_sync_at && next.next_sync_at > nowIso(), 'the next run is an interval away');

    // Four of six leave at once (a wrong filter, a broken group): the scheduled run waits for a person.
    d.modify(
      [
        `dn: ${GROUP_DN}`,
        'changetype: modify',
        'delete: member',
        ...[
          'joho.saburo,ou=情報政策課',
          'soumu.hanako,ou=市民課',
          'kaikei.rokuro,ou=会計課',
          'shimin.shiro,ou=市民課',
        ].map((m) => `member: uid=${m},${PEOPLE_DN}`),
        '',
      ].join('\n'),
    );
    await t.db
      .updateTable('directory_settings')
      .set({ next_sync_at: nowIso() })
      .where('organization_id', '=', org.id)
      .execute();
    await t.db
      .updateTable('job_schedules')
      .set({ next_run_at: nowIso() })
      .where('kind', '=', 'directory.sync_sweep')
      .execute();
    await runner.tick();
    await runner.tick();
    await runner.stop();
    const held = await latestRun(org.id);
    assert.equal(held.status, 'preview');
    assert.ok((await auditEvents(t.db, org.id)).some((e) => e.event === 'directory.sync_held'));
    assert.equal((await person('soumu.hanako')).status, 'active', 'nothing suspended while held');
    const refused = await apply(held.id);
    assert.equal(refused.statusCode, 409);
    assert.match(refused.json().error.message, /上限 25% を超えています/);
    const ok = await apply(held.id, true);
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal((await person('soumu.hanako')).status, 'suspended');
  });

  test('a directory outage changes nothing: the dry run answers 503, the scheduled run records a failure', async () => {
    await d.stop();
    try {
      const r = await admin.post('/api/directory/sync/preview');
      assert.equal(r.statusCode, 503);
      assert.equal(r.json().error.code, 'directory.unavailable');
      const { scheduledSync } = await import('./sync.ts');
      const { loadEncryptionKey } = await import('../system/keys.ts');
      const s = await scheduledSync(t.db, await loadEncryptionKey(t.db), org.id);
      assert.equal(s.status, 'failed');
      assert.equal((await person('joho.jiro')).status, 'active');
    } finally {
      await d.restart();
    }
    const runs = (await admin.get('/api/directory/sync/runs')).json().items as { status: string }[];
    assert.equal(runs[0].status, 'failed');
  });

  test('another organization’s runs and reviews answer 404; staff without org.admin get 403', async () => {
    const other = await makeOrg(t.db);
    const otherAdmin = await signedIn(t, await makeUser(t.db, other, { functions: ['org.admin'] }));
    const run = await rowInOrgOrThrow(t.db, 'directory_sync_runs', org.id, {}, ['id']);
    const review = await rowInOrgOrThrow(t.db, 'directory_reviews', org.id, { status: 'open' }, ['id']);
    assert.equal((await otherAdmin.get(`/api/directory/sync/runs/${run.id}`)).statusCode, 404);
    assert.equal((await otherAdmin.post(`/api/directory/sync/runs/${run.id}/apply`, {})).statusCode, 404);
    assert.equal(
      (await otherAdmin.post(`/api/directory/reviews/${review.id}/decide`, { decision: 'approve' }))
        .statusCode,
      404,
    );
    assert.equal(
      (await otherAdmin.post('/api/directory/sync/preview')).statusCode,
      409,
      'no directory set up there',
    );
    const staff = await signedIn(t, await makeUser(t.db, org, { functions: ['org.read'] }));
    assert.equal((await staff.post('/api/directory/sync/preview')).statusCode, 403);
  });
});
