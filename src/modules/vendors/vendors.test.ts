import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { onPostgres } from '../../../test/support/db.ts';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import { auditEvents, type Client, signedIn, testAppPerFile } from '../../../test/support/http.ts';
import { created, orgWithAdmin, type TestOrg } from '../../../test/support/route-test.ts';
import { importSample } from '../policy/test-helpers.ts';
import { lawKindOf } from './law-kinds.ts';
import { vendorsMigrations } from './migrations.ts';

let org: TestOrg;
let admin: Client;
const t = testAppPerFile(async (app) => {
  ({ org, admin } = await orgWithAdmin(app, ['vendors.manage', 'policy.manage']));
});

describe('vendor registers', () => {
  let vendor: string;
  test('[R-H1] vendors record certifications with number and expiry, and audit status', async () => {
    vendor = await created(admin, '/api/vendors/vendors', {
      name: '株式会社サンプル情報',
      auditStatus: 'audited_ok',
      lastAuditedOn: '2024-10-01',
      certifications: [
        { kind: 'isms', number: 'IS 123456', expiresOn: '2099-03-31' },
        { kind: 'pmark', number: '第10000000(01)号', expiresOn: '2020-03-31' },
      ],
    });
    const v = (await admin.get(`/api/vendors/vendors/${vendor}`)).json();
    assert.equal(v.hasValidIsms, true);
    assert.deepEqual(
      v.certifications.map((c: { kind: string; expired: boolean }) => [c.kind, c.expired]),
      [
        ['isms', false],
        ['pmark', true],
      ],
    );
    assert.equal((await admin.get('/api/vendors/vendors?auditStatus=audited_ok')).json().total, 1);
    const e = (await auditEvents(t.db, org.id)).at(-1);
    assert.equal(e?.event, 'vendors.created');
    assert.equal(JSON.parse(e?.data ?? '{}').values.certifications[0].number, 'IS 123456');
  });

  test('[R-H2] without a policy list, a contract needs the clauses entered; the list can be set by hand', async () => {
    const r = await admin.post('/api/vendors/contracts', { vendorId: vendor, title: '保守委託' });
    assert.equal(r.statusCode, 400);
    assert.equal(r.json().error.fields[0].field, 'clauses');
    assert.equal((await admin.get('/api/vendors/clause-list')).json().source, null);
  });

  test("[R-H2] seed 001's thirteen contract clauses become a checklist; missing ones are flagged", async () => {
    const imp = await importSample(admin, '001-hagi-nagato-seiso.txt');
    const f = await admin.post(`/api/policy/versions/${imp.versionId}/in-force`, {
      effectiveOn: '2024-04-01',
    });
    assert.ok(f.statusCode < 300, f.body);
    const list = (await admin.get('/api/vendors/clause-list')).json();
    assert.equal(list.source, 'policy');
    assert.equal(list.clausePath, '第2章/8./(1)/②');
    assert.equal(list.clauses.length, 13);
    const id = await created(admin, '/api/vendors/contracts', {
      vendorId: vendor,
      title: 'ごみ処理施設運転管理システム保守',
      subcontracting: true,
      nextReviewOn: '2025-04-01',
    });
    let c = (await admin.get(`/api/vendors/contracts/${id}`)).json();
    assert.equal(c.clauses.length, 13);
    assert.equal(c.missingClauses.length, 13);
    assert.equal(c.clausePath, '第2章/8./(1)/②');
    assert.equal(c.subcontracting, true);
    const checked = c.clauses.map((x: { text: string }, i: number) => ({ text: x.text, present: i !== 6 }));
    assert.equal((await admin.patch(`/api/vendors/contracts/${id}`, { clauses: checked })).statusCode, 204);
    c = (await admin.get(`/api/vendors/contracts/${id}`)).json();
    assert.deepEqual(c.missingClauses, ['業務上知り得た情報の守秘義務']);
    const e = (await auditEvents(t.db, org.id)).at(-1);
    assert.equal(e?.event, 'vendors.contract_updated');
    assert.equal(e?.target_id, id);
  });

  test('[R-H2] a hand-entered list replaces the policy list and is audited', async () => {
    const r = await admin.put('/api/vendors/clause-list', {
      clauses: ['法令遵守', '守秘義務'],
      clausePath: '第9/(4)',
    });
    assert.equal(r.statusCode, 200);
    const e = (await auditEvents(t.db, org.id)).at(-1);
    assert.equal(e?.event, 'vendors.clause_list_set');
    assert.equal(JSON.parse(e?.data ?? '{}').before.length, 13);
    const id = await created(admin, '/api/vendors/contracts', { vendorId: vendor, title: '庁舎清掃' });
    assert.deepEqual((await admin.get(`/api/vendors/contracts/${id}`)).json().missingClauses, [
      '法令遵守',
      '守秘義務',
    ]);
  });

  test('[R-G5] laws cited by the policy in force are proposed, and the law register keeps them', async () => {
    const p = (await admin.get('/api/vendors/laws/proposals')).json().items;
    const law = p.find((x: { name: string }) => x.name === '地方公務員法');
    assert.ok(law);
    assert.equal(law.alreadyPresent, false);
    await created(admin, '/api/vendors/laws', {
      name: law.name,
      number: law.number,
      kind: law.kind,
      clausePath: law.path,
    });
    await created(admin, '/api/vendors/laws', { name: '情報公開条例', kind: 'ordinance' });
    const after = (await admin.get('/api/vendors/laws/proposals')).json().items;
    assert.equal(after.find((x: { name: string }) => x.name === '地方公務員法').alreadyPresent, true);
    assert.equal((await admin.get('/api/vendors/laws?kind=ordinance')).json().items[0].name, '情報公開条例');
    const bad = await admin.post('/api/vendors/laws', { name: 'x', kind: '通達' });
    assert.equal(bad.json().error.fields[0].field, 'kind');
  });

  test("a kind of law is stored as a code; the CSV names it in the reader's language", async () => {
    const ja = (await admin.get('/api/vendors/laws/export.csv')).rawPayload.toString('utf8');
    assert.match(ja, /情報公開条例,,条例/);
    const en = (
      await admin.request('GET', '/api/vendors/laws/export.csv', undefined, { 'accept-language': 'en' })
    ).rawPayload.toString('utf8');
    assert.match(en, /情報公開条例,,Ordinance/);
  });

  test('0341: laws stored with the Japanese word of their kind get its code, and the word still names that kind', async () => {
    const id = await created(admin, '/api/vendors/laws', {
      name: '個人情報保護法施行条例',
      kind: 'ordinance',
    });
    await t.db.updateTable('laws').set({ kind: '政令' }).where('id', '=', id).execute();
    const migration = vendorsMigrations.find((m) => m.name === '0341_vendors_law_kind_codes');
    await migration?.up(t.db, onPostgres ? 'postgres' : 'sqlite');
    assert.equal((await admin.get(`/api/vendors/laws/${id}`)).json().kind, 'cabinet_order');
    assert.equal(lawKindOf('条例'), 'ordinance');
    assert.equal(lawKindOf('通達'), 'other');
  });

  test('[R-H5] cloud services record provider, information classes, ISMAP, evaluation and approval', async () => {
    const id = await created(admin, '/api/vendors/cloud', {
      service: 'オンラインストレージ',
      provider: 'クラウド株式会社',
      vendorId: vendor,
      infoClasses: ['機密性2'],
      ismap: true,
      evaluation: 'ISMAP登録、データは国内保管',
      evaluatedOn: '2025-01-15',
      approvedBy: '情報セキュリティ責任者',
      approvalRef: '総第123号',
    });
    const c = (await admin.get(`/api/vendors/cloud/${id}`)).json();
    assert.deepEqual(
      [c.infoClasses, c.ismap, c.approvalRef, c.vendorName],
      [['機密性2'], true, '総第123号', '株式会社サンプル情報'],
    );
    assert.equal((await admin.get('/api/vendors/cloud?ismap=true')).json().total, 1);
    assert.equal(
      (await admin.del(`/api/vendors/vendors/${vendor}`)).statusCode,
      409,
      'a vendor in use cannot be deleted',
    );
    assert.ok(
      (await auditEvents(t.db, org.id)).some(
        (e) => e.event === 'vendors.cloud_created' && e.target_id === id,
      ),
    );
  });

  test('[R-H6] each social media account has one responsible person', async () => {
    const person = await makeUser(t.db, org);
    const none = await admin.post('/api/vendors/social', { service: 'X', account: '@hagi_seiso' });
    assert.equal(none.statusCode, 400);
    assert.equal(none.json().error.fields[0].field, 'responsibleUserId');
    const two = await admin.post('/api/vendors/social', {
      service: 'X',
      account: '@hagi_seiso',
      responsibleUserId: [person.id, person.id],
    });
    assert.equal(two.statusCode, 400, 'one person, not a list');
    const id = await created(admin, '/api/vendors/social', {
      service: 'X',
      account: '@hagi_seiso',
      responsibleUserId: person.id,
      publishable: '収集日程の変更、施設の休業案内',
    });
    const s = (await admin.get(`/api/vendors/social/${id}`)).json();
    assert.equal(s.responsibleUserId, person.id);
    assert.match(s.responsibleName, /利用者/);
    const clear = await admin.patch(`/api/vendors/social/${id}`, { responsibleUserId: null });
    assert.equal(clear.statusCode, 400, 'the responsible person cannot be removed');
    const csv = (await admin.get('/api/vendors/social/export.csv')).rawPayload.toString('utf8');
    assert.match(csv, /サービス,アカウント,責任者,発信可能な情報/);
  });
});

describe('vendors access and validation', () => {
  test("another organization's record answers 404", async () => {
    const other = await makeOrg(t.db, '他団体');
    const c = await signedIn(t, await makeUser(t.db, other, { functions: ['vendors.manage'] }));
    const id = (await admin.get('/api/vendors/vendors')).json().items[0].id;
    assert.equal((await c.get(`/api/vendors/vendors/${id}`)).statusCode, 404);
    assert.equal((await c.patch(`/api/vendors/vendors/${id}`, { notes: 'x' })).statusCode, 404);
    const r = await c.post('/api/vendors/contracts', { vendorId: id, title: 'x', clauses: [] });
    assert.equal(r.statusCode, 400);
    assert.equal(r.json().error.fields[0].field, 'vendorId');
    assert.equal(
      (await c.get('/api/vendors/clause-list')).json().source,
      null,
      "another organization's policy is not read",
    );
  });

  test('a missing function answers 403 naming it', async () => {
    const c = await signedIn(t, await makeUser(t.db, org, { functions: ['systems.manage'] }));
    const r = await c.get('/api/vendors/cloud');
    assert.equal(r.statusCode, 403);
    assert.match(r.json().error.message, /「委託先・クラウド・SNS・法令台帳の管理」/);
    const reader = await signedIn(t, await makeUser(t.db, org, { functions: ['registers.read'] }));
    assert.equal((await reader.get('/api/vendors/laws')).statusCode, 200);
    assert.equal((await reader.put('/api/vendors/clause-list', { clauses: ['x'] })).statusCode, 403);
  });

  test('bad input answers 400 naming the field and writes nothing', async () => {
    const before = (await auditEvents(t.db, org.id)).length;
    const r = await admin.post('/api/vendors/vendors', {
      name: 'x',
      auditStatus: 'great',
      certifications: [{ kind: 'isms', expiresOn: 'soon' }],
    });
    assert.equal(r.statusCode, 400);
    assert.deepEqual(
      r
        .json()
        .error.fields.map((f: { field: string }) => f.field)
        .sort(),
      ['auditStatus', 'certifications.0.expiresOn'],
    );
    const l = await admin.put('/api/vendors/clause-list', { clauses: [] });
    assert.equal(l.json().error.fields[0].field, 'clauses');
    assert.equal((await auditEvents(t.db, org.id)).length, before);
  });
});
