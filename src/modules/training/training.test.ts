import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import iconv from 'iconv-lite';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import { auditEvents, signedIn, testAppPerFile } from '../../../test/support/http.ts';
import { noticesTo } from '../../../test/support/notices.ts';
import { systemActor } from '../../shared/actor.ts';
import { createUnit } from '../org/service.ts';
import { trainingSweep } from './reminders.ts';

const t = testAppPerFile();

describe('training', () => {
  test('[R-E9] attendance imported from CSV; completion by unit; reminders to those who missed it', async () => {
    const org = await makeOrg(t.db);
    const unit2 = await t.db
      .transaction()
      .execute((trx) => createUnit(trx, systemActor(org.id), { name: '業務課', kind: '課' }));
    const mgr = await makeUser(t.db, org, { functions: ['training.manage'] });
    const chief = await makeUser(t.db, org, { functions: ['training.check'] });
    const a = await makeUser(t.db, org, {});
    const b = await makeUser(t.db, org, { unitId: unit2 });
    const c = await signedIn(t, { id: mgr.id, organizationId: org.id });
    const plan = await c.post('/api/training/plans', {
      fiscalYear: 2026,
      title: '情報セキュリティ研修',
      organizer: '構成市A市',
    });
    assert.equal(plan.statusCode, 201, plan.body);
    const session = await c.post(`/api/training/plans/${plan.json().id}/sessions`, {
      heldOn: '2026-06-10',
      place: '大会議室',
    });
    const sid = session.json().id;
    const good = `ログインID,氏名,出欠\r\n${mgr.loginId},管理,出席\r\n${chief.loginId},責任,出席\r\n${a.loginId},職員,出席\r\n${b.loginId},職員,欠席\r\n`;
    const badCsv = `ログインID,出欠\r\n${a.loginId},出席\r\nnobody,出席\r\n${b.loginId},たぶん\r\n`;
    const enc = (s: string) => iconv.encode(s, 'cp932').toString('base64');
    const dry = await c.post(`/api/training/sessions/${sid}/attendance/import`, {
      encoding: 'sjis',
      dataBase64: enc(badCsv),
      dryRun: true,
    });
    assert.equal(dry.statusCode, 200, dry.body);
    assert.deepEqual(
      dry.json().errors.map((e: { row: number }) => e.row),
      [3, 4],
    );
    assert.deepEqual(
      dry.json().errors.map((e: { message: string }) => e.message),
      ['ログインID「nobody」の職員がいません', '出欠「たぶん」を読めません'],
    );
    const dryEn = await c.request(
      'POST',
      `/api/training/sessions/${sid}/attendance/import`,
      {
        encoding: 'utf8',
        dataBase64: Buffer.from(badCsv.replace('出欠', 'Attendance')).toString('base64'),
        dryRun: true,
      },
      { 'accept-language': 'en' },
    );
    assert.deepEqual(
      dryEn.json().errors.map((e: { message: string }) => e.message),
      ['No member of staff has the login ID “nobody”', 'Cannot read the attendance mark “たぶん”'],
      'row errors in the reader’s language; an English heading is read too',
    );
    const refused = await c.post(`/api/training/sessions/${sid}/attendance/import`, {
      encoding: 'sjis',
      dataBase64: enc(badCsv),
      dryRun: false,
    });
    assert.equal(refused.statusCode, 400);
    assert.deepEqual(
      refused.json().error.fields.map((f: { field: string }) => f.field),
      ['row.3', 'row.4'],
    );
    assert.equal(
      (await t.db.selectFrom('training_attendance').select('id').where('session_id', '=', sid).execute())
        .length,
      0,
      'nothing imported',
    );
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(good)]).toString('base64');
    const ok = await c.post(`/api/training/sessions/${sid}/attendance/import`, {
      encoding: 'utf8',
      dataBase64: bom,
      dryRun: false,
    });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.deepEqual([ok.json().attended, ok.json().absent, ok.json().imported], [3, 1, true]);
    const comp = (await c.get(`/api/training/plans/${plan.json().id}/completion`)).json();
    const u1 = comp.byUnit.find((u: { unitId: string }) => u.unitId === org.unitId);
    const u2 = comp.byUnit.find((u: { unitId: string }) => u.unitId === unit2);
    assert.deepEqual([u1.completed, u1.total, u2.completed, u2.total], [3, 3, 0, 1]);
    assert.deepEqual(
      comp.missed.map((m: { userId: string }) => m.userId),
      [b.id],
    );
    assert.equal(await trainingSweep(t.db, '2026-06-10'), 0, 'not before the session is past');
    assert.equal(await trainingSweep(t.db, '2026-06-11'), 1);
    assert.equal(await trainingSweep(t.db, '2026-06-12'), 0, 'once per person');
    const notes = await noticesTo(t.db, b.id);
    assert.ok(notes.some((n) => n.title.includes('情報セキュリティ研修')));
    const checker = await signedIn(t, { id: chief.id, organizationId: org.id });
    assert.equal(
      (await checker.post(`/api/training/plans/${plan.json().id}/check`, { note: '確認した' })).statusCode,
      204,
    );
    const denied = await c.post(`/api/training/plans/${plan.json().id}/check`, { note: '' });
    assert.equal(denied.statusCode, 403);
    assert.match(denied.json().error.message, /「研修受講状況の確認（責任者）」/);
    const events = (await auditEvents(t.db, org.id)).map((e) => e.event);
    for (const e of [
      'training.plan_created',
      'training.session_added',
      'training.attendance_recorded',
      'training.reminded',
      'training.checked',
    ]) {
      assert.ok(events.includes(e), e);
    }
    const other = await makeOrg(t.db);
    const stranger = await signedIn(t, await makeUser(t.db, other, { functions: ['training.manage'] }));
    assert.equal((await stranger.get(`/api/training/plans/${plan.json().id}/completion`)).statusCode, 404);
    const bad = await c.post('/api/training/plans', { fiscalYear: 2026, title: 'x', audience: 'units' });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.fields[0].field, 'unitIds');
  });
});
