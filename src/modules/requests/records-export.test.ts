import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import iconv from 'iconv-lite';
import { makeOrg } from '../../../test/support/factories.ts';
import { auditEvents, exportEvents, testAppPerFile } from '../../../test/support/http.ts';
import {
  horizontalRules,
  pdfImages,
  pdfPages,
  pdfShowing,
  pdfText,
  verticalRules,
} from '../../../test/support/pdf.ts';
import { todayJst } from '../../shared/business-days.ts';
import { readXlsx } from '../../shared/xlsx.ts';
import { approveFn, MANAGE_TYPES } from './functions.ts';
import { addType, decideAs, file, person } from './testkit.ts';

const t = testAppPerFile();

/** A returned take-out whose record holds known dates: out on 2026-12-06, back 2026-06-01 10:23 JST. */
async function returnedTakeOut() {
  const org = await makeOrg(t.db, '萩・長門清掃一部事務組合');
  const typeId = await addType(t, org, 'take_out_001');
  const staff = await person(t, org, ['requests.read_all']);
  const approver = await person(t, org, [approveFn('take_out')]);
  const id = await file(staff.c, typeId, {
    asset: 'A-001',
    take_out_date: '2026-12-06',
    return_due: '2026-12-16',
    destination: '本庁舎',
    purpose: '会議資料',
  });
  assert.equal((await decideAs(approver.c, id)).statusCode, 200);
  assert.equal((await staff.c.post(`/api/requests/${id}/return`)).statusCode, 200);
  // 01:23 UTC is 10:23 in Japan: the time the office saw on the clock.
  await t.db
    .updateTable('request_records')
    .set({ returned_at: '2026-06-01T01:23:00.000Z' })
    .where('request_id', '=', id)
    .execute();
  return { org, staff, id };
}

/** The file name a browser saves, from the RFC 5987 `filename*`. */
const savedName = (disposition: string) =>
  decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? '');

describe('記録簿 exports', () => {
  test('[R-E3] 返却日時 prints in Japan time (10:23), not UTC (01:23), in CSV, Excel and PDF', async () => {
    const { staff } = await returnedTakeOut();
    const csv = await staff.c.get('/api/requests/records/export?kind=carry&format=csv');
    assert.equal(csv.statusCode, 200, csv.body);
    assert.match(csv.body, /2026-06-01 10:23/);
    assert.doesNotMatch(csv.body, /01:23/);
    const xlsx = await readXlsx(
      (await staff.c.get('/api/requests/records/export?kind=carry&format=xlsx')).rawPayload,
    );
    const col = xlsx[0].indexOf('返却日時');
    assert.equal(xlsx[1][col], '2026-06-01 10:23');
    const pdf = await staff.c.get('/api/requests/records/export?kind=carry&format=pdf');
    const text = pdfText(pdf.rawPayload);
    assert.match(text, /令和8年6月1日 10:23/);
    assert.doesNotMatch(text, /01:23/);
  });

  test('PDF dates are in 和暦 like its header and never break across lines (no 2026-12-0/6)', async () => {
    const { staff } = await returnedTakeOut();
    const pdf = await staff.c.get('/api/requests/records/export?kind=carry&format=pdf');
    const text = pdfText(pdf.rawPayload);
    assert.match(text, /出力日 令和\d+年\d+月\d+日/);
    assert.match(text, /令和8年12月6日/);
    assert.match(text, /令和8年12月16日/);
    assert.doesNotMatch(text, /2026-12-0/);
  });

  test('a reader in English gets the printed 記録簿 in English with ISO dates in Japan time', async () => {
    const { staff } = await returnedTakeOut();
    const pdf = await staff.c.request(
      'GET',
      '/api/requests/records/export?kind=carry&format=pdf',
      undefined,
      {
        'accept-language': 'en',
      },
    );
    assert.equal(pdf.statusCode, 200, pdf.body);
    const text = pdfShowing(pdf.rawPayload, [
      'Take-out / bring-in register',
      'printed 20',
      'Returned',
      '2026-06-01 10:23',
      '2026-12-16',
      'Checked',
      'Manager',
    ]);
    assert.doesNotMatch(text, /令和|出力日/);
  });

  test('each download is named by body, book, date and encoding; the two CSVs differ', async () => {
    const { staff } = await returnedTakeOut();
    const names = [];
    for (const format of ['csv', 'csv-sjis', 'pdf', 'xlsx']) {
      const r = await staff.c.get(`/api/requests/records/export?kind=carry&format=${format}`);
      assert.equal(r.statusCode, 200, r.body);
      const disposition = String(r.headers['content-disposition']);
      assert.match(disposition, /^attachment; filename="records-carry-[0-9-]+[^"]*"/);
      names.push(savedName(disposition));
    }
    const day = todayJst();
    assert.deepEqual(names, [
      `萩・長門清掃一部事務組合_持出し・持込み記録簿_${day}_UTF-8.csv`,
      `萩・長門清掃一部事務組合_持出し・持込み記録簿_${day}_Shift_JIS.csv`,
      `萩・長門清掃一部事務組合_持出し・持込み記録簿_${day}.pdf`,
      `萩・長門清掃一部事務組合_持出し・持込み記録簿_${day}.xlsx`,
    ]);
  });

  test('[R-E5] every 記録簿 download is audited with its format and rows; a refused Shift_JIS file is not', async () => {
    const { org, staff, id } = await returnedTakeOut();
    for (const format of ['csv', 'csv-sjis', 'pdf', 'xlsx'])
      assert.equal(
        (await staff.c.get(`/api/requests/records/export?kind=carry&format=${format}`)).statusCode,
        200,
      );
    const book = '持出し・持込み記録簿';
    assert.deepEqual(await exportEvents(t.db, org.id), [
      { type: 'request_record', id: 'carry', book, format: 'csv-utf8', count: 1 },
      { type: 'request_record', id: 'carry', book, format: 'csv-sjis', count: 1 },
      { type: 'request_record', id: 'carry', book, format: 'pdf', count: 1 },
      { type: 'request_record', id: 'carry', book, format: 'xlsx', count: 1 },
    ]);
    const events = await auditEvents(t.db, org.id);
    assert.equal(events.at(-1)?.actor_id, staff.user.id);
    await t.db
      .updateTable('request_records')
      .set({ person_label: '𠮷田 太郎' })
      .where('request_id', '=', id)
      .execute();
    const refused = await staff.c.get('/api/requests/records/export?kind=carry&format=csv-sjis');
    assert.equal(refused.statusCode, 409);
    assert.equal((await exportEvents(t.db, org.id)).length, 4);
  });

  test('Shift_JIS export lists the rows it cannot hold (𠮷) instead of writing 「?」; UTF-8 keeps them', async () => {
    const { staff, id } = await returnedTakeOut();
    await t.db
      .updateTable('request_records')
      .set({ person_label: '𠮷田 太郎' })
      .where('request_id', '=', id)
      .execute();
    const sjis = await staff.c.get('/api/requests/records/export?kind=carry&format=csv-sjis');
    assert.equal(sjis.statusCode, 409, sjis.body);
    const err = sjis.json().error;
    assert.equal(err.code, 'csv.sjis_unencodable');
    assert.match(err.message, /𠮷/);
    assert.match(err.message, /UTF-8/);
    assert.deepEqual(
      err.fields.map((f: { field: string }) => f.field),
      ['2:申請者・所属'],
    );
    assert.match(err.fields[0].message, /2 行目「申請者・所属」: 𠮷/);
    const utf8 = await staff.c.get('/api/requests/records/export?kind=carry&format=csv');
    assert.equal(utf8.statusCode, 200);
    assert.match(utf8.body, /𠮷田 太郎/);
    // Characters Shift_JIS does hold still go out in Shift_JIS.
    await t.db
      .updateTable('request_records')
      .set({ person_label: '髙橋 太郎' })
      .where('request_id', '=', id)
      .execute();
    const ok = await staff.c.get('/api/requests/records/export?kind=carry&format=csv-sjis');
    assert.equal(ok.statusCode, 200);
    assert.match(iconv.decode(ok.rawPayload, 'cp932'), /髙橋 太郎/);
  });

  test('[R-E3] each body prints its 記録簿 in its own layout: columns, order, headings, title, boxes (audited)', async () => {
    const { org, staff } = await returnedTakeOut();
    const admin = await person(t, org, [MANAGE_TYPES]);
    const layout = {
      title: '情報資産持出簿',
      columns: [
        { key: 'returned', heading: '返却確認日時' },
        { key: 'date', heading: '持出日' },
        { key: 'person' },
        { key: 'destination', heading: '行き先' },
      ],
      stamps: ['係長', '課長', '情報政策課長'],
    };
    assert.equal((await staff.c.put('/api/requests/records/layouts/carry', layout)).statusCode, 403);
    const bad = await admin.c.put('/api/requests/records/layouts/carry', {
      ...layout,
      columns: [{ key: 'nope' }],
    });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.fields[0].field, 'columns.0.key');
    assert.equal((await admin.c.put('/api/requests/records/layouts/carry', layout)).statusCode, 204);
    const got = (await staff.c.get('/api/requests/records/layouts/carry')).json();
    assert.deepEqual(
      got.columns.map((c: { heading: string }) => c.heading),
      ['返却確認日時', '持出日', '申請者・所属', '行き先'],
    );
    assert.ok(got.available.length >= 10);
    const csv = await staff.c.get('/api/requests/records/export?kind=carry&format=csv');
    assert.match(csv.body, /^\ufeff?返却確認日時,持出日,申請者・所属,行き先\r\n2026-06-01 10:23,2026-12-06,/);
    assert.match(decodeURIComponent(String(csv.headers['content-disposition'])), /_情報資産持出簿_/);
    const pdf = await staff.c.get('/api/requests/records/export?kind=carry&format=pdf');
    pdfShowing(pdf.rawPayload, [
      '情報資産持出簿',
      '係長',
      '課長',
      '情報政策課長',
      '返却確認日時',
      '令和8年6月1日 10:23',
      '令和8年12月6日',
    ]);
    // A4 landscape, ruled: the table's rows and columns and the sign-off boxes are drawn lines.
    const size = pdfPages(pdf.rawPayload);
    assert.deepEqual([Math.round(size.width), Math.round(size.height)], [842, 595]);
    const [page] = pdfImages(pdf.rawPayload, 72);
    const rules = horizontalRules(page, Math.floor(page.width * 0.8));
    assert.ok(rules.filter((y, i) => i === 0 || y - rules[i - 1] > 1).length >= 3, 'table rules');
    assert.ok(
      verticalRules(page, 20).filter((x, i, a) => i === 0 || x - a[i - 1] > 1).length >= 5 + 4,
      'column and box rules',
    );
    const ev = (await auditEvents(t.db, org.id)).filter((e) => e.event === 'requests.record_layout_set');
    assert.equal(ev.length, 1);
    const data = JSON.parse(ev[0].data);
    assert.equal(data.before, null);
    assert.deepEqual(data.after.stamps, ['係長', '課長', '情報政策課長']);
    // Another body keeps the default layout.
    const other = await returnedTakeOut();
    const theirs = await other.staff.c.get('/api/requests/records/export?kind=carry&format=csv');
    assert.match(theirs.body, /^\ufeff?日付,区分,申請者・所属/);
    // Back to the default, audited too.
    assert.equal((await admin.c.del('/api/requests/records/layouts/carry')).statusCode, 204);
    assert.match(
      (await staff.c.get('/api/requests/records/export?kind=carry&format=csv')).body,
      /^\ufeff?日付,区分/,
    );
    assert.equal(
      (await auditEvents(t.db, org.id)).filter((e) => e.event === 'requests.record_layout_set').length,
      2,
    );
  });
});
