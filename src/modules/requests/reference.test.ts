/** 受付番号: a readable serial per organization and 年度, stored with the request and audited with it. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { auditEvents, testAppPerFile } from '../../../test/support/http.ts';
import { todayJst } from '../../shared/business-days.ts';
import { fiscalYearOf, fiscalYearWareki } from '../../shared/wareki.ts';
import { referenceText } from './reference.ts';
import { numberExisting } from './reference-backfill.ts';
import { file, takeOut, takeOutSetup } from './testkit.ts';

const t = testAppPerFile();

describe('request references', () => {
  test('the 年度 runs April to March in JST, written in 和暦 as offices write it', () => {
    assert.equal(fiscalYearOf('2026-04-01'), 2026);
    assert.equal(fiscalYearOf('2027-03-31'), 2026);
    assert.equal(fiscalYearWareki(2026), '令和8');
    assert.equal(fiscalYearWareki(2019), '令和元');
    assert.equal(fiscalYearWareki(1988), '昭和63');
    assert.equal(referenceText('ja', { fiscalYear: 2026, serial: 12 }), '令和8年度第12号');
    assert.equal(referenceText('en', { fiscalYear: 2026, serial: 12 }), 'FY2026-12');
  });

  test('each request of a body takes the next number of the 年度, stored, unique per body and audited with it', async () => {
    const a = await takeOutSetup(t);
    const first = await file(a.staff.c, a.typeId, takeOut, '重要性II');
    const second = await file(a.staff.c, a.typeId, takeOut, '重要性II');
    const fy = fiscalYearOf(todayJst());
    const ref = async (id: string) => (await a.staff.c.get(`/api/requests/${id}`)).json().reference;
    assert.deepEqual(await ref(first), { fiscalYear: fy, serial: 1 });
    assert.deepEqual(await ref(second), { fiscalYear: fy, serial: 2 });
    // Another body counts from 1 on its own.
    const b = await takeOutSetup(t);
    const other = await file(b.staff.c, b.typeId, takeOut, '重要性II');
    assert.deepEqual(await ref.call(null, first), { fiscalYear: fy, serial: 1 });
    assert.deepEqual((await b.staff.c.get(`/api/requests/${other}`)).json().reference, {
      fiscalYear: fy,
      serial: 1,
    });
    // The inbox shows it too.
    const inbox = (await a.approver.c.get('/api/requests/inbox')).json();
    assert.deepEqual(
      inbox.approvals.map((r: { reference: { serial: number } }) => r.reference.serial),
      [1, 2],
    );
    // Audited in the request's own event.
    const submitted = (await auditEvents(t.db, a.org.id)).find(
      (e) => e.event === 'requests.submitted' && e.target_id === second,
    );
    const data = JSON.parse(submitted?.data ?? '{}');
    assert.equal(data.serial, 2);
    assert.equal(data.fiscalYear, fy);
    assert.equal(data.reference, `${fiscalYearWareki(fy)}年度第2号`);
    // The database refuses a second request with the same number in the body.
    await assert.rejects(t.db.updateTable('requests').set({ serial: 1 }).where('id', '=', second).execute());
  });

  test('requests filed at the same moment each take their own number (the counter row orders them)', async () => {
    const a = await takeOutSetup(t);
    // The first sets up the body's classification scheme the test assets are registered under.
    const ids = [await file(a.staff.c, a.typeId, takeOut, '重要性II')];
    ids.push(
      ...(await Promise.all(Array.from({ length: 5 }, () => file(a.staff.c, a.typeId, takeOut, '重要性II')))),
    );
    const serials = await Promise.all(
      ids.map(async (id) => (await a.staff.c.get(`/api/requests/${id}`)).json().reference.serial as number),
    );
    assert.deepEqual(
      [...serials].sort((x, y) => x - y),
      [1, 2, 3, 4, 5, 6],
    );
  });

  test('rows filed before the numbering get one by the migration, in the order they were filed, per 年度', async () => {
    const a = await takeOutSetup(t);
    const ids = [
      await file(a.staff.c, a.typeId, takeOut, '重要性II'),
      await file(a.staff.c, a.typeId, takeOut, '重要性II'),
      await file(a.staff.c, a.typeId, takeOut, '重要性II'),
    ];
    // As the rows were before 0430: no number, no counter; filed 31 March and 1 April (JST) of 2026.
    const at = ['2026-03-31T14:59:00.000Z', '2026-03-31T15:00:00.000Z', '2026-04-02T00:00:00.000Z'];
    for (const [i, id] of ids.entries())
      await t.db
        .updateTable('requests')
        .set({ fiscal_year: null, serial: null, submitted_at: at[i] })
        .where('id', '=', id)
        .execute();
    await t.db.deleteFrom('request_serials').where('organization_id', '=', a.org.id).execute();
    await numberExisting(t.db);
    const rows = await t.db
      .selectFrom('requests')
      .select(['id', 'fiscal_year', 'serial'])
      .where('organization_id', '=', a.org.id)
      .execute();
    const got = (id: string) => rows.find((r) => r.id === id);
    assert.deepEqual([got(ids[0])?.fiscal_year, got(ids[0])?.serial], [2025, 1]);
    assert.deepEqual([got(ids[1])?.fiscal_year, got(ids[1])?.serial], [2026, 1]);
    assert.deepEqual([got(ids[2])?.fiscal_year, got(ids[2])?.serial], [2026, 2]);
    // The counter goes on after them.
    const next = await file(a.staff.c, a.typeId, takeOut, '重要性II');
    const fy = fiscalYearOf(todayJst());
    const expected = fy === 2026 ? 3 : 1;
    assert.equal((await a.staff.c.get(`/api/requests/${next}`)).json().reference.serial, expected);
  });
});
