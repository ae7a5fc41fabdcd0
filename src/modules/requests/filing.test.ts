import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import { signedIn, testAppPerFile } from '../../../test/support/http.ts';
import { createUnit } from '../org/service.ts';
import { approveFn } from './functions.ts';
import { addType, decideAs, person, registeredAsset } from './testkit.ts';

const t = testAppPerFile();

const values = {
  take_out_date: '2026-06-01',
  return_due: '2026-06-03',
  destination: '本庁舎',
  purpose: '会議資料',
};

describe('staff file a take-out about the assets they know', () => {
  test('[R-E3] staff without register access choose from their unit’s assets or type the number; approver and 記録簿 show number and name', async () => {
    const org = await makeOrg(t.db);
    const typeId = await addType(t, org, 'take_out_001');
    const mine = await registeredAsset(t, org, 'PC-001', '重要性II');
    const theirs = await registeredAsset(t, org, 'PC-900', '重要性II');
    const other = await t.db
      .transaction()
      .execute((trx) => createUnit(trx, org.actor, { name: '税務課', kind: '課' }));
    await t.db.updateTable('assets').set({ owner_unit_id: other }).where('id', '=', theirs).execute();
    const staff = await person(t, org);
    const approver = await signedIn(t, await makeUser(t.db, org, { functions: [approveFn('take_out')] }));

    const list = (await staff.c.get('/api/requests/assets')).json().items as { id: string; number: string }[];
    assert.deepEqual(
      list.map((a) => a.number),
      ['PC-001'],
      'their unit’s asset, not another unit’s',
    );
    const chosen = await staff.c.post('/api/requests', { typeId, values: { ...values, asset: list[0].id } });
    assert.equal(chosen.statusCode, 201, chosen.body);
    const byNumber = await staff.c.post('/api/requests', {
      typeId,
      values: { ...values, asset: ' PC-001 ' },
    });
    assert.equal(byNumber.statusCode, 201, byNumber.body);
    const unknown = await staff.c.post('/api/requests', { typeId, values: { ...values, asset: 'PC-404' } });
    assert.equal(unknown.statusCode, 400);
    assert.match(unknown.json().error.fields[0].message, /番号の情報資産は台帳にありません/);

    const d = (await approver.get(`/api/requests/${byNumber.json().id}`)).json();
    assert.equal(d.assetId, mine, 'the number became the register’s asset');
    assert.equal(d.assetLabel, 'PC-001 資産 PC-001', 'the approver sees number and name');
    assert.equal(d.assetClass, '重要性II');
    assert.equal((await decideAs(approver, byNumber.json().id)).statusCode, 200);
    const seen = (await approver.get('/api/requests/records?kind=carry')).json().items;
    assert.equal(seen.length, 1, 'the approver sees the 記録簿 of what they approved');
    assert.match(seen[0].asset, /PC-001/);
    assert.doesNotMatch(JSON.stringify(seen[0].asset), new RegExp(mine));
  });
});
