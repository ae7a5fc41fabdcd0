import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import { auditEvents, signedIn, testAppPerFile } from '../../../test/support/http.ts';
import { escalateOverdue } from './escalation.ts';
import { seed001Org } from './test-org.ts';

const t = testAppPerFile();

const report = (over: Record<string, unknown> = {}) => ({
  title: 'USBメモリの紛失',
  description: '重要性Iの住民データを含むUSBメモリが見当たらない',
  typeKey: 'lost_device',
  foundAt: '2025-04-28T01:00:00.000Z',
  personalInfo: 'yes',
  ...over,
});

async function stepsOf(id: string) {
  return t.db
    .selectFrom('incident_steps')
    .selectAll()
    .where('incident_id', '=', id)
    .orderBy('position')
    .execute();
}

describe('incident chain', () => {
  test('[R-E10] staff → 管理者 → 責任者 → CISO: a lost USB medium with 重要性 I data climbs the chain to the head of the body', async () => {
    const o = await seed001Org(t.db);
    const staff = await signedIn(t, o.staff);
    const r = await staff.post('/api/incidents', report());
    assert.equal(r.statusCode, 200, r.body);
    const id = r.json().id;
    let steps = await stepsOf(id);
    assert.deepEqual(
      steps.map((s) => s.label),
      ['情報セキュリティ管理者(係長)', '情報セキュリティ責任者(次長)', 'CISO', '組合管理者'],
    );
    assert.deepEqual(
      steps.map((s) => s.status),
      ['waiting', 'pending', 'pending', 'pending'],
    );
    // Only a holder of the waiting step may acknowledge it.
    const early = await (await signedIn(t, o.sekinin)).post(
      `/api/incidents/${id}/steps/${steps[1].id}/ack`,
      {},
    );
    assert.equal(early.statusCode, 409);
    const wrong = await staff.post(`/api/incidents/${id}/steps/${steps[0].id}/ack`, {});
    assert.equal(wrong.statusCode, 403);
    assert.match(wrong.json().error.message, /「インシデント報告の受付（最初の報告先）」/);
    for (const [user, i] of [
      [o.kanrisha, 0],
      [o.sekinin, 1],
      [o.ciso, 2],
      [o.head, 3],
    ] as const) {
      const c = await signedIn(t, user);
      const ack = await c.post(
        `/api/incidents/${id}/steps/${steps[i].id}/ack`,
        i === 0 ? { minor: false, reason: '重要性Iの個人情報を含む' } : {},
      );
      assert.equal(ack.statusCode, 204, ack.body);
    }
    steps = await stepsOf(id);
    assert.ok(steps.every((s) => s.status === 'acknowledged' && s.notified_at && s.acknowledged_at));
    const detail = (await staff.get(`/api/incidents/${id}`)).json();
    assert.equal(detail.incident.minor, 0);
    assert.equal(detail.type.key, 'lost_device');
    const events = (await auditEvents(t.db, o.org.id)).map((e) => e.event);
    assert.equal(events.filter((e) => e === 'incidents.step_acknowledged').length, 4);
    assert.ok(events.includes('incidents.reported') && events.includes('incidents.minor_judged'));
  });

  test('[R-E10] a head of the body named as a person is told last, opens the incident and records receipt', async () => {
    const o = await seed001Org(t.db);
    const mayor = await makeUser(t.db, o.org);
    const stranger = await makeUser(t.db, o.org);
    const admin = await signedIn(t, o.ciso);
    const proposed = (await admin.get('/api/incidents/settings')).json();
    const { stored: _s, ...settings } = proposed;
    const put = await admin.put('/api/incidents/settings', {
      ...settings,
      head: { kind: 'user', ref: mayor.id, label: '組合管理者', skippableWhenMinor: true },
    });
    assert.equal(put.statusCode, 204, put.body);
    const id = (await (await signedIn(t, o.staff)).post('/api/incidents', report())).json().id;
    const steps = await stepsOf(id);
    assert.equal(steps[3].user_id, mayor.id);
    const m = await signedIn(t, mayor);
    assert.equal((await m.get(`/api/incidents/${id}`)).statusCode, 404, 'not before their step is reached');
    for (const [user, i] of [
      [o.kanrisha, 0],
      [o.sekinin, 1],
      [o.ciso, 2],
    ] as const)
      await (await signedIn(t, user)).post(
        `/api/incidents/${id}/steps/${steps[i].id}/ack`,
        i === 0 ? { minor: false, reason: '重要性Iの個人情報を含む' } : {},
      );
    const told = (await m.get('/api/notifications')).json().items as { link: string }[];
    assert.ok(told.some((n) => n.link === `/incidents/${id}`));
    const detail = await m.get(`/api/incidents/${id}`);
    assert.equal(detail.statusCode, 200, detail.body);
    assert.deepEqual(detail.json().can.ack, [steps[3].id]);
    assert.equal((await m.post(`/api/incidents/${id}/steps/${steps[3].id}/ack`, {})).statusCode, 204);
    assert.equal((await m.get(`/api/incidents/${id}/report.pdf`)).statusCode, 200);
    assert.equal((await (await signedIn(t, stranger)).get(`/api/incidents/${id}`)).statusCode, 404);
    const acks = (await auditEvents(t.db, o.org.id)).filter(
      (e) => e.event === 'incidents.step_acknowledged' && e.actor_id === mayor.id,
    );
    assert.equal(acks.length, 1);
  });

  test('[R-E10] a minor case judged by the 管理者 stops before the 責任者, with the reason', async () => {
    const o = await seed001Org(t.db);
    const id = (
      await (
        await signedIn(t, o.staff)
      ).post('/api/incidents', report({ personalInfo: 'no', title: '誤ってファイルを削除' }))
    ).json().id;
    const steps = await stepsOf(id);
    const k = await signedIn(t, o.kanrisha);
    const noReason = await k.post(`/api/incidents/${id}/steps/${steps[0].id}/ack`, { minor: true });
    assert.equal(noReason.statusCode, 400);
    assert.equal(noReason.json().error.fields[0].field, 'reason');
    const ack = await k.post(`/api/incidents/${id}/steps/${steps[0].id}/ack`, {
      minor: true,
      reason: '復元済みで情報の外部流出なし',
    });
    assert.equal(ack.statusCode, 204, ack.body);
    const after = await stepsOf(id);
    assert.deepEqual(
      after.map((s) => s.status),
      ['acknowledged', 'skipped', 'skipped', 'skipped'],
    );
    assert.equal(after[1].skipped_reason, '復元済みで情報の外部流出なし');
    assert.equal(after[1].notified_at, null, 'the 責任者 was never notified');
    const ev = (await auditEvents(t.db, o.org.id)).find((e) => e.event === 'incidents.minor_judged');
    assert.ok(ev);
    assert.deepEqual(JSON.parse(ev.data).skipped, ['情報セキュリティ責任者(次長)', 'CISO', '組合管理者']);
  });

  test('[R-A5] every step is time-stamped and a waiting step escalates by itself', async () => {
    const o = await seed001Org(t.db);
    const id = (await (await signedIn(t, o.staff)).post('/api/incidents', report())).json().id;
    const first = (await stepsOf(id))[0];
    assert.ok(first.notified_at && first.due_at);
    assert.equal(await escalateOverdue(t.db, new Date(Date.parse(first.due_at) - 1000)), 0, 'not yet due');
    const n = await escalateOverdue(t.db, new Date(Date.parse(first.due_at) + 1000));
    assert.ok(n >= 1);
    const steps = await stepsOf(id);
    assert.equal(steps[0].status, 'escalated');
    assert.ok(steps[0].escalated_at);
    assert.equal(steps[1].status, 'waiting');
    assert.ok(steps[1].notified_at);
    // The late receiver can still acknowledge without notifying the next step twice.
    const ack = await (await signedIn(t, o.kanrisha)).post(
      `/api/incidents/${id}/steps/${steps[0].id}/ack`,
      {},
    );
    assert.equal(ack.statusCode, 204);
    assert.equal((await stepsOf(id))[2].status, 'pending');
    const esc = (await auditEvents(t.db, o.org.id)).filter((e) => e.event === 'incidents.step_escalated');
    assert.equal(esc.length, 1);
    assert.equal(esc[0].actor_label, 'escalation');
  });
});

describe('incident types and handling', () => {
  test('[R-F20] malware incident shows its steps', async () => {
    const o = await seed001Org(t.db);
    const c = await signedIn(t, o.staff);
    const id = (
      await c.post('/api/incidents', report({ typeKey: 'malware', personalInfo: 'unknown' }))
    ).json().id;
    const d = (await c.get(`/api/incidents/${id}`)).json();
    const steps = d.type.steps.map((s: { ja: string }) => s.ja).join('\n');
    assert.match(steps, /切り離す/);
    assert.match(steps, /電源は切らず/);
    assert.match(steps, /自分で駆除・削除しない/);
    // The body has imported no policy: the sample policy's 第2章/6./(4)/② is not its clause to cite.
    assert.equal(d.type.clausePath, null);
  });

  test('[R-F8] a wrongly sent e-mail asks recipients to delete and reports to the 責任者', async () => {
    const o = await seed001Org(t.db);
    const c = await signedIn(t, o.staff);
    const types = (await c.get('/api/incidents/types')).json().items;
    const mis = types.find((x: { key: string }) => x.key === 'misdelivery');
    assert.match(mis.steps[0].ja, /削除を依頼/);
    assert.match(mis.steps[1].ja, /責任者に報告/);
    // No policy imported: the sample policy's 第2章/6./(1)/⑧ is not this body's clause to cite.
    assert.equal(mis.clausePath, null);
  });

  test('[R-F21] evidence is immutable (UPDATE/DELETE refused by the database)', async () => {
    const o = await seed001Org(t.db);
    const c = await signedIn(t, o.staff);
    const id = (await c.post('/api/incidents', report({ typeKey: 'attack' }))).json().id;
    const data = Buffer.from('2025-04-28 10:00 SYN flood from 198.51.100.7');
    const r = await c.post(`/api/incidents/${id}/evidence`, {
      fileName: 'fw.log',
      contentType: 'text/plain',
      dataBase64: data.toString('base64'),
      description: 'ファイアウォールのログ',
    });
    assert.equal(r.statusCode, 200, r.body);
    const { createHash } = await import('node:crypto');
    assert.equal(r.json().sha256, createHash('sha256').update(data).digest('hex'));
    await assert.rejects(sql`UPDATE incident_evidence SET description = 'x'`.execute(t.db), /append-only/);
    await assert.rejects(sql`DELETE FROM incident_evidence`.execute(t.db), /append-only/);
    await assert.rejects(sql`DELETE FROM incident_timeline`.execute(t.db), /append-only/);
    const dl = await c.get(`/api/incidents/${id}/evidence/${r.json().id}`);
    assert.equal(dl.rawPayload.toString(), data.toString());
    const ev = (await auditEvents(t.db, o.org.id)).find((e) => e.event === 'incidents.evidence_added');
    assert.equal(JSON.parse(ev?.data ?? '{}').sha256, r.json().sha256);
  });

  test('[R-E10] close is refused with open actions until done or explicitly accepted', async () => {
    const o = await seed001Org(t.db);
    const id = (await (await signedIn(t, o.staff)).post('/api/incidents', report())).json().id;
    const h = await signedIn(t, o.sekinin);
    const a1 = await h.post(`/api/incidents/${id}/actions`, {
      kind: 'prevention',
      description: 'USBメモリの暗号化を義務化',
      ownerId: o.kanrisha.id,
      dueDate: '2025-06-30',
    });
    assert.equal(a1.statusCode, 200, a1.body);
    const a2 = await h.post(`/api/incidents/${id}/actions`, {
      kind: 'recovery',
      description: '住民への通知',
    });
    const refused = await h.post(`/api/incidents/${id}/close`, {});
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().error.code, 'incidents.open_actions');
    const done = await (await signedIn(t, o.kanrisha)).post(
      `/api/incidents/${id}/actions/${a1.json().id}/complete`,
      { status: 'done' },
    );
    assert.equal(done.statusCode, 204, done.body);
    const closed = await h.post(`/api/incidents/${id}/close`, {
      acceptOpenActions: true,
      note: '住民通知は別途管理',
    });
    assert.equal(closed.statusCode, 204, closed.body);
    const acts = await t.db
      .selectFrom('incident_actions')
      .select(['id', 'status'])
      .where('incident_id', '=', id)
      .execute();
    assert.equal(acts.find((a) => a.id === a2.json().id)?.status, 'accepted');
    const ev = (await auditEvents(t.db, o.org.id)).find((e) => e.event === 'incidents.closed');
    assert.equal(JSON.parse(ev?.data ?? '{}').openActionsAccepted, 1);
  });

  test('[R-E10] personal-data deadlines count calendar days; one falling on a closed day moves to the next office day', async () => {
    const o = await seed001Org(t.db);
    const c = await signedIn(t, o.staff);
    const id = (await c.post('/api/incidents', report({ foundAt: '2025-04-28T01:00:00.000Z' }))).json().id;
    const d = (await c.get(`/api/incidents/${id}`)).json().deadlines;
    // 5 calendar days from 4月28日 is 5月3日 (憲法記念日); 5月4日–6日 are closed too, so 5月7日 binds.
    assert.deepEqual(d.prompt, {
      days: 5,
      calendar: '2025-05-03',
      business: '2025-05-08',
      due: '2025-05-07',
    });
    assert.equal(d.final.calendar, '2025-05-28');
    const ua = (await c.post('/api/incidents', report({ typeKey: 'unauthorized_access' }))).json().id;
    assert.equal((await c.get(`/api/incidents/${ua}`)).json().deadlines.final.days, 60);
    const contact = await (await signedIn(t, o.sekinin)).post(`/api/incidents/${id}/contacts`, {
      party: 'ppc',
      partyName: '個人情報保護委員会',
      reportKind: 'prompt',
      sentAt: '2025-05-01T02:00:00.000Z',
      content: '速報を提出',
    });
    assert.equal(contact.statusCode, 200, contact.body);
    assert.ok((await auditEvents(t.db, o.org.id)).some((e) => e.event === 'incidents.contact_recorded'));
  });

  test('another organization’s incident answers 404, a missing function 403, bad input 400 naming fields', async () => {
    const o = await seed001Org(t.db);
    const id = (await (await signedIn(t, o.staff)).post('/api/incidents', report())).json().id;
    const other = await makeOrg(t.db, '別の組合');
    const outsider = await signedIn(
      t,
      await makeUser(t.db, other, {
        functions: ['incidents.read_all', 'incidents.handle', 'incidents.close'],
      }),
    );
    assert.equal((await outsider.get(`/api/incidents/${id}`)).statusCode, 404);
    assert.equal((await outsider.post(`/api/incidents/${id}/close`, {})).statusCode, 404);
    const staff = await signedIn(t, o.staff);
    const f = await staff.post(`/api/incidents/${id}/close`, {});
    assert.equal(f.statusCode, 403);
    assert.match(f.json().error.message, /「インシデントの終結」/);
    const bad = await staff.post('/api/incidents', {
      ...report(),
      foundAt: 'yesterday',
      personalInfo: 'maybe',
      title: '',
    });
    assert.equal(bad.statusCode, 400);
    const fields = bad
      .json()
      .error.fields.map((x: { field: string }) => x.field)
      .sort();
    assert.deepEqual(fields, ['foundAt', 'personalInfo', 'title']);
    const unknown = await staff.post('/api/incidents', report({ typeKey: 'nope' }));
    assert.equal(unknown.statusCode, 400);
    assert.equal(unknown.json().error.fields[0].field, 'typeKey');
    assert.equal(
      await t.db
        .selectFrom('incidents')
        .select('id')
        .where('organization_id', '=', o.org.id)
        .execute()
        .then((r) => r.length),
      1,
      'nothing half-written',
    );
  });
});
