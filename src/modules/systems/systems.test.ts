import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import iconv from 'iconv-lite';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import {
  auditEvents,
  type Client,
  exportEvents,
  signedIn,
  testAppPerFile,
} from '../../../test/support/http.ts';
import { created, orgWithAdmin, type TestOrg } from '../../../test/support/route-test.ts';

let org: TestOrg;
let admin: Client;
const t = testAppPerFile(async (app) => {
  ({ org, admin } = await orgWithAdmin(app, ['systems.manage']));
});

const lastEvent = async (orgId: string) => (await auditEvents(t.db, orgId)).at(-1);

describe('systems registers', () => {
  let my: string;
  let lg: string;
  let net: string;
  test('default three-tier segments are added once, each audited', async () => {
    const r = await admin.post('/api/systems/segments/defaults');
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.json().created.length, 3);
    assert.equal((await admin.post('/api/systems/segments/defaults')).json().created.length, 0);
    const list = (await admin.get('/api/systems/segments?sort=name')).json();
    assert.equal(list.total, 3);
    const by = Object.fromEntries(list.items.map((s: { name: string; id: string }) => [s.name, s]));
    my = by.マイナンバー利用事務系.id;
    lg = by.LGWAN接続系.id;
    net = by.インターネット接続系.id;
    assert.equal(by.マイナンバー利用事務系.isolated, true);
    const events = (await auditEvents(t.db, org.id)).filter((e) => e.event === 'systems.segment_created');
    assert.equal(events.length, 3);
  });

  test('[R-C1] systems and terminals carry a network segment', async () => {
    const id = await created(admin, '/api/systems/systems', { name: '財務会計', segmentId: lg, mfa: true });
    const sys = (await admin.get(`/api/systems/systems/${id}`)).json();
    assert.equal(sys.segmentId, lg);
    assert.equal(sys.segmentName, 'LGWAN接続系');
    const term = await created(admin, '/api/systems/equipment', {
      name: '端末01',
      kind: 'terminal',
      segmentId: lg,
      systemId: id,
    });
    assert.equal(
      (await admin.get(`/api/systems/equipment?segmentId=${lg}&kind=terminal`)).json().items[0].id,
      term,
    );
    const loose = await created(admin, '/api/systems/systems', { name: '未分類システム' });
    const f = (await admin.get('/api/systems/findings')).json();
    assert.ok(
      f.findings.some(
        (x: { code: string; systemIds: string[] }) =>
          x.code === 'segments.no_segment' && x.systemIds[0] === loose,
      ),
    );
    await admin.del(`/api/systems/systems/${loose}`);
  });

  test('[R-C3] a connection out of the マイナンバー segment is flagged; a マイナンバー system without MFA is flagged', async () => {
    const jumin = await created(admin, '/api/systems/systems', {
      name: '住民記録',
      segmentId: my,
      mfa: false,
    });
    const lgSys = await created(admin, '/api/systems/systems', {
      name: '庁内メール',
      segmentId: lg,
      mfa: true,
    });
    const conn = await created(admin, '/api/systems/connections', {
      fromSystemId: jumin,
      toSystemId: lgSys,
      kind: 'file_transfer',
    });
    const f = (await admin.get('/api/systems/findings')).json();
    assert.ok(
      f.findings.some(
        (x: { code: string; connectionId: string }) =>
          x.code === 'segments.isolated_connection' && x.connectionId === conn,
      ),
    );
    const mfa = f.findings.find(
      (x: { code: string; systemIds: string[] }) =>
        x.code === 'segments.mfa_missing' && x.systemIds[0] === jumin,
    );
    assert.ok(mfa);
    assert.match(mfa.message, /多要素認証/);
    assert.equal(f.count, f.findings.length);
    assert.equal((await admin.patch(`/api/systems/systems/${jumin}`, { mfa: true })).statusCode, 204);
    const after = (await admin.get('/api/systems/findings')).json();
    assert.ok(
      !after.findings.some(
        (x: { code: string; systemIds: string[] }) =>
          x.code === 'segments.mfa_missing' && x.systemIds[0] === jumin,
      ),
    );
  });

  test('[R-C4] LGWAN to Internet without 無害化通信 is flagged', async () => {
    const web = await created(admin, '/api/systems/systems', { name: 'Web閲覧', segmentId: net, mfa: true });
    const mail = await created(admin, '/api/systems/systems', {
      name: 'LGWANメール',
      segmentId: lg,
      mfa: true,
    });
    const conn = await created(admin, '/api/systems/connections', {
      fromSystemId: web,
      toSystemId: mail,
      kind: 'normal',
    });
    const flagged = () =>
      admin
        .get('/api/systems/findings')
        .then((r) =>
          r
            .json()
            .findings.some(
              (x: { code: string; connectionId: string }) =>
                x.code === 'segments.unsanitized_crossing' && x.connectionId === conn,
            ),
        );
    assert.equal(await flagged(), true);
    assert.equal(
      (await admin.patch(`/api/systems/connections/${conn}`, { kind: 'sanitized' })).statusCode,
      204,
    );
    assert.equal(await flagged(), false);
  });

  test('[R-C2] an Internet-facing segment is flagged until strengthened monitoring is recorded', async () => {
    const has = () =>
      admin
        .get('/api/systems/findings')
        .then((r) =>
          r.json().findings.some((x: { code: string }) => x.code === 'segments.monitoring_missing'),
        );
    assert.equal(await has(), true);
    assert.equal((await admin.patch(`/api/systems/segments/${net}`, { monitored: true })).statusCode, 204);
    assert.equal(await has(), false);
    const e = await lastEvent(org.id);
    assert.equal(e?.event, 'systems.segment_updated');
    assert.deepEqual(JSON.parse(e?.data ?? '{}').changes, { monitored: { before: false, after: true } });
  });

  test('[R-D9] systems record whether sign-in needs several factors', async () => {
    const id = await created(admin, '/api/systems/systems', { name: '人事給与', segmentId: lg, mfa: true });
    assert.equal((await admin.get(`/api/systems/systems/${id}`)).json().mfa, true);
    const without = (await admin.get('/api/systems/systems?mfa=false')).json();
    assert.ok(without.items.every((s: { mfa: boolean }) => s.mfa === false));
    assert.ok(!without.items.some((s: { id: string }) => s.id === id));
  });

  test("[R-F18] a system's change history shows every audited change and the manual change log", async () => {
    const id = await created(admin, '/api/systems/systems', { name: '文書管理', segmentId: lg });
    await admin.patch(`/api/systems/systems/${id}`, { name: '文書管理システム', mfa: true });
    const log = await created(admin, '/api/systems/changes', {
      systemId: id,
      changedOn: '2025-04-01',
      what: 'OS更新',
      why: 'サポート終了',
      approvedBy: '情報政策課長',
    });
    const h = (await admin.get(`/api/systems/systems/${id}/history`)).json();
    assert.deepEqual(
      h.events.map((e: { event: string }) => e.event),
      ['systems.system_updated', 'systems.system_created'],
    );
    assert.deepEqual(h.events[0].data.changes.name, { before: '文書管理', after: '文書管理システム' });
    assert.equal(h.changeLog[0].id, log);
    assert.equal(h.changeLog[0].approvedBy, '情報政策課長');
    const e = (await auditEvents(t.db, org.id)).find(
      (x) => x.event === 'systems.change_logged' && x.target_id === log,
    );
    assert.ok(e);
  });

  test('[R-D1] [R-D2] equipment records location, fixing, locked rack, RAID, UPS and surge protection', async () => {
    const id = await created(admin, '/api/systems/equipment', {
      name: 'ファイルサーバ',
      kind: 'server',
      location: '本庁舎3階サーバ室',
      fixed: true,
      lockedRack: true,
      raid: true,
      ups: true,
      surgeProtection: false,
    });
    const eq = (await admin.get(`/api/systems/equipment/${id}`)).json();
    assert.deepEqual(
      [eq.location, eq.fixed, eq.lockedRack, eq.raid, eq.ups, eq.surgeProtection],
      ['本庁舎3階サーバ室', true, true, true, true, false],
    );
    const unprotected = (await admin.get('/api/systems/equipment?kind=server&surgeProtection=false')).json();
    assert.ok(unprotected.items.some((x: { id: string }) => x.id === id));
    const e = (await auditEvents(t.db, org.id)).find((x) => x.target_id === id);
    assert.equal(e?.event, 'systems.equipment_created');
    assert.equal(JSON.parse(e?.data ?? '{}').values.lockedRack, true);
  });

  test('[R-D4] maintenance next-due follows the interval from the latest log entry', async () => {
    const id = await created(admin, '/api/systems/equipment', {
      name: 'コアスイッチ',
      kind: 'network',
      maintenanceIntervalDays: 180,
    });
    const never = (await admin.get(`/api/systems/equipment/${id}`)).json();
    assert.equal(never.lastPerformedOn, null);
    assert.equal(never.nextDueOn, never.createdAt.slice(0, 10), 'never maintained: due from registration');
    await created(admin, '/api/systems/maintenance', {
      equipmentId: id,
      performedOn: '2024-01-10',
      description: '定期点検',
    });
    await created(admin, '/api/systems/maintenance', {
      equipmentId: id,
      performedOn: '2024-03-01',
      description: 'ファーム更新',
    });
    const eq = (await admin.get(`/api/systems/equipment/${id}`)).json();
    assert.equal(eq.lastPerformedOn, '2024-03-01');
    assert.equal(eq.nextDueOn, '2024-08-28');
    assert.equal(eq.overdue, true);
    assert.equal(
      (await admin.del(`/api/systems/equipment/${id}`)).statusCode,
      409,
      'a device with a log cannot be deleted',
    );
  });

  test('[R-D7] external lines record carrier, purpose, documents kept and approver', async () => {
    const id = await created(admin, '/api/systems/lines', {
      name: 'LGWAN回線',
      carrier: 'NTT西日本',
      purpose: 'LGWAN接続',
      segmentId: lg,
      documents: '回線契約書・構成図',
      approvedBy: 'CISO',
      approvedOn: '2024-04-01',
    });
    const found = (await admin.get('/api/systems/lines?q=構成図')).json();
    assert.equal(found.items[0].id, id);
    assert.equal(found.items[0].segmentName, 'LGWAN接続系');
    const csv = await admin.get('/api/systems/lines/export.csv?encoding=sjis');
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-type']), /Shift_JIS/);
    assert.match(iconv.decode(csv.rawPayload, 'cp932'), /NTT西日本/);
    const utf = await admin.get('/api/systems/lines/export.csv');
    assert.deepEqual([...utf.rawPayload.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.match(utf.rawPayload.toString('utf8'), /回線名,通信事業者/);
    // Each download is audited with its book, format and number of rows.
    assert.deepEqual(
      (await exportEvents(t.db, org.id)).filter((e) => e.type === 'external_line'),
      [
        { type: 'external_line', id: 'list', book: '外部回線台帳', format: 'csv-sjis', count: 1 },
        { type: 'external_line', id: 'list', book: '外部回線台帳', format: 'csv-utf8', count: 1 },
      ],
    );
  });
});

describe('systems register words and references', () => {
  test("a segment a system names cannot be deleted; the CSV speaks the reader's language", async () => {
    const seg = await created(admin, '/api/systems/segments', { name: '検証系', isolated: true });
    const sys = await created(admin, '/api/systems/systems', { name: '検証システム', segmentId: seg });
    const refused = await admin.del(`/api/systems/segments/${seg}`);
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().error.code, 'registers.in_use');
    const ja = (await admin.get('/api/systems/segments/export.csv?q=検証')).rawPayload.toString('utf8');
    assert.match(ja, /^\uFEFFID,区分名,他区分と通信不可,端末からの持出し不可,/);
    assert.match(ja, /,検証系,あり,なし,/);
    const en = (
      await admin.request('GET', '/api/systems/segments/export.csv?q=検証', undefined, {
        'accept-language': 'en',
      })
    ).rawPayload.toString('utf8');
    assert.match(en, /^\uFEFFID,Segment,Isolated,No export from terminals,/);
    assert.match(en, /,検証系,yes,no,/);
    await admin.del(`/api/systems/systems/${sys}`);
    assert.equal((await admin.del(`/api/systems/segments/${seg}`)).statusCode, 204);
    assert.equal((await lastEvent(org.id))?.event, 'systems.segment_deleted');
  });
});

describe('systems access and validation', () => {
  test("another organization's record answers 404, for reads and writes", async () => {
    const other = await makeOrg(t.db, '別組合');
    const c = await signedIn(t, await makeUser(t.db, other, { functions: ['systems.manage'] }));
    const id = await created(admin, '/api/systems/systems', { name: '他組織から見えない' });
    assert.equal((await c.get(`/api/systems/systems/${id}`)).statusCode, 404);
    assert.equal((await c.patch(`/api/systems/systems/${id}`, { name: 'x' })).statusCode, 404);
    assert.equal((await c.del(`/api/systems/systems/${id}`)).statusCode, 404);
    assert.equal((await c.get(`/api/systems/systems/${id}/history`)).statusCode, 404);
    const seg = (await admin.get('/api/systems/segments')).json().items[0].id;
    const r = await c.post('/api/systems/systems', { name: 'x', segmentId: seg });
    assert.equal(r.statusCode, 400, "another organization's segment is not a valid reference");
    assert.equal(r.json().error.fields[0].field, 'segmentId');
    assert.equal((await c.get('/api/systems/systems')).json().total, 0);
  });

  test('a missing function answers 403 naming it; registers.read may read but not write', async () => {
    const none = await signedIn(t, await makeUser(t.db, org, { functions: ['audit.read'] }));
    const r = await none.get('/api/systems/systems');
    assert.equal(r.statusCode, 403);
    assert.match(r.json().error.message, /「情報システム・ネットワーク区分の閲覧」/);
    const reader = await signedIn(t, await makeUser(t.db, org, { functions: ['registers.read'] }));
    assert.equal((await reader.get('/api/systems/findings')).statusCode, 200);
    const w = await reader.post('/api/systems/systems', { name: 'x' });
    assert.equal(w.statusCode, 403);
    assert.match(w.json().error.message, /「情報システム・ネットワーク区分・機器・回線の管理」/);
  });

  test('bad input answers 400 naming the field and writes nothing', async () => {
    const before = (await auditEvents(t.db, org.id)).length;
    const r = await admin.post('/api/systems/connections', {
      fromSystemId: 'a',
      kind: 'carrier-pigeon',
      extra: 1,
    });
    assert.equal(r.statusCode, 400);
    const fields = r
      .json()
      .error.fields.map((f: { field: string }) => f.field)
      .sort();
    assert.deepEqual(fields, ['extra', 'kind', 'toSystemId']);
    const bad = await admin.post('/api/systems/equipment', {
      name: '',
      kind: 'server',
      maintenanceIntervalDays: 0,
    });
    assert.deepEqual(
      bad
        .json()
        .error.fields.map((f: { field: string }) => f.field)
        .sort(),
      ['maintenanceIntervalDays', 'name'],
    );
    const dup = await admin.post('/api/systems/segments', { name: 'LGWAN接続系' });
    assert.equal(dup.statusCode, 409);
    assert.equal((await auditEvents(t.db, org.id)).length, before);
  });
});
