import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import { auditEvents, signedIn, testAppPerFile } from '../../../test/support/http.ts';
import { pdfText } from '../../../test/support/pdf.ts';
import { systemActor } from '../../shared/actor.ts';
import { createUnit } from '../org/service.ts';

const t = testAppPerFile();

async function setup() {
  const org = await makeOrg(t.db);
  const audited = await t.db
    .transaction()
    .execute((trx) => createUnit(trx, systemActor(org.id), { name: '業務課', kind: '課' }));
  const lead = await makeUser(t.db, org, { functions: ['audits.manage'] });
  const c = await signedIn(t, { id: lead.id, organizationId: org.id });
  const insider = await makeUser(t.db, org, { unitId: audited });
  const responder = await makeUser(t.db, org, { unitId: audited, functions: ['audits.respond'] });
  return { org, audited, lead, c, insider, responder };
}

const plan = (units: string[], auditors: string[]) => ({
  kind: 'yearly',
  auditType: 'external',
  title: '令和8年度 情報セキュリティ外部監査',
  fiscalYear: 2026,
  purpose: '情報セキュリティポリシーの遵守状況を確認する',
  scopeUnits: units,
  timing: '令和8年10月',
  structure: '外部監査人2名',
  criteria: '情報セキュリティ対策基準',
  auditorOrg: '監査法人A',
  auditorIds: auditors,
});

describe('audits', () => {
  test('[R-I4] an external audit with one finding is followed to closure; nobody audits their own unit', async () => {
    const s = await setup();
    const refused = await s.c.post('/api/audits/plans', plan([s.audited], [s.lead.id, s.insider.id]));
    assert.equal(refused.statusCode, 400);
    assert.equal(refused.json().error.code, 'audits.not_independent');
    assert.equal(refused.json().error.fields[0].field, 'auditorIds.1');
    assert.equal(
      (await t.db.selectFrom('audit_plans').select('id').where('organization_id', '=', s.org.id).execute())
        .length,
      0,
    );
    const created = await s.c.post('/api/audits/plans', plan([s.audited], [s.lead.id]));
    assert.equal(created.statusCode, 201, created.body);
    const id = created.json().id;
    const addInsider = await s.c.post(`/api/audits/plans/${id}/auditors`, { userId: s.insider.id });
    assert.equal(addInsider.statusCode, 400);
    assert.equal(addInsider.json().error.fields[0].field, 'userId');
    const f = await s.c.post(`/api/audits/plans/${id}/findings`, {
      severity: 'medium',
      clausePath: '第2章/4./(1)/①/(イ)',
      unitId: s.audited,
      title: 'ラック未施錠',
      detail: 'サーバラックが施錠されていない',
    });
    assert.equal(f.statusCode, 201, f.body);
    const fid = f.json().id;
    const r = await signedIn(t, { id: s.responder.id, organizationId: s.org.id });
    assert.equal(
      (await r.post(`/api/audits/findings/${fid}/response`, { body: '施錠し鍵を管理者が保管' })).statusCode,
      204,
    );
    assert.equal(
      (await s.c.post(`/api/audits/plans/${id}/close`)).statusCode,
      409,
      'an open finding blocks closing',
    );
    const fu = await s.c.post(`/api/audits/findings/${fid}/follow-up`, {
      body: '現地で施錠を確認',
      close: true,
    });
    assert.equal(fu.statusCode, 204);
    assert.equal((await s.c.post(`/api/audits/plans/${id}/report`)).statusCode, 204);
    const pdf = await s.c.get(`/api/audits/plans/${id}/report.pdf`);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.rawPayload.subarray(0, 4).toString(), '%PDF');
    const ja = pdfText(pdf.rawPayload).replace(/\s+/g, '');
    for (const want of ['情報セキュリティ監査報告書', '監査基準', '指摘事項1', '状況'])
      assert.ok(ja.includes(want), `the report shows ${want}`);
    const en = await s.c.request('GET', `/api/audits/plans/${id}/report.pdf`, undefined, {
      'accept-language': 'en',
    });
    const english = pdfText(en.rawPayload).replace(/\s+/g, '');
    for (const want of ['Informationsecurityauditreport', 'Auditcriteria', 'Finding1', 'Leadauditor'])
      assert.ok(english.includes(want), `the English report shows ${want}`);
    assert.doesNotMatch(english, /監査基準|指摘事項/);
    assert.equal((await s.c.post(`/api/audits/plans/${id}/close`)).statusCode, 204);
    const detail = (await s.c.get(`/api/audits/plans/${id}`)).json();
    assert.equal(detail.status, 'closed');
    assert.equal(detail.findings[0].status, 'closed');
    assert.deepEqual(
      detail.findings[0].responses.map((x: { kind: string }) => x.kind),
      ['response', 'follow_up'],
    );
    const events = (await auditEvents(t.db, s.org.id)).map((e) => e.event);
    for (const e of [
      'audits.plan_created',
      'audits.finding_added',
      'audits.finding_responded',
      'audits.finding_followed_up',
      'audits.reported',
      'audits.plan_closed',
    ]) {
      assert.ok(events.includes(e), e);
    }
  });

  test('[R-I3] multi-year, yearly and special audits; special ones name who ordered them', async () => {
    const s = await setup();
    const multi = await s.c.post('/api/audits/plans', {
      ...plan([], []),
      kind: 'multi_year',
      auditType: 'internal',
      toYear: 2028,
    });
    assert.equal(multi.statusCode, 201);
    const yearly = await s.c.post('/api/audits/plans', {
      ...plan([s.audited], [s.lead.id]),
      auditType: 'internal',
      parentId: multi.json().id,
    });
    assert.equal(yearly.statusCode, 201);
    const special = await s.c.post('/api/audits/plans', { ...plan([], []), kind: 'special' });
    assert.equal(special.statusCode, 400);
    assert.equal(special.json().error.fields[0].field, 'orderedBy');
    const ordered = await s.c.post('/api/audits/plans', {
      ...plan([], []),
      kind: 'special',
      orderedBy: s.lead.id,
    });
    assert.equal(ordered.statusCode, 201);
    const list = (await s.c.get('/api/audits/plans')).json();
    assert.deepEqual(list.map((p: { kind: string }) => p.kind).sort(), ['multi_year', 'special', 'yearly']);
    const other = await makeOrg(t.db);
    const stranger = await signedIn(t, await makeUser(t.db, other, { functions: ['audits.manage'] }));
    assert.equal((await stranger.get(`/api/audits/plans/${yearly.json().id}`)).statusCode, 404);
    const staff = await signedIn(t, await makeUser(t.db, s.org, {}));
    const denied = await staff.post('/api/audits/plans', plan([], []));
    assert.equal(denied.statusCode, 403);
    assert.match(denied.json().error.message, /「監査の計画・実施・指摘・フォローアップ」/);
    const bad = await s.c.post('/api/audits/plans', { ...plan([], []), auditType: 'sideways' });
    assert.equal(bad.json().error.fields[0].field, 'auditType');
  });
});
