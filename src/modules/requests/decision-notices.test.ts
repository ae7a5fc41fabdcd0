import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testAppPerFile } from '../../../test/support/http.ts';
import { decideAs, file, takeOut, takeOutSetup } from './testkit.ts';

const t = testAppPerFile();

const noticesOf = async (userId: string) =>
  (
    await t.db
      .selectFrom('notifications')
      .select(['code', 'link'])
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute()
  ).map((n) => `${n.code} ${n.link}`);

test('[R-E3] the requester is told of the grant and of a rejection; a requester no longer active is not', async () => {
  const { typeId, staff, approver } = await takeOutSetup(t);

  const granted = await file(staff.c, typeId, takeOut);
  assert.equal((await decideAs(approver.c, granted)).statusCode, 200);
  const rejected = await file(staff.c, typeId, takeOut);
  assert.equal((await decideAs(approver.c, rejected, 'reject')).statusCode, 200);
  assert.deepEqual(await noticesOf(staff.user.id), [
    `notice.requests.approved_due /requests/${granted}`,
    `notice.requests.rejected /requests/${rejected}`,
  ]);

  const pending = await file(staff.c, typeId, takeOut);
  await t.db.updateTable('users').set({ status: 'retired' }).where('id', '=', staff.user.id).execute();
  const r = await decideAs(approver.c, pending);
  assert.equal(r.statusCode, 200, r.body);
  assert.equal(r.json().status, 'approved');
  assert.equal((await noticesOf(staff.user.id)).length, 2, 'no notice to a retired requester');
});
