import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { insertAsset, makeOrg, makeUser } from '../../../test/support/factories.ts';
import { auditEvents, signedIn, testAppPerFile } from '../../../test/support/http.ts';
import { noticesTo } from '../../../test/support/notices.ts';
import { assessmentSweep } from './reminders.ts';
import { launchedCampaign, policyOrg } from './testkit.ts';

const t = testAppPerFile();

const SERVER_CLAUSE = '第2章/4./(1)/①/(イ)';

async function events(orgId: string, name: string) {
  return (await auditEvents(t.db, orgId)).filter((e) => e.event === name);
}

describe('self-assessment', () => {
  test("[R-I1] the yearly self-assessment is generated from the policy's obligations, one item per obligation linked to its clause", async () => {
    const s = await policyOrg(t);
    const created = await s.c.post('/api/assessment/campaigns', {
      fiscalYear: 2026,
      title: '令和8年度 自己点検',
      dueOn: '2026-12-01',
    });
    assert.equal(created.statusCode, 201, created.body);
    const detail = (await s.c.get(`/api/assessment/campaigns/${created.json().id}`)).json();
    const obligations = await t.db
      .selectFrom('policy_obligations')
      .select(['path', 'modality', 'text'])
      .where('version_id', '=', s.versionId)
      .orderBy('seq')
      .execute();
    const checked = obligations.filter((o) => o.modality !== 'may');
    assert.equal(detail.items.length, checked.length, 'one item per obligation');
    assert.equal(detail.areas.other, 'その他', 'area titles come with the items for grouping');
    assert.deepEqual(
      detail.items.map((i: { clausePath: string }) => i.clausePath),
      checked.map((o) => o.path),
    );
    const rack = detail.items.find((i: { clausePath: string }) => i.clausePath === SERVER_CLAUSE);
    assert.equal(rack.question, 'サーバ等の情報機器は、専用ラックに設置し施錠により管理しているか。');
    // Whole sentences: none goes on from a sentence the respondent does not see (「また、…」「その際、…」).
    const fragments = detail.items.filter((i: { question: string }) =>
      /^(?:また|なお|さらに|その)/.test(i.question),
    );
    assert.deepEqual(fragments, []);
    assert.ok(
      detail.items.some(
        (i: { sourceText: string; question: string }) =>
          i.sourceText.startsWith('また、') && !i.question.startsWith('また、'),
      ),
      'a sentence that went on from the one before is asked on its own',
    );
    const byChief = detail.items.find((i: { sourceText: string }) =>
      i.sourceText.startsWith('情報セキュリティ責任者(次長)は、'),
    );
    assert.equal(byChief.respondentKind, 'roles');
    assert.deepEqual(byChief.roleIds, [s.roles.sekinin], "actor matched to the organization's own role name");
    assert.ok(detail.items.some((i: { respondentKind: string }) => i.respondentKind === 'staff'));
    assert.ok(
      detail.items.some((i: { area: string }) => i.area === 'physical-servers' || i.area === 'physical'),
    );
    const ev = await events(s.org.id, 'assessment.campaign_created');
    assert.equal(JSON.parse(ev[0].data).itemCount, checked.length);
    // Launch: the chief gets the items naming the role, with last year's answer slot.
    const launched = await s.c.post(`/api/assessment/campaigns/${created.json().id}/launch`);
    assert.equal(launched.statusCode, 200, launched.body);
    const chief = await signedIn(t, { id: s.chief.id, organizationId: s.org.id });
    const mine = (await chief.get('/api/assessment/mine')).json();
    assert.ok(mine.some((m: { clausePath: string }) => m.clausePath === byChief.clausePath));
    const resp = mine.find((m: { clausePath: string }) => m.clausePath === byChief.clausePath);
    const bad = await chief.post(`/api/assessment/responses/${resp.id}/answer`, { answer: 'maybe' });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.fields[0].field, 'answer');
    const ok = await chief.post(`/api/assessment/responses/${resp.id}/answer`, {
      answer: 'partial',
      comment: '一部の機器のみ',
    });
    assert.equal(ok.statusCode, 204, ok.body);
    const answered = await events(s.org.id, 'assessment.answered');
    assert.equal(JSON.parse(answered[0].data).answer, 'partial');
    const file = Buffer.from('点検記録');
    const ev2 = await chief.post(`/api/assessment/responses/${resp.id}/evidence`, {
      fileName: 'record.txt',
      contentType: 'text/plain',
      dataBase64: file.toString('base64'),
    });
    assert.equal(ev2.statusCode, 201, ev2.body);
    assert.match(ev2.json().sha256, /^[0-9a-f]{64}$/);
    const exe = await chief.post(`/api/assessment/responses/${resp.id}/evidence`, {
      fileName: 'x.exe',
      contentType: 'application/x-msdownload',
      dataBase64: 'AAAA',
    });
    assert.equal(exe.statusCode, 400);
    assert.equal(exe.json().error.fields[0].field, 'contentType');
    // Someone else's response: not theirs to answer without the function.
    const keeper = await signedIn(t, { id: s.keeper.id, organizationId: s.org.id });
    const denied = await keeper.post(`/api/assessment/responses/${resp.id}/answer`, { answer: 'done' });
    assert.equal(denied.statusCode, 403);
    assert.match(denied.json().error.message, /「自己点検の回答（割当て分以外も代理で）」/);
  });

  test("[R-D10] an item with no named actor goes to the asset's owner role", async () => {
    const s = await policyOrg(t);
    await insertAsset(t.db, {
      organization_id: s.org.id,
      asset_no: 'A-1',
      name: 'ファイルサーバ',
      owner_unit_id: s.unit2,
    });
    const id = (await s.c.post('/api/assessment/campaigns', { fiscalYear: 2026, title: '点検' })).json().id;
    const detail = (await s.c.get(`/api/assessment/campaigns/${id}`)).json();
    const rack = detail.items.find((i: { clausePath: string }) => i.clausePath === SERVER_CLAUSE);
    assert.equal(rack.respondentKind, 'owner');
    assert.deepEqual(rack.roleIds, [s.roles.kanri], 'the role holding the owning unit');
    assert.deepEqual(rack.unitIds, [s.unit2]);
    await s.c.post(`/api/assessment/campaigns/${id}/launch`);
    const rows = await t.db
      .selectFrom('assessment_responses as r')
      .innerJoin('assessment_items as i', 'i.id', 'r.item_id')
      .select(['r.user_id', 'r.unit_id'])
      .where('i.id', '=', rack.id)
      .execute();
    assert.deepEqual(
      rows.map((r) => ({ ...r })),
      [{ user_id: s.keeper.id, unit_id: s.unit2 }],
    );
  });

  test('[R-I1] results are compiled by unit and sent to staff with read receipts', async () => {
    const s = await policyOrg(t, ['assessment.manage', 'org.notices.send']);
    // Last year's campaign, to compare with.
    await launchedCampaign(s.c, { fiscalYear: 2025, title: '令和7年度' });
    const id = await launchedCampaign(s.c, { fiscalYear: 2026, title: '令和8年度', dueOn: '2026-07-10' });
    const chief = await signedIn(t, { id: s.chief.id, organizationId: s.org.id });
    const keeper = await signedIn(t, { id: s.keeper.id, organizationId: s.org.id });
    for (const m of (await chief.get('/api/assessment/mine'))
      .json()
      .filter((x: { campaignId: string }) => x.campaignId === id)) {
      await chief.post(`/api/assessment/responses/${m.id}/answer`, { answer: 'done' });
    }
    const kItems = (await keeper.get('/api/assessment/mine'))
      .json()
      .filter((x: { campaignId: string }) => x.campaignId === id);
    await keeper.post(`/api/assessment/responses/${kItems[0].id}/answer`, { answer: 'not_done' });
    // Reminders a week before the due date, escalation after it (run by the sweep job).
    assert.ok((await assessmentSweep(t.db, '2026-07-06')).reminded >= 1);
    const esc = await assessmentSweep(t.db, '2026-07-13');
    assert.equal(esc.escalated >= 1, true);
    const escEv = (await events(s.org.id, 'assessment.escalated')).find((e) => e.target_id === id);
    assert.ok(escEv, 'escalation audited');
    const results = (await s.c.get(`/api/assessment/campaigns/${id}/results`)).json();
    const chiefUnit = results.byUnit.find((u: { key: string }) => u.key === s.org.unitId);
    const keeperUnit = results.byUnit.find((u: { key: string }) => u.key === s.unit2);
    assert.equal(chiefUnit.rate, 100);
    assert.equal(keeperUnit.notDone, 1);
    assert.equal(keeperUnit.rate, 0);
    assert.equal(results.history[0].fiscalYear, 2025);
    assert.ok(results.byRole.length >= 2 && results.byArea.length >= 2);
    // Items for staff without a role are counted under 職員, said in the reader's language.
    assert.equal(results.byRole.find((r: { key: string }) => r.key === '-')?.label, '職員');
    const inEnglish = (
      await s.c.request('GET', `/api/assessment/campaigns/${id}/results`, undefined, {
        'accept-language': 'en',
      })
    ).json();
    assert.equal(inEnglish.byRole.find((r: { key: string }) => r.key === '-')?.label, 'Staff');
    const measure = await s.c.post(`/api/assessment/campaigns/${id}/measures`, {
      title: '施錠管理の徹底',
      ownerUserId: s.keeper.id,
      dueOn: '2026-09-30',
    });
    assert.equal(measure.statusCode, 201, measure.body);
    const badOwner = await s.c.post(`/api/assessment/campaigns/${id}/measures`, {
      title: 'x',
      ownerUserId: 'nobody',
      dueOn: '2026-09-30',
    });
    assert.equal(badOwner.statusCode, 400);
    assert.equal(badOwner.json().error.fields[0].field, 'ownerUserId');
    const pub = await s.c.post(`/api/assessment/campaigns/${id}/publish`, {
      message: '結果をお知らせします。',
    });
    assert.equal(pub.statusCode, 200, pub.body);
    const notices = (await keeper.get('/api/org/notices/mine')).json();
    const list = Array.isArray(notices) ? notices : notices.items;
    const notice = list.find((n: { id: string }) => n.id === pub.json().noticeId);
    assert.match(notice.body, /施設課: 0%/);
    assert.match(notice.body, /施錠管理の徹底/);
    assert.match(notice.title, /^自己点検結果（.+）$/);
    assert.match(notice.body, /■ 所属別/);
    assert.equal((await keeper.post(`/api/org/notices/${notice.id}/read`)).statusCode, 204);
    const receipts = (await s.c.get(`/api/assessment/campaigns/${id}/receipts`)).json();
    const k = receipts.recipients.find((r: { userId: string }) => r.userId === s.keeper.id);
    const c = receipts.recipients.find((r: { userId: string }) => r.userId === s.chief.id);
    assert.ok(k.readAt && !c.readAt);
    const pubEv = await events(s.org.id, 'assessment.results_published');
    assert.equal(JSON.parse(pubEv[0].data).noticeId, notice.id);
    const closed = await s.c.post(`/api/assessment/measures/${measure.json().id}/close`, {
      result: '全ラック施錠済み',
    });
    assert.equal(closed.statusCode, 204);
    assert.equal((await events(s.org.id, 'assessment.measure_closed')).length, 1);
  });

  test('[R-I1] respondents and the measure owner reach their work from the notification and from my work, without assessment.manage', async () => {
    const s = await policyOrg(t);
    const id = await launchedCampaign(s.c, { fiscalYear: 2026, title: '令和8年度', dueOn: '2026-07-10' });
    const keeper = await signedIn(t, { id: s.keeper.id, organizationId: s.org.id });
    const [launched] = await noticesTo(t.db, s.keeper.id);
    assert.equal(launched.link, '/inspections/assessment/mine');
    const mine = (await keeper.get('/api/assessment/mine')).json();
    const todo = (await keeper.get('/api/my-work'))
      .json()
      .items.find((i: { kind: string }) => i.kind === 'assessment');
    assert.deepEqual(
      [todo.id, todo.count, todo.dueOn, todo.link],
      [id, mine.length, '2026-07-10', launched.link],
    );
    const measure = (
      await s.c.post(`/api/assessment/campaigns/${id}/measures`, {
        title: '施錠管理の徹底',
        ownerUserId: s.keeper.id,
        dueOn: '2026-09-30',
      })
    ).json().id;
    const [told] = (await noticesTo(t.db, s.keeper.id)).slice(-1);
    assert.equal(told.link, `/inspections/assessment/measures/${measure}`);
    assert.match(told.body, /令和8年9月30日/);
    const seen = await keeper.get(`/api/assessment/measures/${measure}`);
    assert.equal(seen.statusCode, 200, seen.body);
    assert.deepEqual([seen.json().canClose, seen.json().canSeeCampaign], [true, false]);
    const chief = await signedIn(t, { id: s.chief.id, organizationId: s.org.id });
    assert.equal((await chief.get(`/api/assessment/measures/${measure}`)).statusCode, 403);
    assert.equal(
      (await chief.post(`/api/assessment/measures/${measure}/close`, { result: 'x' })).statusCode,
      403,
    );
    assert.equal(
      (await keeper.post(`/api/assessment/measures/${measure}/close`, { result: '全ラック施錠済み' }))
        .statusCode,
      204,
    );
    const ev = await events(s.org.id, 'assessment.measure_closed');
    assert.equal(ev[0].actor_id, s.keeper.id);
    assert.equal(
      (await keeper.get('/api/my-work')).json().items.some((i: { kind: string }) => i.kind === 'measure'),
      false,
    );
  });

  test("another organization's campaign answers 404; without the function 403; bad input names the field", async () => {
    const s = await policyOrg(t);
    const id = (await s.c.post('/api/assessment/campaigns', { fiscalYear: 2026, title: '点検' })).json().id;
    const other = await makeOrg(t.db);
    const stranger = await signedIn(t, await makeUser(t.db, other, { functions: ['assessment.manage'] }));
    assert.equal((await stranger.get(`/api/assessment/campaigns/${id}`)).statusCode, 404);
    assert.equal((await stranger.post(`/api/assessment/campaigns/${id}/launch`)).statusCode, 404);
    const noPolicy = await stranger.post('/api/assessment/campaigns', { fiscalYear: 2026, title: 'x' });
    assert.equal(noPolicy.statusCode, 400);
    assert.equal(noPolicy.json().error.fields[0].field, 'policyVersionId');
    const staff = await signedIn(t, await makeUser(t.db, s.org, {}));
    const denied = await staff.post('/api/assessment/campaigns', { fiscalYear: 2026, title: 'x' });
    assert.equal(denied.statusCode, 403);
    assert.match(
      denied.json().error.message,
      /「自己点検の計画・項目編集・結果の取りまとめと周知・改善策の管理」/,
    );
    const bad = await s.c.post('/api/assessment/campaigns', { fiscalYear: 'next', title: '' });
    assert.equal(bad.statusCode, 400);
    const fields = bad.json().error.fields.map((f: { field: string }) => f.field);
    assert.ok(fields.includes('fiscalYear') && fields.includes('title'));
    const count = await t.db
      .selectFrom('assessment_campaigns')
      .select('id')
      .where('organization_id', '=', s.org.id)
      .execute();
    assert.equal(count.length, 1, 'nothing half-written');
    const added = await s.c.post(`/api/assessment/campaigns/${id}/items`, {
      question: '鍵の貸出簿を記録しているか。',
      roleIds: [s.roles.kanri],
      area: 'physical',
    });
    assert.equal(added.statusCode, 201, added.body);
    const edit = await s.c.patch(`/api/assessment/items/${added.json().id}`, {
      question: '鍵の貸出を記録しているか。',
    });
    assert.equal(edit.statusCode, 204);
    assert.equal((await events(s.org.id, 'assessment.item_updated')).length, 1);
  });

  test('the policy import review lists check_items proposals, and accepting keeps the wording', async () => {
    const s = await policyOrg(t);
    const list = (await s.c.get(`/api/policy/versions/${s.versionId}/proposals`)).json();
    const items = (Array.isArray(list) ? list : (list.items ?? list.proposals)).filter(
      (p: { kind: string }) => p.kind === 'check_items',
    );
    assert.ok(items.length > 50);
    const rack = items.find((p: { clausePath: string }) => p.clausePath === SERVER_CLAUSE);
    assert.equal(rack.title, 'サーバ等の情報機器は、専用ラックに設置し施錠により管理しているか。');
  });
});
