import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import iconv from 'iconv-lite';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import { auditEvents, signedIn, testAppPerFile } from '../../../test/support/http.ts';
import { pdfImages, pdfText } from '../../../test/support/pdf.ts';
import { systemActor } from '../../shared/actor.ts';
import { readXlsx } from '../../shared/xlsx.ts';
import { prepareFromBytes } from '../policy/import.ts';
import { importVersionIn, setInForceIn } from '../policy/service.ts';
import { incidentDetail } from './queries.ts';
import { reportRows } from './report-pdf.ts';
import { seed001Org } from './test-org.ts';
import { addTimeline } from './timeline.ts';

const t = testAppPerFile();

const report = {
  title: 'USBメモリの紛失',
  description: '重要性Iの住民データを含むUSBメモリが見当たらない',
  typeKey: 'lost_device',
  foundAt: '2025-04-28T01:00:00.000Z',
  occurredAt: '2025-04-25T08:30:00.000Z',
  personalInfo: 'yes',
};

/** Files a report and walks it up the chain with a police contact, a prevention action and evidence. */
async function handledIncident(o: Awaited<ReturnType<typeof seed001Org>>) {
  const staff = await signedIn(t, o.staff);
  const id = (await staff.post('/api/incidents', report)).json().id as string;
  const kanri = await signedIn(t, o.kanrisha);
  const steps = async () =>
    (await kanri.get(`/api/incidents/${id}`)).json().steps as { id: string; status: string }[];
  const s0 = (await steps())[0];
  assert.equal(
    (await kanri.post(`/api/incidents/${id}/steps/${s0.id}/ack`, { minor: false, reason: '重要性Iを含む' }))
      .statusCode,
    204,
  );
  const sekinin = await signedIn(t, o.sekinin);
  assert.equal(
    (
      await sekinin.post(`/api/incidents/${id}/contacts`, {
        party: 'police',
        partyName: '萩警察署',
        reportKind: 'other',
        sentAt: '2025-04-28T03:00:00.000Z',
        content: '遺失届を提出',
      })
    ).statusCode,
    200,
  );
  await sekinin.post(`/api/incidents/${id}/actions`, {
    kind: 'prevention',
    description: '媒体の持出しを台帳で管理する',
    ownerId: o.kanrisha.id,
    dueDate: '2025-05-30',
  });
  await sekinin.post(`/api/incidents/${id}/notes`, { kind: 'cause', text: '持出し記録がなかった' });
  await staff.post(`/api/incidents/${id}/evidence`, {
    fileName: 'memo.txt',
    dataBase64: Buffer.from('最後に見た場所: 会議室').toString('base64'),
    description: 'メモ',
  });
  return id;
}

describe('reports and exports', () => {
  test('[R-E10] the closed report tells the head of the body when it happened, the cause, the measures, the closing findings and whether deadlines were kept', async () => {
    const o = await seed001Org(t.db);
    const id = await handledIncident(o);
    const sekinin = await signedIn(t, o.sekinin);
    await sekinin.post(`/api/incidents/${id}/contacts`, {
      party: 'ppc',
      partyName: '個人情報保護委員会',
      reportKind: 'prompt',
      sentAt: '2025-05-01T02:00:00.000Z',
      content: '速報を提出',
    });
    const closed = await (await signedIn(t, o.ciso)).post(`/api/incidents/${id}/close`, {
      acceptOpenActions: true,
      note: '持出し台帳の運用開始を確認した。再発の兆候なし。',
    });
    assert.equal(closed.statusCode, 204, closed.body);
    const inc = await t.db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const rows = Object.fromEntries(reportRows(await incidentDetail(t.db, inc), '山口 さくら'));
    assert.equal(rows.発生日時, '令和7年4月25日 17:30');
    assert.equal(rows.原因, '持出し記録がなかった');
    assert.equal(rows.終結時の所見, '持出し台帳の運用開始を確認した。再発の兆候なし。');
    // 4月28日 + 5 暦日 = 5月3日, a holiday in 連休: the next office day 5月7日 binds; the 速報 went on 5月1日.
    assert.match(
      rows.個人情報保護委員会への報告期限,
      /^速報 令和7年5月7日／確報 令和7年5月28日\n暦日で数える/,
    );
    assert.match(rows.期限の遵守, /速報：期限内（期限 令和7年5月7日、報告 令和7年5月1日 11:00）/);
    assert.match(rows.期限の遵守, /確報：未報告（期限 令和7年5月28日）/);
    assert.match(rows.期限の遵守, /媒体の持出しを台帳で管理する：完了せず受入れ（期限 令和7年5月30日）/);
    const pdf = (await (await signedIn(t, o.ciso)).get(`/api/incidents/${id}/report.pdf`)).rawPayload;
    const text = pdfText(pdf).replace(/\s+/g, '');
    for (const want of [
      '発生日時',
      '令和7年4月25日17:30',
      '終結時の所見',
      '再発の兆候なし',
      '期限の遵守',
      '期限内',
    ])
      assert.ok(text.includes(want), `the PDF shows ${want}`);
    // As an image: every page is drawn, and the rows the head reads are there in ink.
    const pages = pdfImages(pdf, 40);
    assert.ok(pages.length >= 1);
    for (const page of pages) {
      const dark = page.pixels.filter((v) => v < 128).length;
      assert.ok(dark > page.width * page.height * 0.01, 'the page carries text and rules');
    }
  });

  test('[R-E10] the report for the head of the body: A4 PDF in Japanese with 和暦 and every item', async () => {
    const o = await seed001Org(t.db);
    const id = await handledIncident(o);
    const c = await signedIn(t, o.ciso);
    const r = await c.get(`/api/incidents/${id}/report.pdf`);
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.headers['content-type'], 'application/pdf');
    assert.equal(r.rawPayload.subarray(0, 5).toString(), '%PDF-');
    assert.match(r.rawPayload.toString('latin1'), /BIZUDPGothic/);
    assert.match(r.rawPayload.toString('latin1'), /\/MediaBox \[0 0 841\.89 595\.28\]/);
    const inc = await t.db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const rows = Object.fromEntries(reportRows(await incidentDetail(t.db, inc), '山口 さくら'));
    assert.equal(rows.発見日時, '令和7年4月28日 10:00');
    assert.match(rows.発見者, /山口 さくら/);
    assert.equal(rows.種別, '端末・記録媒体の紛失・盗難');
    assert.match(rows.報告経路と各時刻, /1\. .*確認済み（通知 令和\d+年\d+月\d+日 \d\d:\d\d、確認 令和/);
    assert.match(rows.報告経路と各時刻, /2\. .*確認待ち/);
    assert.equal(rows.軽微判定, '軽微でない（重要性Iを含む）');
    assert.match(rows.警察等連絡, /警察（萩警察署）その他 令和7年4月28日 12:00：遺失届を提出/);
    assert.match(rows.個人情報保護委員会への報告期限, /^速報 令和7年5月7日/);
    assert.equal(rows.原因, '持出し記録がなかった');
    assert.match(rows.再発防止策, /媒体の持出しを台帳で管理する（期限 令和7年5月30日）：未完了/);
    assert.match(rows.証拠保全, /memo\.txt.*SHA-256 [0-9a-f]{64}/);
    const ev = await auditEvents(t.db, o.org.id);
    assert.ok(ev.some((e) => e.event === 'incidents.report_printed'));
    // The reporter may print their own report; another organization gets 404.
    assert.equal((await (await signedIn(t, o.staff)).get(`/api/incidents/${id}/report.pdf`)).statusCode, 200);
    const other = await signedIn(
      t,
      await makeUser(t.db, await makeOrg(t.db), { functions: ['incidents.read_all'] }),
    );
    assert.equal((await other.get(`/api/incidents/${id}/report.pdf`)).statusCode, 404);
  });

  test('[R-E10] the incident list exports to xlsx and CSV (UTF-8 BOM and Shift_JIS) with 和暦 dates', async () => {
    const o = await seed001Org(t.db);
    const id = await handledIncident(o);
    const c = await signedIn(t, o.ciso);
    const x = await c.get('/api/incidents/export.xlsx');
    assert.equal(x.statusCode, 200, x.body);
    assert.match(String(x.headers['content-type']), /spreadsheetml/);
    const sheet = await readXlsx(x.rawPayload);
    assert.deepEqual(sheet[0].slice(0, 4), ['ID', '発見日時', '件名', '種別']);
    const row = sheet.find((r) => r[0] === id);
    assert.ok(row, 'the incident is a row');
    assert.deepEqual(row.slice(1, 4), [
      '令和7年4月28日 10:00',
      'USBメモリの紛失',
      '端末・記録媒体の紛失・盗難',
    ]);
    assert.equal(row[8], '軽微でない');
    const u = await c.get('/api/incidents/export.csv');
    assert.equal(u.statusCode, 200);
    assert.deepEqual([...u.rawPayload.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.match(u.rawPayload.toString('utf8'), new RegExp(`${id},令和7年4月28日 10:00,USBメモリの紛失`));
    const sj = await c.get('/api/incidents/export.csv?encoding=sjis');
    assert.match(String(sj.headers['content-type']), /Shift_JIS/);
    assert.match(iconv.decode(sj.rawPayload, 'cp932'), /端末・記録媒体の紛失・盗難/);
    const bad = await c.get('/api/incidents/export.csv?encoding=latin1');
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.fields[0].field, 'encoding');
    assert.equal((await (await signedIn(t, o.staff)).get('/api/incidents/export.xlsx')).statusCode, 403);
    const ev = (await auditEvents(t.db, o.org.id)).filter((e) => e.event === 'incidents.exported');
    assert.equal(ev.length, 3);
    // Another organization's export holds none of these incidents.
    const other = await signedIn(
      t,
      await makeUser(t.db, await makeOrg(t.db), { functions: ['incidents.read_all'] }),
    );
    assert.equal((await readXlsx((await other.get('/api/incidents/export.xlsx')).rawPayload)).length, 1);
  });

  test('[R-E10] a reader in English gets the report and the list export in English', async () => {
    const o = await seed001Org(t.db);
    const id = await handledIncident(o);
    const c = await signedIn(t, o.ciso);
    const inc = await t.db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const rows = Object.fromEntries(reportRows(await incidentDetail(t.db, inc), 'Sakura Yamaguchi', 'en'));
    assert.equal(rows.Found, '2025-04-28 10:00');
    assert.equal(rows['Minor case judgement'], 'Not minor (重要性Iを含む)');
    assert.match(rows['Police and other contacts'], /^Police \(萩警察署\) Other 2025-04-28 12:00: /);
    assert.match(rows['Reporting chain and times'], /1\. .*: Received \(notified 20\d\d-/);
    const en = { 'accept-language': 'en' };
    const pdf = await c.request('GET', `/api/incidents/${id}/report.pdf`, undefined, en);
    assert.equal(pdf.statusCode, 200, pdf.body);
    const text = pdfText(pdf.rawPayload).replace(/\s+/g, '');
    for (const want of ['Informationsecurityincidentreport', 'Findingsatclosing', 'Deadlineskept'])
      assert.ok(text.includes(want), `the PDF shows ${want}`);
    const x = await c.request('GET', '/api/incidents/export.xlsx', undefined, en);
    const sheet = await readXlsx(x.rawPayload);
    assert.deepEqual(sheet[0].slice(0, 4), ['ID', 'Found', 'Title', 'Type']);
    assert.equal(sheet.find((r) => r[0] === id)?.[8], 'Not minor');
  });

  test('people to name as owners: the organization’s active people, for handlers only', async () => {
    const o = await seed001Org(t.db);
    const r = await (await signedIn(t, o.sekinin)).get('/api/incidents/people');
    assert.equal(r.statusCode, 200);
    const ids = r.json().items.map((p: { id: string }) => p.id);
    assert.ok(ids.includes(o.staff.id) && ids.includes(o.head.id));
    assert.equal(ids.length, 5);
    assert.equal((await (await signedIn(t, o.staff)).get('/api/incidents/people')).statusCode, 403);
  });

  test('timeline entries written in the same millisecond keep their insertion order', async () => {
    const o = await seed001Org(t.db);
    const id = (await (await signedIn(t, o.staff)).post('/api/incidents', report)).json().id;
    const at = '2025-04-28T02:00:00.000Z';
    const texts = Array.from({ length: 12 }, (_, i) => `entry ${i}`);
    await t.db.transaction().execute(async (trx) => {
      for (const text of texts) await addTimeline(trx, systemActor(o.org.id, 'test'), id, 'note', text, at);
    });
    const d = (await (await signedIn(t, o.kanrisha)).get(`/api/incidents/${id}`)).json();
    const same = d.timeline.filter((e: { at: string }) => e.at === at).map((e: { text: string }) => e.text);
    assert.deepEqual(same, texts);
    const seqs = d.timeline.filter((e: { at: string }) => e.at === at).map((e: { seq: number }) => e.seq);
    assert.deepEqual(
      seqs,
      [...seqs].sort((a, b) => a - b),
    );
  });

  test('[R-G6] a suspension is lifted with a reason: the account is active again, audited, the head told', async () => {
    const o = await seed001Org(t.db);
    const c = await signedIn(t, o.sekinin);
    const vid = (
      await (
        await signedIn(t, o.kanrisha)
      ).post('/api/violations', {
        subjectUserId: o.staff.id,
        description: '私物USBメモリの無断接続',
      })
    ).json().id;
    assert.equal((await c.post(`/api/violations/${vid}/reinstate`, { reason: '早すぎる' })).statusCode, 409);
    await c.post(`/api/violations/${vid}/decide`, { decision: '利用停止', suspendAccess: true });
    const status = async () =>
      (await t.db.selectFrom('users').select('status').where('id', '=', o.staff.id).executeTakeFirstOrThrow())
        .status;
    assert.equal(await status(), 'suspended');
    const bad = await c.post(`/api/violations/${vid}/reinstate`, { reason: '' });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.fields[0].field, 'reason');
    const denied = await (await signedIn(t, o.kanrisha)).post(`/api/violations/${vid}/reinstate`, {
      reason: '研修受講',
    });
    assert.equal(denied.statusCode, 403);
    assert.match(denied.json().error.message, /violations\.manage|違反の受付と措置/);
    const other = await signedIn(
      t,
      await makeUser(t.db, await makeOrg(t.db), { functions: ['violations.manage'] }),
    );
    assert.equal(
      (await other.post(`/api/violations/${vid}/reinstate`, { reason: '研修受講' })).statusCode,
      404,
    );
    const ok = await c.post(`/api/violations/${vid}/reinstate`, { reason: '研修受講を確認' });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.deepEqual(ok.json().headNotified, [o.head.id]);
    assert.equal(await status(), 'active');
    const v = (await c.get('/api/violations')).json().items.find((x: { id: string }) => x.id === vid);
    assert.equal(v.status, 'reinstated');
    assert.equal(v.reinstate_reason, '研修受講を確認');
    const ev = (await auditEvents(t.db, o.org.id)).find((e) => e.event === 'violations.access_reinstated');
    assert.ok(ev, 'the reinstatement is audited');
    assert.equal((await c.post(`/api/violations/${vid}/reinstate`, { reason: '二度目' })).statusCode, 409);
  });

  test('[R-A3] the required plan sections come from the policy’s own list', async () => {
    const o = await seed001Org(t.db);
    const c = await signedIn(t, o.ciso);
    const before = (await c.get('/api/emergency-plan')).json();
    assert.equal(before.requiredSource, 'default');
    const file = '001-hagi-nagato-seiso.txt';
    const bytes = fs.readFileSync(path.join(import.meta.dirname, '../../../samples/policies', file));
    const prepared = await prepareFromBytes(bytes);
    await t.db.transaction().execute(async (trx) => {
      const actor = systemActor(o.org.id, 'test');
      const { versionId } = await importVersionIn(trx, actor, prepared, { fileName: file });
      await setInForceIn(trx, actor, versionId);
    });
    const now = (await c.get('/api/emergency-plan')).json();
    assert.equal(now.requiredSource, 'policy');
    assert.equal(now.requiredClause, '第2章/7./(3)/②');
    assert.deepEqual(now.required, [
      { key: 'reporting', title: '発生した事案に係る報告すべき事項' },
      { key: 'response', title: '発生した事案への対応措置' },
      { key: 'prevention', title: '再発防止措置の策定' },
    ]);
    // The editor cannot drop a section the policy requires.
    const refused = await c.put('/api/emergency-plan', {
      title: '緊急時対応計画',
      required: [{ key: 'reporting', title: '報告すべき事項' }],
      sections: [{ key: 'reporting', title: '報告すべき事項', body: '発見日時、発見者' }],
    });
    assert.equal(refused.statusCode, 400);
    assert.deepEqual(
      refused.json().error.fields.map((f: { field: string }) => f.field),
      ['sections.response', 'sections.prevention'],
    );
  });
});
