/**
 * The record-level part of the authorization matrix: the person a record assigns work to may act on that
 * record without the module-wide function — an auditor on their audit, an owner on their measure, an
 * assignee on their 対策, a respondent on their items — and on nothing more.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { policyOrg } from '../../src/modules/assessment/testkit.ts';
import { makeUser } from '../support/factories.ts';
import { type Client, signedIn, startTestApp, type TestApp } from '../support/http.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

interface Case {
  what: string;
  method: 'GET' | 'POST';
  url: string;
  body?: unknown;
  /** For the person assigned. */
  assigned: 'ok' | 403;
  /** For a colleague without any function, not assigned. */
  colleague: 403 | 404;
}

test('the person assigned acts on their own record without the module-wide function, and on nothing more', {
  timeout: 120_000,
}, async () => {
  const s = await policyOrg(t, ['assessment.manage', 'audits.manage', 'incidents.handle']);
  // keeper: the person assigned everything below; chief: a colleague holding no function either.
  const campaign = (await s.c.post('/api/assessment/campaigns', { fiscalYear: 2026, title: '点検' })).json()
    .id;
  assert.equal((await s.c.post(`/api/assessment/campaigns/${campaign}/launch`)).statusCode, 200);
  const response = await t.db
    .selectFrom('assessment_responses')
    .select('id')
    .where('user_id', '=', s.keeper.id)
    .executeTakeFirstOrThrow();
  const measure = (
    await s.c.post(`/api/assessment/campaigns/${campaign}/measures`, {
      title: '施錠管理の徹底',
      ownerUserId: s.keeper.id,
      dueOn: '2026-09-30',
    })
  ).json().id;
  const plan = await s.c.post('/api/audits/plans', {
    kind: 'yearly',
    auditType: 'internal',
    title: '内部監査',
    fiscalYear: 2026,
    purpose: '遵守状況の確認',
    scopeUnits: [s.org.unitId],
    timing: '10月',
    structure: '監査人1名',
    criteria: '対策基準',
    auditorIds: [s.keeper.id],
  });
  assert.equal(plan.statusCode, 201, plan.body);
  const planId = plan.json().id;
  const incident = (
    await s.c.post('/api/incidents', {
      title: '誤送信',
      description: 'メールの誤送信',
      typeKey: 'lost_device',
      foundAt: '2026-04-28T01:00:00.000Z',
      personalInfo: 'no',
    })
  ).json().id;
  const action = (
    await s.c.post(`/api/incidents/${incident}/actions`, {
      kind: 'prevention',
      description: '送信前確認の徹底',
      ownerId: s.keeper.id,
    })
  ).json().id;
  const finding = { severity: 'low', title: '記入漏れ', detail: '記録簿の記入漏れ' };

  const cases: Case[] = [
    // auditor on their audit
    {
      what: 'read the audit',
      method: 'GET',
      url: `/api/audits/plans/${planId}`,
      assigned: 'ok',
      colleague: 403,
    },
    {
      what: 'record a finding',
      method: 'POST',
      url: `/api/audits/plans/${planId}/findings`,
      body: finding,
      assigned: 'ok',
      colleague: 403,
    },
    {
      what: 'issue the report',
      method: 'POST',
      url: `/api/audits/plans/${planId}/report`,
      assigned: 'ok',
      colleague: 403,
    },
    {
      what: 'plan another audit',
      method: 'POST',
      url: '/api/audits/plans',
      body: {},
      assigned: 403,
      colleague: 403,
    },
    {
      what: 'appoint auditors',
      method: 'POST',
      url: `/api/audits/plans/${planId}/auditors`,
      body: { userId: s.chief.id },
      assigned: 403,
      colleague: 403,
    },
    // owner on their measure
    {
      what: 'read the measure',
      method: 'GET',
      url: `/api/assessment/measures/${measure}`,
      assigned: 'ok',
      colleague: 403,
    },
    {
      what: 'close the measure',
      method: 'POST',
      url: `/api/assessment/measures/${measure}/close`,
      body: { result: '済み' },
      assigned: 'ok',
      colleague: 403,
    },
    {
      what: 'read the whole campaign',
      method: 'GET',
      url: `/api/assessment/campaigns/${campaign}`,
      assigned: 403,
      colleague: 403,
    },
    {
      what: 'add a measure',
      method: 'POST',
      url: `/api/assessment/campaigns/${campaign}/measures`,
      body: {},
      assigned: 403,
      colleague: 403,
    },
    // respondent on their items
    {
      what: 'answer their item',
      method: 'POST',
      url: `/api/assessment/responses/${response.id}/answer`,
      body: { answer: 'done' },
      assigned: 'ok',
      colleague: 403,
    },
    {
      what: 'close the campaign',
      method: 'POST',
      url: `/api/assessment/campaigns/${campaign}/close`,
      assigned: 403,
      colleague: 403,
    },
    // assignee on their 対策
    {
      what: 'read the incident',
      method: 'GET',
      url: `/api/incidents/${incident}`,
      assigned: 'ok',
      colleague: 404,
    },
    {
      what: 'complete the 対策',
      method: 'POST',
      url: `/api/incidents/${incident}/actions/${action}/complete`,
      body: { status: 'done' },
      assigned: 'ok',
      colleague: 404,
    },
    {
      what: 'add another 対策',
      method: 'POST',
      url: `/api/incidents/${incident}/actions`,
      body: {},
      assigned: 403,
      colleague: 403,
    },
    {
      what: 'close the incident',
      method: 'POST',
      url: `/api/incidents/${incident}/close`,
      body: {},
      assigned: 403,
      colleague: 403,
    },
  ];
  const keeper = await signedIn(t, { id: s.keeper.id, organizationId: s.org.id });
  const chief = await signedIn(t, { id: s.chief.id, organizationId: s.org.id });
  const wrong: string[] = [];
  const check = async (c: Client, who: string, k: Case, want: 'ok' | number) => {
    const res = await c.request(k.method, k.url, k.method === 'GET' ? undefined : (k.body ?? {}));
    const ok = want === 'ok' ? res.statusCode < 300 : res.statusCode === want;
    if (!ok)
      wrong.push(`${who} — ${k.what}: expected ${want}, got ${res.statusCode} ${res.body.slice(0, 120)}`);
  };
  // The colleague first, so the assigned person's writes do not change what the colleague meets.
  for (const k of cases) await check(chief, 'colleague', k, k.colleague);
  for (const k of cases) await check(keeper, 'assigned', k, k.assigned);
  assert.deepEqual(wrong, []);
  // Nothing more across records: another person's measure stays closed to the keeper.
  const other = await makeUser(t.db, s.org, {});
  const theirs = (
    await s.c.post(`/api/assessment/campaigns/${campaign}/measures`, {
      title: '別の改善策',
      ownerUserId: other.id,
      dueOn: '2026-09-30',
    })
  ).json().id;
  assert.equal((await keeper.get(`/api/assessment/measures/${theirs}`)).statusCode, 403);
  // A refusal says in plain words which permission is missing and whom to ask, never a function key.
  const refusal = (await chief.get(`/api/audits/plans/${planId}`)).json().error.message;
  assert.match(refusal, /「監査の計画・実施・指摘・フォローアップ」の権限が必要です/);
  // Whom to ask: the body's own roles that hold it.
  assert.match(refusal, /この組織では「[^」]+」がこの権限を持っています/);
  assert.doesNotMatch(refusal, /audits\.manage/);
  const either = (await chief.post('/api/audits/findings/x/response', { body: 'x' })).json().error.message;
  assert.match(either, /「自課への監査指摘に回答」または「監査の計画・実施・指摘・フォローアップ」/);
});
