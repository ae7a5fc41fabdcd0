import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import { auditEvents, signedIn, testAppPerFile } from '../../../test/support/http.ts';
import { rowsWhere, rowWhereOrThrow } from '../../db/rows-in-org.ts';
import { systemActor } from '../../shared/actor.ts';
import { todayJst } from '../../shared/business-days.ts';
import { seed001Org } from '../incidents/test-org.ts';
import { JobRunner } from '../jobs/runner.ts';
import { createUnit } from '../org/service.ts';
import { digestSweep, sendDigest } from './digest.ts';
import { byUrgency, type WorkItem } from './items.ts';
import { fiscalYearOf } from './sources-assurance.ts';

const t = testAppPerFile();

const addDays = (iso: string, n: number) =>
  new Date(Date.parse(iso) + n * 86400000).toISOString().slice(0, 10);

const plan = (units: string[], auditors: string[]) => ({
  kind: 'yearly',
  auditType: 'internal',
  title: '令和8年度 情報セキュリティ内部監査',
  fiscalYear: 2026,
  purpose: '遵守状況を確認する',
  scopeUnits: units,
  timing: '令和8年10月',
  structure: '監査人1名',
  criteria: '情報セキュリティ対策基準',
  auditorIds: auditors,
});

async function auditOrg() {
  const org = await makeOrg(t.db);
  const audited = await t.db
    .transaction()
    .execute((trx) => createUnit(trx, systemActor(org.id), { name: '業務課', kind: '課' }));
  const manager = await makeUser(t.db, org, { functions: ['audits.manage'] });
  // The appointed auditor holds no audit function at all: the appointment is what lets them act.
  const auditor = await makeUser(t.db, org, {});
  const other = await makeUser(t.db, org, {});
  const responder = await makeUser(t.db, org, { unitId: audited, functions: ['audits.respond'] });
  const m = await signedIn(t, { id: manager.id, organizationId: org.id });
  const created = await m.post('/api/audits/plans', plan([audited], [auditor.id]));
  assert.equal(created.statusCode, 201, created.body);
  return { org, audited, manager, auditor, other, responder, m, planId: created.json().id as string };
}

describe('my work', () => {
  test('the list is ordered by due date, undated last, then by how long it has waited', () => {
    const it = (id: string, dueOn: string | null, since: string): WorkItem => ({
      kind: 'notice',
      id,
      title: id,
      detail: null,
      count: null,
      dueOn,
      since,
      link: '/',
    });
    const sorted = [
      it('late-undated', null, '2026-05-01'),
      it('due-later', '2026-06-01', '2026-01-01'),
      it('early-undated', null, '2026-04-01'),
      it('due-sooner', '2026-05-01', '2026-03-01'),
    ].sort(byUrgency);
    assert.deepEqual(
      sorted.map((s) => s.id),
      ['due-sooner', 'due-later', 'early-undated', 'late-undated'],
    );
    assert.equal(fiscalYearOf('2027-03-31'), 2026);
    assert.equal(fiscalYearOf('2026-04-01'), 2026);
  });

  test('[R-I3] the appointed auditor reaches their audit from my work and carries it out without the module-wide function', async () => {
    const s = await auditOrg();
    const a = await signedIn(t, { id: s.auditor.id, organizationId: s.org.id });
    const work = (await a.get('/api/my-work')).json();
    const audit = work.items.find((i: WorkItem) => i.kind === 'audit');
    assert.ok(audit, JSON.stringify(work));
    assert.equal(audit.link, `/inspections/audits/${s.planId}`);
    assert.deepEqual(
      (await a.get('/api/audits/plans')).json().map((p: { id: string }) => p.id),
      [s.planId],
    );
    const detail = await a.get(`/api/audits/plans/${s.planId}`);
    assert.equal(detail.statusCode, 200, detail.body);
    assert.equal(detail.json().can.carryOut, true);
    assert.equal(detail.json().can.manage, false);
    const f = await a.post(`/api/audits/plans/${s.planId}/findings`, {
      severity: 'low',
      unitId: s.audited,
      title: '持出し記録の記入漏れ',
      detail: '記録簿に返却日の記入がない',
      dueOn: addDays(todayJst(), 30),
    });
    assert.equal(f.statusCode, 201, f.body);
    const events = await auditEvents(t.db, s.org.id);
    assert.ok(events.some((e) => e.event === 'audits.finding_added' && e.actor_id === s.auditor.id));

    // The responder finds the finding in their own list, answers it, and the auditor is asked to follow it up.
    const r = await signedIn(t, { id: s.responder.id, organizationId: s.org.id });
    const rWork = (await r.get('/api/my-work')).json();
    const finding = rWork.items.find((i: WorkItem) => i.kind === 'finding');
    assert.equal(finding?.id, f.json().id);
    assert.equal(finding.link, `/inspections/audits/${s.planId}`);
    assert.equal(
      (await r.post(`/api/audits/findings/${f.json().id}/response`, { body: '記入を徹底' })).statusCode,
      204,
    );
    const follow = (await a.get('/api/my-work')).json().items.find((i: WorkItem) => i.id === s.planId);
    assert.equal(follow.kind, 'finding_follow_up');
    assert.equal(follow.count, 1);
    assert.equal(
      (await a.post(`/api/audits/findings/${f.json().id}/follow-up`, { body: '確認した', close: true }))
        .statusCode,
      204,
    );
    assert.equal((await a.post(`/api/audits/plans/${s.planId}/close`)).statusCode, 204);

    // Nothing more: someone not appointed reads nothing and may do nothing.
    const o = await signedIn(t, { id: s.other.id, organizationId: s.org.id });
    assert.deepEqual((await o.get('/api/audits/plans')).json(), []);
    assert.equal((await o.get(`/api/audits/plans/${s.planId}`)).statusCode, 403);
    assert.equal((await o.post(`/api/audits/plans/${s.planId}/report`)).statusCode, 403);
    assert.equal(
      (
        await o.post(`/api/audits/plans/${s.planId}/findings`, {
          severity: 'low',
          title: 'x',
          detail: 'x',
        })
      ).statusCode,
      403,
    );
    assert.equal((await o.get('/api/my-work')).json().count, 0);
  });

  test('the 対策 assignee is told, finds the incident in my work and in their list, and completes the 対策', async () => {
    const o = await seed001Org(t.db);
    const staff = await signedIn(t, o.staff);
    const id = (
      await staff.post('/api/incidents', {
        title: 'USBメモリの紛失',
        description: '住民データを含むUSBメモリが見当たらない',
        typeKey: 'lost_device',
        foundAt: '2026-04-28T01:00:00.000Z',
        personalInfo: 'yes',
      })
    ).json().id;
    const handler = await signedIn(t, o.sekinin);
    const assignee = await makeUser(t.db, o.org, {});
    const due = addDays(todayJst(), 7);
    const added = await handler.post(`/api/incidents/${id}/actions`, {
      kind: 'prevention',
      description: '持出し手順の見直し',
      ownerId: assignee.id,
      dueDate: due,
    });
    assert.equal(added.statusCode, 200, added.body);
    const note = await rowWhereOrThrow(t.db, 'notifications', { user_id: assignee.id });
    assert.equal(note.link, `/incidents/${id}`);
    const a = await signedIn(t, { id: assignee.id, organizationId: o.org.id });
    const item = (await a.get('/api/my-work'))
      .json()
      .items.find((i: WorkItem) => i.kind === 'incident_action');
    assert.deepEqual([item.link, item.dueOn, item.detail], [`/incidents/${id}`, due, 'USBメモリの紛失']);
    assert.equal((await a.get(`/api/incidents/${id}`)).statusCode, 200);
    assert.deepEqual(
      (await a.get('/api/incidents')).json().items.map((i: { id: string }) => i.id),
      [id],
    );
    const done = await a.post(`/api/incidents/${id}/actions/${added.json().id}/complete`, { status: 'done' });
    assert.equal(done.statusCode, 204, done.body);
    assert.equal((await a.get('/api/my-work')).json().count, 0);
    // Another person without a reading function still does not see it.
    const stranger = await makeUser(t.db, o.org, {});
    const s2 = await signedIn(t, { id: stranger.id, organizationId: o.org.id });
    assert.equal((await s2.get(`/api/incidents/${id}`)).statusCode, 404);
    assert.deepEqual((await s2.get('/api/incidents')).json().items, []);
  });

  test('trainings to attend and notices to read are listed until attended and read', async () => {
    const org = await makeOrg(t.db);
    const manager = await makeUser(t.db, org, { functions: ['training.manage', 'org.notices.send'] });
    const person = await makeUser(t.db, org, {});
    const m = await signedIn(t, { id: manager.id, organizationId: org.id });
    const today = todayJst();
    const p = await m.post('/api/training/plans', {
      fiscalYear: fiscalYearOf(today),
      title: '標的型メール訓練',
    });
    assert.equal(p.statusCode, 201, p.body);
    const next = addDays(today, 10);
    const sess = await m.post(`/api/training/plans/${p.json().id}/sessions`, {
      heldOn: next,
      place: '会議室A',
    });
    assert.equal(sess.statusCode, 201, sess.body);
    const n = await m.post('/api/org/notices', {
      title: '年末の持出し注意',
      body: '持出しは許可を得ること',
      audience: 'all',
    });
    assert.equal(n.statusCode, 200, n.body);
    const c = await signedIn(t, { id: person.id, organizationId: org.id });
    const items = (await c.get('/api/my-work')).json().items as WorkItem[];
    const training = items.find((i) => i.kind === 'training');
    assert.deepEqual(
      [training?.title, training?.dueOn, training?.detail],
      ['標的型メール訓練', next, '会議室A'],
    );
    assert.ok(items.some((i) => i.kind === 'notice' && i.title === '年末の持出し注意'));
    assert.equal(
      (
        await m.post(`/api/training/sessions/${sess.json().id}/attendance`, {
          entries: [{ userId: person.id, attended: true }],
        })
      ).statusCode,
      204,
    );
    assert.equal((await c.post(`/api/org/notices/${n.json().id}/read`)).statusCode, 204);
    const after = (await c.get('/api/my-work')).json().items as WorkItem[];
    assert.deepEqual(
      after.filter((i) => i.kind === 'training' || i.kind === 'notice'),
      [],
    );
  });

  test('the daily e-mail goes once a day to each person with work waiting, only where the body turns it on', async () => {
    const s = await auditOrg();
    await t.db
      .updateTable('users')
      .set({ email: 'kansa@example.jp' })
      .where('id', '=', s.auditor.id)
      .execute();
    await t.db.updateTable('users').set({ email: 'other@example.jp' }).where('id', '=', s.other.id).execute();
    const today = todayJst();
    assert.equal(await sendDigest(t.db, s.org.id, today), 0, 'off unless the body turns it on');
    const admin = await makeUser(t.db, s.org, { functions: ['org.admin'] });
    const ad = await signedIn(t, { id: admin.id, organizationId: s.org.id });
    assert.equal((await s.m.put('/api/my-work/digest', { enabled: true })).statusCode, 403);
    const bad = await ad.put('/api/my-work/digest', { enabled: 'yes' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /enabled/);
    assert.equal((await ad.put('/api/my-work/digest', { enabled: true })).statusCode, 200);
    assert.deepEqual((await s.m.get('/api/my-work/digest')).json(), { enabled: true, hour: 7 });
    assert.equal(await sendDigest(t.db, s.org.id, today), 1);
    assert.equal(await sendDigest(t.db, s.org.id, today), 0, 'once a day');
    const mails = await rowsWhere(t.db, 'mail_outbox', { organization_id: s.org.id });
    assert.deepEqual(
      mails.map((m) => m.to_address),
      ['kansa@example.jp'],
    );
    assert.match(mails[0].body, /監査人として担当する監査: 令和8年度 情報セキュリティ内部監査/);
    assert.match(
      mails[0].body,
      /- An audit you are appointed to: 令和8年度 情報セキュリティ内部監査/,
      'then in English',
    );
    assert.match(mails[0].subject, /わたしの仕事（1 件） \/ My work \(1\)/);
    assert.match(mails[0].body, new RegExp(`/inspections/audits/${s.planId}`));
    const events = await auditEvents(t.db, s.org.id);
    assert.ok(events.some((e) => e.event === 'mywork.digest_set' && e.actor_id === admin.id));
    const sent = events.find((e) => e.event === 'mywork.digest_sent');
    assert.equal(JSON.parse(String(sent?.data)).people, 1);
    assert.equal(JSON.parse(String(sent?.data)).date, today);
    // Before the office hour the sweep waits.
    assert.equal(await digestSweep(t.db, new Date('2026-06-01T21:00:00Z')), 0);
  });

  test('the daily e-mail leaves through the job queue at the hour the body chose, one mail per person, soonest due first', async () => {
    const o = await seed001Org(t.db);
    const id = (
      await (
        await signedIn(t, o.staff)
      ).post('/api/incidents', {
        title: 'USBメモリの紛失',
        description: '住民データを含むUSBメモリが見当たらない',
        typeKey: 'lost_device',
        foundAt: '2026-04-28T01:00:00.000Z',
        personalInfo: 'no',
      })
    ).json().id;
    const assignee = await makeUser(t.db, o.org, {});
    const idle = await makeUser(t.db, o.org, {});
    for (const [u, email] of [
      [assignee, 'tanto@example.jp'],
      [idle, 'idle@example.jp'],
    ] as const)
      await t.db.updateTable('users').set({ email }).where('id', '=', u.id).execute();
    const handler = await signedIn(t, o.sekinin);
    const later = addDays(todayJst(), 20);
    const sooner = addDays(todayJst(), 3);
    for (const [description, dueDate] of [
      ['持出し手順の見直し', later],
      ['台帳の点検', sooner],
    ])
      assert.equal(
        (
          await handler.post(`/api/incidents/${id}/actions`, {
            kind: 'prevention',
            description,
            ownerId: assignee.id,
            dueDate,
          })
        ).statusCode,
        200,
      );
    const admin = await makeUser(t.db, o.org, { functions: ['org.admin'] });
    const ad = await signedIn(t, { id: admin.id, organizationId: o.org.id });
    const bad = await ad.put('/api/my-work/digest', { enabled: true, hour: 24 });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /hour/);
    const set = await ad.put('/api/my-work/digest', { enabled: true, hour: 9 });
    assert.deepEqual(set.json(), { enabled: true, hour: 9 });
    const ev = (await auditEvents(t.db, o.org.id)).find((e) => e.event === 'mywork.digest_set');
    assert.deepEqual(JSON.parse(String(ev?.data)), {
      enabled: true,
      hour: 9,
      before: { enabled: false, hour: 7 },
    });
    const outbox = () =>
      t.db
        .selectFrom('mail_outbox')
        .selectAll()
        .where('organization_id', '=', o.org.id)
        .where('subject', 'like', '%わたしの仕事%')
        .execute();
    const runner = new JobRunner(t.db, { id: 'digest' });
    // Tomorrow in Japan, so that the queue's own jobs (queued now) are due by then.
    const day = addDays(todayJst(), 1);
    const jst = (hhmm: string) => new Date(`${day}T${hhmm}:00+09:00`).toISOString();
    // 08:30 in Japan: before the body's hour, the hourly run sends nothing.
    await runner.tick(jst('08:30'));
    assert.deepEqual(await outbox(), []);
    // 09:30: the next hourly run sends; its mail leaves by the mail-delivery job, as every e-mail does.
    await runner.tick(jst('09:30'));
    let mails = await outbox();
    assert.deepEqual(
      mails.map((m) => m.to_address),
      ['tanto@example.jp'],
      'only the person with work waiting',
    );
    await runner.tick(jst('09:31'));
    mails = await outbox();
    assert.equal(mails[0].status, 'logged');
    const body = mails[0].body;
    const at = (s: string) => body.indexOf(s);
    assert.ok(at('台帳の点検') > 0 && at('台帳の点検') < at('持出し手順の見直し'), body);
    assert.match(body, /担当するインシデントの対策: 台帳の点検（USBメモリの紛失、期限 令和/);
    assert.match(body, new RegExp(`/incidents/${id}`));
    // The day's mail went out once: a later run the same day sends nothing more.
    await runner.tick(jst('10:30'));
    assert.equal((await outbox()).length, 1);
  });
});
