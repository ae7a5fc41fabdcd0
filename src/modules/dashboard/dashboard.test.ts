import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import { auditEvents, signedIn, testAppPerFile } from '../../../test/support/http.ts';
import { rowsWhere, rowWhereOrThrow } from '../../db/rows-in-org.ts';
import { newId } from '../../shared/ids.ts';
import { nowIso } from '../../shared/time.ts';
import { readXlsx } from '../../shared/xlsx.ts';
import { policyOrg } from '../assessment/testkit.ts';
import { vendorReviewSweep } from '../assessment/vendor-reviews-due.ts';

const t = testAppPerFile();

async function vendorWithContract(orgId: string, nextReviewOn: string, endsOn: string | null = null) {
  const now = nowIso();
  const vendorId = newId();
  const contractId = newId();
  await t.db
    .insertInto('vendors')
    .values({
      id: vendorId,
      organization_id: orgId,
      name: '株式会社テスト',
      address: null,
      contact: null,
      certifications: '[]',
      audit_status: 'unknown',
      last_audited_on: null,
      notes: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await t.db
    .insertInto('vendor_contracts')
    .values({
      id: contractId,
      organization_id: orgId,
      vendor_id: vendorId,
      title: '基幹系保守',
      signed_on: '2025-04-01',
      ends_on: endsOn,
      subcontracting: 0,
      next_review_on: nextReviewOn,
      clauses: JSON.stringify([
        { text: '秘密保持', present: true },
        { text: '再委託の制限', present: true },
      ]),
      clause_path: null,
      notes: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { vendorId, contractId };
}

describe('dashboard, reports and reviews', () => {
  test('[R-H3] vendor reviews are due periodically and reported up', async () => {
    const org = await makeOrg(t.db);
    const reviewer = await makeUser(t.db, org, { functions: ['vendors.review'] });
    const boss = await makeUser(t.db, org, { functions: ['vendors.review_receive'] });
    const { vendorId, contractId } = await vendorWithContract(org.id, '2026-05-01');
    assert.equal(await vendorReviewSweep(t.db, '2026-04-30'), 0, 'not due yet');
    assert.equal(await vendorReviewSweep(t.db, '2026-05-01'), 1);
    assert.equal(await vendorReviewSweep(t.db, '2026-05-02'), 0, 'once per due date');
    const reminders = await rowsWhere(t.db, 'notifications', { user_id: reviewer.id }, ['title']);
    assert.ok(reminders.some((r) => r.title.includes('定期確認')));
    const c = await signedIn(t, { id: reviewer.id, organizationId: org.id });
    const template = (
      await c.get(`/api/vendor-reviews/template?contractId=${contractId}&kind=periodic`)
    ).json();
    assert.deepEqual(
      template.map((x: { text: string }) => x.text),
      ['秘密保持', '再委託の制限'],
    );
    const r = await c.post('/api/vendor-reviews', {
      vendorId,
      contractId,
      kind: 'periodic',
      reviewedOn: '2026-05-02',
      summary: '再委託先の届出が未提出',
      checklist: [
        { text: '秘密保持', ok: true },
        { text: '再委託の制限', ok: false, note: '届出なし' },
      ],
      nextReviewOn: '2027-05-01',
    });
    assert.equal(r.statusCode, 201, r.body);
    const up = await rowsWhere(t.db, 'notifications', { user_id: boss.id }, ['title']);
    assert.ok(up.some((n) => n.title.includes('不備 1 件')));
    const ev = (await auditEvents(t.db, org.id)).find((e) => e.event === 'vendors.reviewed');
    assert.deepEqual(JSON.parse(ev?.data ?? '{}').reportedTo, 1);
    const due = (await c.get('/api/vendor-reviews/due')).json();
    assert.equal(due.length, 0, 'next review a year later');
    const bad = await c.post('/api/vendor-reviews', {
      vendorId: 'x',
      kind: 'periodic',
      reviewedOn: '2026-05-02',
      summary: 's',
      checklist: [{ text: 'a', ok: true }],
    });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.fields[0].field, 'vendorId');
    const endCheck = (
      await c.get(`/api/vendor-reviews/template?contractId=${contractId}&kind=end_of_contract`)
    ).json();
    assert.ok(endCheck.some((x: { text: string }) => x.text.includes('返却')));
    const endCheckEn = (
      await c.request(
        'GET',
        `/api/vendor-reviews/template?contractId=${contractId}&kind=end_of_contract`,
        undefined,
        { 'accept-language': 'en' },
      )
    ).json();
    assert.equal(endCheckEn.length, endCheck.length);
    assert.ok(
      endCheckEn.some((x: { text: string }) => x.text.includes('returned')),
      'in the reader’s language',
    );
  });

  test('dashboard counts are real counts; 403 without dashboard.read', async () => {
    const org = await makeOrg(t.db);
    const ciso = await makeUser(t.db, org, { functions: ['dashboard.read'] });
    const c = await signedIn(t, { id: ciso.id, organizationId: org.id });
    const now = nowIso();
    const before = (await c.get('/api/dashboard')).json();
    const count = (d: { cards: { key: string; count: number }[] }, k: string) =>
      d.cards.find((x) => x.key === k)?.count;
    assert.equal(count(before, 'softwarePastSupport'), 0);
    for (const [i, ends] of ['2020-01-01', '2021-01-01', '2099-01-01'].entries()) {
      await t.db
        .insertInto('software')
        .values({
          id: newId(),
          organization_id: org.id,
          product: `P${i}`,
          version: null,
          vendor: null,
          licence_count: null,
          applicant: null,
          approver: null,
          support_ends_on: ends,
          planned_use_until: null,
          notes: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
    }
    await t.db
      .insertInto('network_segments')
      .values({
        id: newId(),
        organization_id: org.id,
        name: 'インターネット接続系',
        isolated: 0,
        no_export: 0,
        mfa_required: 0,
        internet_facing: 1,
        monitored: 0,
        sanitized_only: 0,
        dedicated_terminals: 0,
        clause_path: null,
        notes: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await vendorWithContract(org.id, '2000-01-01');
    const after = (await c.get('/api/dashboard')).json();
    assert.equal(count(after, 'softwarePastSupport'), 2);
    assert.equal(count(after, 'softwareNearSupport'), 0);
    assert.equal(count(after, 'vendorsDue'), 1);
    assert.ok((count(after, 'segmentFindings') ?? 0) >= 1);
    assert.equal(after.cards.find((x: { key: string }) => x.key === 'openIncidents').link, '/incidents');
    assert.equal(
      after.cards.find((x: { key: string }) => x.key === 'openIncidents').label,
      '対応中のインシデント',
    );
    const inEnglish = (
      await c.request('GET', '/api/dashboard', undefined, { 'accept-language': 'en' })
    ).json();
    assert.equal(
      inEnglish.cards.find((x: { key: string }) => x.key === 'openIncidents').label,
      'Incidents in progress',
    );
    const pdf = await c.get('/api/dashboard.pdf');
    assert.equal(pdf.rawPayload.subarray(0, 4).toString(), '%PDF');
    const staff = await signedIn(t, await makeUser(t.db, org, {}));
    const denied = await staff.get('/api/dashboard');
    assert.equal(denied.statusCode, 403);
    assert.match(denied.json().error.message, /「ダッシュボードの閲覧」/);
  });

  test('[R-I2] [R-I5] the policy review gathers its inputs and proposes the affected clauses; traceability exports to xlsx', async () => {
    const s = await policyOrg(t, ['assessment.manage', 'audits.manage', 'reports.read']);
    const doc = (await rowWhereOrThrow(t.db, 'policy_versions', { id: s.versionId }, ['document_id']))
      .document_id;
    const id = (await s.c.post('/api/assessment/campaigns', { fiscalYear: 2026, title: '点検' })).json().id;
    await s.c.post(`/api/assessment/campaigns/${id}/launch`);
    const chief = await signedIn(t, { id: s.chief.id, organizationId: s.org.id });
    const mine = (await chief.get('/api/assessment/mine')).json();
    await chief.post(`/api/assessment/responses/${mine[0].id}/answer`, { answer: 'not_done' });
    const plan = await s.c.post('/api/audits/plans', {
      kind: 'yearly',
      auditType: 'internal',
      title: '内部監査',
      fiscalYear: 2026,
      purpose: '遵守確認',
      timing: '10月',
      structure: '監査担当',
      criteria: '対策基準',
    });
    await s.c.post(`/api/audits/plans/${plan.json().id}/findings`, {
      severity: 'high',
      clausePath: '第2章/7./(3)/③',
      title: 'BCP未整合',
      detail: '業務継続計画と不整合',
    });
    const opened = await s.c.post('/api/policy/reviews', {
      documentId: doc,
      trigger: 'audit_result',
      reason: '監査結果を受けて',
    });
    assert.equal(opened.statusCode, 201, opened.body);
    const reviewId = opened.json().id;
    const inputs = await s.c.get(`/api/policy-reviews/${reviewId}/inputs`);
    assert.equal(inputs.statusCode, 200, inputs.body);
    const body = inputs.json();
    const inputsEn = (
      await s.c.request('GET', `/api/policy-reviews/${reviewId}/inputs`, undefined, {
        'accept-language': 'en',
      })
    ).json();
    assert.ok(
      inputsEn.proposedClauses.some((c: { reasons: string[] }) =>
        c.reasons.includes('Audit finding: BCP未整合'),
      ),
    );
    assert.equal(body.assessment.nonCompliant, 1);
    assert.equal(body.findings.length, 1);
    const paths = body.proposedClauses.map((p: { path: string }) => p.path);
    assert.ok(paths.includes('第2章/7./(3)/③'));
    assert.ok(paths.includes(mine[0].clausePath));
    assert.ok(body.orgChanges.some((c: { event: string }) => c.event === 'org.role_created'));
    const closed = await s.c.post(`/api/policy/reviews/${reviewId}/close`, {
      outcome: 'no_change',
      reason: '運用で対応',
    });
    assert.equal(closed.statusCode, 200, closed.body);
    assert.equal(closed.json().outcome, 'no_change');
    const other = await makeOrg(t.db);
    const stranger = await signedIn(t, await makeUser(t.db, other, { functions: ['reports.read'] }));
    assert.equal((await stranger.get(`/api/policy-reviews/${reviewId}/inputs`)).statusCode, 404);
    const trace = (await s.c.get('/api/reports/traceability')).json();
    const row = trace.rows.find((r: { path: string }) => r.path === mine[0].clausePath);
    assert.match(row.result, /未実施 1/);
    assert.ok(row.checkItems.length >= 1);
    const xlsx = await s.c.get('/api/reports/traceability.xlsx');
    assert.equal(xlsx.statusCode, 200);
    const sheet = await readXlsx(xlsx.rawPayload);
    assert.equal(sheet[0][0], '条項');
    assert.ok(sheet.some((r) => r[0] === mine[0].clausePath && /未実施/.test(r[4])));
    const en = { 'accept-language': 'en' };
    const traceEn = (await s.c.request('GET', '/api/reports/traceability', undefined, en)).json();
    assert.match(
      traceEn.rows.find((r: { path: string }) => r.path === mine[0].clausePath).result,
      /Not done 1/,
    );
    const sheetEn = await readXlsx(
      (await s.c.request('GET', '/api/reports/traceability.xlsx', undefined, en)).rawPayload,
    );
    assert.equal(sheetEn[0][0], 'Clause');
  });
});
