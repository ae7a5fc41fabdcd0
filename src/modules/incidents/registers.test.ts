import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import { auditEvents, signedIn, testAppPerFile } from '../../../test/support/http.ts';
import { noticesTo } from '../../../test/support/notices.ts';
import { seed001Org } from './test-org.ts';

const t = testAppPerFile();

describe('failures, log reviews, violations, compliance checks and the emergency plan', () => {
  test('[R-F5] a failure is recorded with system, event, handling, result, problems and handler', async () => {
    const o = await seed001Org(t.db);
    const c = await signedIn(t, o.sekinin);
    const r = await c.post('/api/failures', {
      receivedAt: '2025-05-12T00:30:00.000Z',
      reporterName: '職員A',
      systemName: '財務会計システム',
      event: '起動しない',
    });
    assert.equal(r.statusCode, 200, r.body);
    const u = await c.put(`/api/failures/${r.json().id}`, {
      handling: '再起動',
      result: '復旧',
      problems: 'UPS未接続',
      status: 'resolved',
    });
    assert.equal(u.statusCode, 204, u.body);
    const row = await t.db
      .selectFrom('failures')
      .selectAll()
      .where('id', '=', r.json().id)
      .executeTakeFirstOrThrow();
    assert.equal(row.result, '復旧');
    assert.equal(row.handler_id, o.sekinin.id);
    const ev = (await auditEvents(t.db, o.org.id)).map((e) => e.event);
    assert.ok(ev.includes('failures.recorded') && ev.includes('failures.updated'));
    const bad = await c.post('/api/failures', {
      receivedAt: '2025-05-12T00:30:00.000Z',
      reporterName: '職員A',
      event: 'x',
    });
    assert.equal(bad.json().error.fields[0].field, 'systemName');
    assert.equal((await (await signedIn(t, o.staff)).get('/api/failures')).statusCode, 403);
    const other = await signedIn(
      t,
      await makeUser(t.db, await makeOrg(t.db), { functions: ['failures.manage'] }),
    );
    assert.equal((await other.put(`/api/failures/${r.json().id}`, { status: 'open' })).statusCode, 404);
  });

  test('[R-F4] log reviews record period, reviewer and findings, with the retention setting', async () => {
    const o = await seed001Org(t.db);
    const c = await signedIn(t, o.sekinin);
    const bad = await c.post('/api/log-reviews', {
      periodFrom: '2025-05-01',
      periodTo: '2025-04-01',
      target: 'プロキシログ',
      findings: 'なし',
      result: 'ok',
    });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.fields[0].field, 'periodTo');
    const r = await c.post('/api/log-reviews', {
      periodFrom: '2025-04-01',
      periodTo: '2025-04-30',
      target: 'プロキシログ',
      findings: '深夜の大量送信1件を確認',
      result: 'findings',
    });
    assert.equal(r.statusCode, 200, r.body);
    const list = (await c.get('/api/log-reviews')).json();
    assert.equal(list.items[0].reviewer_id, o.sekinin.id);
    assert.equal(list.retentionDays, 365);
    const ciso = await signedIn(t, o.ciso);
    const settings = (await ciso.get('/api/incidents/settings')).json();
    const { stored: _s, ...body } = settings;
    assert.equal(
      (await ciso.put('/api/incidents/settings', { ...body, logRetentionDays: 730 })).statusCode,
      204,
    );
    assert.equal((await c.get('/api/log-reviews')).json().retentionDays, 730);
    assert.ok((await auditEvents(t.db, o.org.id)).some((e) => e.event === 'log_reviews.recorded'));
  });

  test('[R-G6] a violation suspends the person’s access and notifies the head of the body', async () => {
    const o = await seed001Org(t.db);
    const offender = await signedIn(t, o.staff);
    const v = await (await signedIn(t, o.kanrisha)).post('/api/violations', {
      subjectUserId: o.staff.id,
      description: '私物USBメモリで住民データを持ち出した',
      clausePath: '第2章/7./(5)',
    });
    assert.equal(v.statusCode, 200, v.body);
    const d = await (await signedIn(t, o.ciso)).post(`/api/violations/${v.json().id}/decide`, {
      decision: '利用停止',
      measures: '再研修',
      suspendAccess: true,
    });
    assert.equal(d.statusCode, 200, d.body);
    assert.deepEqual(d.json().headNotified, [o.head.id]);
    const user = await t.db
      .selectFrom('users')
      .select('status')
      .where('id', '=', o.staff.id)
      .executeTakeFirstOrThrow();
    assert.equal(user.status, 'suspended');
    assert.equal(
      (await t.db.selectFrom('sessions').select('id').where('user_id', '=', o.staff.id).execute()).length,
      0,
    );
    assert.equal((await offender.get('/api/incidents')).statusCode, 401);
    const note = await noticesTo(t.db, o.head.id);
    assert.equal(note.length, 1);
    const ev = (await auditEvents(t.db, o.org.id))
      .filter((e) => e.event.startsWith('violations.'))
      .map((e) => e.event);
    assert.deepEqual(ev, [
      'violations.reported',
      'violations.decided',
      'violations.access_suspended',
      'violations.head_notified',
    ]);
    const again = await (await signedIn(t, o.ciso)).post(`/api/violations/${v.json().id}/decide`, {
      decision: 'x',
    });
    assert.equal(again.statusCode, 409);
  });

  test('[R-G2] compliance findings go up to the tier-1 role holders when no one holds compliance.receive', async () => {
    const o = await seed001Org(t.db);
    const r = await (await signedIn(t, o.sekinin)).post('/api/compliance-checks', {
      scope: '総務係の端末',
      findings: 'パスワードの付箋を確認',
      result: 'findings',
    });
    assert.equal(r.statusCode, 200, r.body);
    assert.deepEqual([...r.json().routedTo].sort(), [o.ciso.id, o.head.id].sort());
    const told = await t.db
      .selectFrom('notifications')
      .select('user_id')
      .where('organization_id', '=', o.org.id)
      .where('link', '=', '/incidents/compliance')
      .execute();
    assert.deepEqual(told.map((n) => n.user_id).sort(), [o.ciso.id, o.head.id].sort());
    const ack = await (await signedIn(t, o.ciso)).post(`/api/compliance-checks/${r.json().id}/ack`);
    assert.equal(ack.statusCode, 204, ack.body);
    const notMine = await (await signedIn(t, o.kanrisha)).post(`/api/compliance-checks/${r.json().id}/ack`);
    assert.equal(notMine.statusCode, 403);
    const dedicated = await makeUser(t.db, o.org, { tier: 2, functions: ['compliance.receive'] });
    const r2 = await (await signedIn(t, o.sekinin)).post('/api/compliance-checks', {
      scope: '全体',
      findings: 'なし',
      result: 'ok',
    });
    assert.deepEqual(r2.json().routedTo, [dedicated.id]);
    const ev = (await auditEvents(t.db, o.org.id)).filter((e) => e.event === 'compliance.recorded');
    assert.equal(ev.length, 2);
  });

  test('[R-A3] the plan must contain the required sections; versions, BCP check and review trigger', async () => {
    const o = await seed001Org(t.db);
    const c = await signedIn(t, o.ciso);
    const start = (await c.get('/api/emergency-plan')).json();
    assert.deepEqual(start.missing, ['reporting', 'response', 'prevention']);
    const sections = [
      { key: 'reporting', title: '報告すべき事項', body: '発見日時、発見者、内容' },
      { key: 'response', title: '対応措置', body: '' },
    ];
    const body = {
      title: '情報セキュリティ緊急時対応計画',
      required: start.required,
      sections,
      bcpTitle: '業務継続計画',
      bcpReference: '令和6年4月版',
    };
    const refused = await c.put('/api/emergency-plan', body);
    assert.equal(refused.statusCode, 400);
    assert.deepEqual(
      refused.json().error.fields.map((f: { field: string }) => f.field),
      ['sections.response', 'sections.prevention'],
    );
    sections[1].body = '端末の切り離し、証拠保全、復旧';
    sections.push({ key: 'prevention', title: '再発防止', body: '原因分析と対策の追跡' });
    const ok = await c.put('/api/emergency-plan', body);
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().version, 1);
    assert.equal((await c.post('/api/emergency-plan/bcp-check', { note: '連絡体制が一致' })).statusCode, 204);
    assert.equal(
      (await c.post('/api/emergency-plan/triggers', { reason: '組織改正', reviewDue: '2000-01-01' }))
        .statusCode,
      200,
    );
    const now = (await c.get('/api/emergency-plan')).json();
    assert.deepEqual(now.missing, []);
    assert.ok(now.plan.bcp_checked_at);
    assert.equal(now.reviewOverdue, true);
    // An incident shows the section of the plan that applies to its type.
    const id = (
      await (
        await signedIn(t, o.staff)
      ).post('/api/incidents', {
        title: '感染',
        description: '不審なメール',
        typeKey: 'malware',
        foundAt: new Date().toISOString(),
        personalInfo: 'no',
      })
    ).json().id;
    const d = (await (await signedIn(t, o.staff)).get(`/api/incidents/${id}`)).json();
    assert.equal(d.planSection.key, 'response');
    assert.equal((await (await signedIn(t, o.staff)).put('/api/emergency-plan', body)).statusCode, 403);
    const ev = (await auditEvents(t.db, o.org.id)).map((e) => e.event);
    assert.ok(
      ev.includes('emergency_plan.saved') &&
        ev.includes('emergency_plan.bcp_checked') &&
        ev.includes('emergency_plan.review_triggered'),
    );
  });
});
