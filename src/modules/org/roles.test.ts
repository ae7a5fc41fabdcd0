import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import { auditEvents, signedIn, testAppPerFile } from '../../../test/support/http.ts';

const t = testAppPerFile();

/** An organization with an administrator client. */
async function adminOf(name = 'テスト組合') {
  const org = await makeOrg(t.db, name);
  const admin = await makeUser(t.db, org, { functions: ['org.admin'] });
  return { org, admin, c: await signedIn(t, admin) };
}

async function lastEvent(orgId: string, event: string) {
  return (await auditEvents(t.db, orgId)).filter((e) => e.event === event).at(-1);
}

describe('roles', () => {
  test('a refused screen may ask who holds the function it needs: the body’s own roles and their holders', async () => {
    const org = await makeOrg(t.db, '花巻テスト組合');
    const auditor = await makeUser(t.db, org, {
      functions: ['audit.read'],
      roleName: '情報セキュリティ監査責任者',
    });
    const staff = await makeUser(t.db, org);
    const c = await signedIn(t, staff);
    const r = await c.get('/api/org/functions/audit.read/holders');
    assert.equal(r.statusCode, 200, r.body);
    const body = r.json();
    assert.equal(body.function.ja, '監査ログの閲覧');
    assert.equal(body.function.en, 'Read the audit log');
    assert.deepEqual(
      body.roles.map((x: { name: string; holders: string[] }) => [x.name, x.holders]),
      [['情報セキュリティ監査責任者', [`利用者 ${auditor.loginId}`]]],
    );
    // An action refused by the server says the same: the function and the body's roles holding it, in both languages.
    const refused = (await c.get('/api/audit')).json().error;
    assert.equal(refused.code, 'common.forbidden');
    assert.match(
      refused.messages.ja,
      /「監査ログの閲覧」の権限が必要です。この組織では「情報セキュリティ監査責任者」が/,
    );
    assert.match(
      refused.messages.en,
      /“Read the audit log” permission\. In this organization “情報セキュリティ監査責任者” hold it/,
    );
    const none = (await c.get('/api/org/functions/vendors.manage/holders')).json();
    assert.deepEqual(none.roles, []);
    assert.equal((await c.get('/api/org/functions/no.such_thing/holders')).statusCode, 404);
    // Another body's roles are not this body's answer.
    const other = await makeOrg(t.db, '別の組合');
    const outsider = await signedIn(t, await makeUser(t.db, other));
    assert.deepEqual((await outsider.get('/api/org/functions/audit.read/holders')).json().roles, []);
  });

  test("[R-A1] the top role is whatever the organization's policy says, filled by its post", async () => {
    const { org, c } = await adminOf('萩・長門清掃一部事務組合');
    const ciso = await c.post('/api/org/roles', {
      name: '最高情報セキュリティ責任者',
      tier: 1,
      post: '事務局長',
      clausePath: '第2章/1./(1)',
    });
    assert.equal(ciso.statusCode, 200, ciso.body);
    await c.post('/api/org/roles', { name: '情報セキュリティ管理者', tier: 3, post: '課長' });
    await c.post('/api/org/roles', { name: '情報セキュリティ責任者', tier: 2, post: '次長' });
    const person = await c.post('/api/org/people', {
      loginId: `kyokucho-${Date.now()}`,
      displayName: '萩 太郎',
      post: '事務局長',
      unitId: org.unitId,
    });
    assert.equal(person.statusCode, 200, person.body);
    // 充て職: the post is offered, not assigned silently.
    const suggestions = (await c.get('/api/org/suggested-assignments')).json().items;
    const s = suggestions.find((x: { userId: string }) => x.userId === person.json().id);
    assert.equal(s.roleName, '最高情報セキュリティ責任者');
    let roles = (await c.get('/api/org/roles')).json().items;
    const tiers = roles.map((r: { tier: number }) => r.tier);
    assert.deepEqual(
      tiers,
      [...tiers].sort((a, b) => a - b),
    );
    assert.equal(roles[0].name, '最高情報セキュリティ責任者');
    assert.equal(
      roles.find((r: { name: string }) => r.name === '最高情報セキュリティ責任者').holders.length,
      0,
    );
    const assign = await c.post(`/api/org/roles/${ciso.json().id}/assignments`, { userId: s.userId });
    assert.equal(assign.statusCode, 200, assign.body);
    roles = (await c.get('/api/org/roles')).json().items;
    const top = roles
      .filter((r: { tier: number }) => r.tier === 1)
      .find((r: { name: string }) => r.name === '最高情報セキュリティ責任者');
    assert.equal(top.post, '事務局長');
    assert.equal(top.holders[0].displayName, '萩 太郎');
    assert.equal(
      (await c.get('/api/org/suggested-assignments'))
        .json()
        .items.some((x: { userId: string }) => x.userId === s.userId),
      false,
    );
    const ev = await lastEvent(org.id, 'org.role_assigned');
    assert.equal(JSON.parse(ev?.data ?? '{}').role, '最高情報セキュリティ責任者');
  });

  test('[R-A1] a post given to the head of every 部 (「各部の部長」) is offered to each 部長, and 「各部の部長補佐」 to each 部長補佐', async () => {
    const { org, c } = await adminOf('架空広域連合');
    const head = await c.post('/api/org/roles', { name: '部門情報責任者', tier: 2, post: '各部の部長' });
    const deputy = await c.post('/api/org/roles', {
      name: '部門情報担当者',
      tier: 3,
      post: '各部の部長補佐',
    });
    assert.equal(head.statusCode, 200, head.body);
    const ids: Record<string, string> = {};
    for (const [i, post] of ['財務部長', '環境部長', '部長補佐', '副部長', '財務課長'].entries()) {
      const p = await c.post('/api/org/people', {
        loginId: `bucho-${i}-${Date.now()}`,
        displayName: `架空 ${post}`,
        post,
        unitId: org.unitId,
      });
      assert.equal(p.statusCode, 200, p.body);
      ids[post] = p.json().id;
    }
    const items: { userId: string; roleId: string }[] = (await c.get('/api/org/suggested-assignments')).json()
      .items;
    const to = (roleId: string) =>
      Object.entries(ids)
        .filter(([, id]) => items.some((x) => x.userId === id && x.roleId === roleId))
        .map(([post]) => post)
        .sort();
    assert.deepEqual(to(head.json().id), ['環境部長', '財務部長'].sort());
    assert.deepEqual(to(deputy.json().id), ['部長補佐']);
  });

  test('[R-A7] a body with no CISO is expressed with the same role table', async () => {
    const { org, c } = await adminOf('花巻市');
    for (const [name, tier, post] of [
      ['情報セキュリティ責任者', 1, '政策推進部長'],
      ['情報セキュリティ管理者', 2, '課長'],
      ['ネットワーク管理者', 2, '企画調整課長'],
    ] as const) {
      const r = await c.post('/api/org/roles', { name, tier, post, functions: ['org.read'] });
      assert.equal(r.statusCode, 200, r.body);
    }
    const roles = (await c.get('/api/org/roles'))
      .json()
      .items.filter((r: { functions: unknown[] }) => r.functions.length);
    assert.equal(roles[0].name, '情報セキュリティ責任者');
    assert.equal(roles[0].tier, 1);
    assert.ok(!roles.some((r: { name: string }) => /最高/.test(r.name)));
    const tree = (await c.get('/api/org/contact-tree')).json().tiers;
    assert.equal(
      tree[0].roles.some((r: { name: string }) => r.name === '情報セキュリティ責任者'),
      true,
    );
    assert.equal(tree[0].tier, 1);
    const created = (await auditEvents(t.db, org.id)).filter((e) => e.event === 'org.role_created').length;
    assert.ok(created >= 3);
  });

  test('[R-A2] an optional advisor role with a duty text and an appointment record', async () => {
    const { org, admin, c } = await adminOf();
    const role = await c.post('/api/org/roles', {
      name: '最高情報セキュリティアドバイザー',
      tier: 2,
      duties: 'CISOに対し情報セキュリティに関する専門的な助言を行う。',
      optional: true,
      designated: true,
    });
    assert.equal(role.statusCode, 200, role.body);
    const advisor = await makeUser(t.db, org);
    const ap = await c.post(`/api/org/roles/${role.json().id}/appointments`, {
      userId: advisor.id,
      appointedBy: admin.id,
      appointedOn: '2025-04-01',
      scope: '全庁',
      duties: '月1回の助言',
    });
    assert.equal(ap.statusCode, 200, ap.body);
    const r = (await c.get('/api/org/roles'))
      .json()
      .items.find((x: { id: string }) => x.id === role.json().id);
    assert.equal(r.optional, true);
    assert.equal(r.duties, 'CISOに対し情報セキュリティに関する専門的な助言を行う。');
    assert.equal(r.holders[0].userId, advisor.id);
    const list = (await c.get('/api/org/appointments')).json().items;
    assert.equal(list[0].appointedByName, `利用者 ${admin.loginId}`);
    const ev = JSON.parse((await lastEvent(org.id, 'org.appointment_recorded'))?.data ?? '{}');
    assert.deepEqual(ev, {
      role: '最高情報セキュリティアドバイザー',
      loginId: advisor.loginId,
      appointedBy: admin.loginId,
      appointedOn: '2025-04-01',
      unitId: null,
      scope: '全庁',
    });
    const optional = (await auditEvents(t.db, org.id)).find((e) => e.event === 'org.role_updated');
    assert.equal(JSON.parse(optional?.data ?? '{}').changes.optional.after, 1);
  });

  test('[R-A6] the 管理者 designates an 情報システム担当者: who, by whom, when, for which systems', async () => {
    const { org, c } = await adminOf();
    const kanri = await makeUser(t.db, org);
    const staff = await makeUser(t.db, org);
    const role = (
      await c.post('/api/org/roles', { name: '情報システム担当者', tier: 4, designated: true })
    ).json();
    const ap = await c.post(`/api/org/roles/${role.id}/appointments`, {
      userId: staff.id,
      appointedBy: kanri.id,
      appointedOn: '2025-04-01',
      unitId: org.unitId,
      scope: '財務会計システム、庁内LAN',
    });
    assert.equal(ap.statusCode, 200, ap.body);
    const list = (await c.get('/api/org/appointments')).json().items;
    assert.deepEqual(
      {
        user: list[0].userId,
        by: list[0].appointedBy,
        on: list[0].appointedOn,
        scope: list[0].scope,
        unit: list[0].unitId,
      },
      {
        user: staff.id,
        by: kanri.id,
        on: '2025-04-01',
        scope: '財務会計システム、庁内LAN',
        unit: org.unitId,
      },
    );
    // A designated role is never offered by post.
    assert.ok(
      !(await c.get('/api/org/suggested-assignments'))
        .json()
        .items.some((s: { roleId: string }) => s.roleId === role.id),
    );
    const bad = await c.post(`/api/org/roles/${role.id}/appointments`, {
      userId: staff.id,
      appointedOn: '2025-13-01',
    });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.fields[0].field, 'appointedOn');
  });

  test('[R-A9] each 課 has a 推進員 named by its head: per-unit appointments', async () => {
    const { org, c } = await adminOf('花巻市');
    const second = (await c.post('/api/org/units', { name: '企画調整課', kind: '課' })).json().id;
    const role = (
      await c.post('/api/org/roles', { name: '情報セキュリティ推進員', tier: 4, designated: true })
    ).json();
    for (const unitId of [org.unitId, second]) {
      const head = await makeUser(t.db, org, { unitId });
      const staff = await makeUser(t.db, org, { unitId });
      const r = await c.post(`/api/org/roles/${role.id}/appointments`, {
        userId: staff.id,
        appointedBy: head.id,
        appointedOn: '2025-04-01',
        unitId,
      });
      assert.equal(r.statusCode, 200, r.body);
    }
    const holders = (await c.get('/api/org/roles'))
      .json()
      .items.find((r: { id: string }) => r.id === role.id).holders;
    assert.deepEqual(holders.map((h: { unitId: string }) => h.unitId).sort(), [org.unitId, second].sort());
    assert.equal(
      (await auditEvents(t.db, org.id)).filter((e) => e.event === 'org.appointment_recorded').length,
      2,
    );
  });

  test('functions come from the registry; unknown keys are refused naming the field; changes are audited', async () => {
    const { org, c } = await adminOf();
    const fns = (await c.get('/api/org/functions')).json().items.map((f: { key: string }) => f.key);
    assert.ok(
      fns.includes('org.review') && fns.includes('org.scope_all') && fns.includes('org.notices.send'),
    );
    const role = (await c.post('/api/org/roles', { name: '監査担当', tier: 3 })).json();
    const bad = await c.put(`/api/org/roles/${role.id}/functions`, { functions: ['org.read', 'nope.fly'] });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.fields[0].field, 'functions');
    const ok = await c.put(`/api/org/roles/${role.id}/functions`, { functions: ['org.read', 'audit.read'] });
    assert.equal(ok.statusCode, 204, ok.body);
    assert.deepEqual(JSON.parse((await lastEvent(org.id, 'org.role_functions_set'))?.data ?? '{}').after, [
      'audit.read',
      'org.read',
    ]);
    const edit = await c.patch(`/api/org/roles/${role.id}`, { duties: '監査を行う', tier: 2 });
    assert.equal(edit.statusCode, 204);
    assert.deepEqual(JSON.parse((await lastEvent(org.id, 'org.role_updated'))?.data ?? '{}').changes.tier, {
      before: 3,
      after: 2,
    });
  });

  test('acting deputies hold a role for a period; ending an assignment removes its functions at once', async () => {
    const { org, c } = await adminOf();
    const role = (
      await c.post('/api/org/roles', { name: '代理', tier: 2, functions: ['audit.read'] })
    ).json();
    const deputy = await makeUser(t.db, org);
    const reversed = await c.post(`/api/org/roles/${role.id}/assignments`, {
      userId: deputy.id,
      acting: true,
      validFrom: '2025-05-10',
      validUntil: '2025-05-01',
    });
    assert.equal(reversed.statusCode, 400);
    assert.equal(reversed.json().error.fields[0].field, 'validUntil');
    const a = await c.post(`/api/org/roles/${role.id}/assignments`, {
      userId: deputy.id,
      acting: true,
      validFrom: '2020-01-01',
      validUntil: '2099-12-31',
    });
    assert.equal(a.statusCode, 200);
    const dc = await signedIn(t, deputy);
    assert.equal((await dc.get('/api/audit')).statusCode, 200);
    assert.equal((await c.post(`/api/org/assignments/${a.json().id}/end`, {})).statusCode, 204);
    assert.equal((await dc.get('/api/audit')).statusCode, 403);
    assert.equal(
      JSON.parse((await lastEvent(org.id, 'org.assignment_ended'))?.data ?? '{}').loginId,
      deputy.loginId,
    );
  });

  test("403 names the missing function; 404 for another organization's role", async () => {
    const { org } = await adminOf();
    const reader = await makeUser(t.db, org, { functions: ['org.read'] });
    const rc = await signedIn(t, reader);
    const denied = await rc.post('/api/org/roles', { name: 'x', tier: 1 });
    assert.equal(denied.statusCode, 403);
    assert.match(denied.json().error.message, /「組織・役割・利用者の設定」/);
    const other = await adminOf('他の組合');
    const foreign = (await other.c.post('/api/org/roles', { name: '他の役割', tier: 1 })).json().id;
    const { c } = await adminOf();
    assert.equal((await c.patch(`/api/org/roles/${foreign}`, { duties: 'x' })).statusCode, 404);
    assert.equal((await c.put(`/api/org/roles/${foreign}/functions`, { functions: [] })).statusCode, 404);
    const person = await makeUser(t.db, org);
    const crossUser = await other.c.post(`/api/org/roles/${foreign}/assignments`, { userId: person.id });
    assert.equal(crossUser.statusCode, 400);
    assert.equal(crossUser.json().error.fields[0].field, 'userId');
    const missing = await c.post('/api/org/roles', { tier: 1 });
    assert.equal(missing.statusCode, 400);
    assert.equal(missing.json().error.fields[0].field, 'name');
  });
});
