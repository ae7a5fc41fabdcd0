import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import { signedIn, testAppPerFile } from '../../../test/support/http.ts';
import {
  horizontalRules,
  type PageImage,
  pdfImages,
  pdfPages,
  pdfShowing,
  verticalRules,
} from '../../../test/support/pdf.ts';
import { approveFn } from './functions.ts';
import { addType, decideAs, file, person } from './testkit.ts';

const t = testAppPerFile();

/** Groups of adjacent rows/columns (a rule drawn 2 px wide is one rule). */
const groups = (xs: number[]) => xs.filter((x, i) => i === 0 || x - xs[i - 1] > 1).length;

/** The part of a page image inside a box (fractions of width and height). */
function crop(img: PageImage, x0: number, y0: number, x1: number, y1: number): PageImage {
  const [l, tp, r, b] = [
    Math.floor(img.width * x0),
    Math.floor(img.height * y0),
    Math.floor(img.width * x1),
    Math.floor(img.height * y1),
  ];
  const pixels = new Uint8Array((r - l) * (b - tp));
  for (let y = tp; y < b; y++)
    pixels.set(img.pixels.subarray(y * img.width + l, y * img.width + r), (y - tp) * (r - l));
  return { width: r - l, height: b - tp, pixels, png: img.png };
}

async function takeOut() {
  const org = await makeOrg(t.db, '萩・長門清掃一部事務組合');
  const typeId = await addType(t, org, 'take_out_001');
  // The body cites its own clause in the type editor (a template carries none).
  await t.db
    .updateTable('request_types')
    .set({ clause_path: '第2章/5./(1)/③/(ア)' })
    .where('id', '=', typeId)
    .execute();
  const staff = await person(t, org);
  await t.db
    .updateTable('users')
    .set({ display_name: '山口 太郎' })
    .where('id', '=', staff.user.id)
    .execute();
  const approverUser = await makeUser(t.db, org, {
    functions: [approveFn('take_out')],
    roleName: '情報セキュリティ管理者',
  });
  await t.db
    .updateTable('users')
    .set({ display_name: '佐藤 花子' })
    .where('id', '=', approverUser.id)
    .execute();
  const approver = await signedIn(t, approverUser);
  const id = await file(
    staff.c,
    typeId,
    {
      asset: 'A-001',
      take_out_date: '令和8年6月1日',
      return_due: 'R8.6.3',
      destination: '長門支所',
      purpose: '会議資料',
    },
    '重要性II',
  );
  await t.db
    .updateTable('requests')
    .set({ submitted_at: '2026-05-29T00:05:00.000Z' })
    .where('id', '=', id)
    .execute();
  return { org, staff, approver, id };
}

describe('申請書 and 許可書', () => {
  test('[R-E3] the 申請書 prints the body, 和暦 dates, JST time, the clause and 決裁 boxes titled by the body’s roles', async () => {
    const { staff, id } = await takeOut();
    const r = await staff.c.get(`/api/requests/${id}/forms/application`);
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.headers['content-type'], 'application/pdf');
    assert.match(
      decodeURIComponent(String(r.headers['content-disposition'])),
      /萩・長門清掃一部事務組合_情報資産の持出し許可申請書_2026-05-29\.pdf/,
    );
    const size = pdfPages(r.rawPayload);
    assert.deepEqual([size.pages, Math.round(size.width), Math.round(size.height)], [1, 595, 842]);
    const text = pdfShowing(r.rawPayload, [
      '情報資産の持出し許可申請書',
      '萩・長門清掃一部事務組合',
      '令和8年5月29日',
      '令和8年6月1日',
      '令和8年6月3日',
      '令和8年5月29日 09:05',
      '情報セキュリティ管理者',
      '山口 太郎',
      '長門支所',
      '重要性II',
      '根拠条項',
    ]);
    assert.doesNotMatch(text, /2026-0/);
    // 受付番号 as the body numbers its requests in the 年度, never an id's hex tail.
    assert.match(text, /受付番号\s*令和8年度第\d+号/);
    // The 決裁 boxes are ruled: top right, three horizontal rules (top, under the title, bottom) and two vertical ones.
    const [page] = pdfImages(r.rawPayload, 72);
    const box = crop(page, 0.6, 0, 1, 0.2);
    assert.ok(groups(horizontalRules(box, 50)) >= 3, 'box rows');
    assert.ok(groups(verticalRules(box, 40)) >= 2, 'box sides');
    // The particulars are a ruled table across the page.
    assert.ok(
      groups(horizontalRules(crop(page, 0, 0.3, 1, 1), Math.floor(page.width * 0.6))) >= 6,
      'table rows',
    );
  });

  test('[R-E3] the 許可書 is printed only once granted, with the decision in its box in Japan time', async () => {
    const { staff, approver, id } = await takeOut();
    const early = await staff.c.get(`/api/requests/${id}/forms/permit`);
    assert.equal(early.statusCode, 409);
    assert.equal(early.json().error.code, 'requests.not_granted');
    assert.equal((await decideAs(approver, id)).statusCode, 200);
    // 01:23 UTC is 10:23 in Japan.
    await t.db
      .updateTable('requests')
      .set({ decided_at: '2026-06-01T01:23:00.000Z' })
      .where('id', '=', id)
      .execute();
    await t.db
      .updateTable('request_decisions')
      .set({ decided_at: '2026-06-01T01:23:00.000Z' })
      .where('request_id', '=', id)
      .execute();
    const r = await staff.c.get(`/api/requests/${id}/forms/permit`);
    assert.equal(r.statusCode, 200, r.body);
    const text = pdfShowing(r.rawPayload, [
      '情報資産の持出し許可書',
      '許可日時',
      '令和8年6月1日 10:23',
      'R8.6.1 10:23',
      '佐藤 花子',
      '情報セキュリティ管理者',
      '返却期限',
      '下記のとおり許可します',
    ]);
    assert.doesNotMatch(text, /01:23/);
    const [page] = pdfImages(r.rawPayload, 72);
    assert.ok(groups(horizontalRules(crop(page, 0.6, 0, 1, 0.2), 50)) >= 3, 'box rows');
    const other = await makeOrg(t.db);
    const stranger = await person(t, other, ['requests.read_all']);
    assert.equal((await stranger.c.get(`/api/requests/${id}/forms/permit`)).statusCode, 404);
    // A reader in English gets the same permit in English, ISO dates.
    const en = await staff.c.request('GET', `/api/requests/${id}/forms/permit`, undefined, {
      'accept-language': 'en',
    });
    assert.equal(en.statusCode, 200, en.body);
    const english = pdfShowing(en.rawPayload, [
      'Permit:',
      'Permitted',
      '2026-06-01 10:23',
      'Approved',
      'Return by',
      'is permitted as follows',
      'Particulars',
    ]);
    assert.doesNotMatch(english, /許可書|令和/);
  });

  test('[R-E3] where the policy names the roles for the asset’s level, the boxes carry them and the 許可書 is signed with the role the approver holds', async () => {
    const { org, staff, approver, id } = await takeOut();
    // The chain frozen with the request: either role of the policy's two for the level may approve.
    const req = await t.db
      .selectFrom('requests')
      .select('definition')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const def = JSON.parse(req.definition);
    def.chain[0].roles = ['情報セキュリティ管理者', '情報セキュリティ責任者'];
    await t.db
      .updateTable('requests')
      .set({ definition: JSON.stringify(def) })
      .where('id', '=', id)
      .execute();
    await makeUser(t.db, org, { functions: [approveFn('take_out')], roleName: '情報セキュリティ責任者' });
    assert.equal((await decideAs(approver, id)).statusCode, 200);
    const r = await staff.c.get(`/api/requests/${id}/forms/permit`);
    assert.equal(r.statusCode, 200, r.body);
    const text = pdfShowing(r.rawPayload, ['情報資産の持出し許可書', '佐藤 花子']);
    // 佐藤 花子 holds 情報セキュリティ管理者 only: the permit does not sign her as 責任者 too.
    assert.match(text, /情報セキュリティ管理者\s+佐藤 花子/);
    assert.doesNotMatch(text, /情報セキュリティ責任者\s+佐藤 花子/);
  });
});
