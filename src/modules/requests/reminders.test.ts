import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeOrg } from '../../../test/support/factories.ts';
import { auditEvents, testAppPerFile } from '../../../test/support/http.ts';
import { noticesTo } from '../../../test/support/notices.ts';
import { JobRunner } from '../jobs/runner.ts';
import { approveFn } from './functions.ts';
import { reminderDay, sweep } from './reminders.ts';
import { addType, decideAs, file, person, takeOutSetup } from './testkit.ts';

const t = testAppPerFile();

const notes = (userId: string) => noticesTo(t.db, userId);

describe('reminders and escalation', () => {
  test('reminders skip holidays: due after Golden Week, reminded on the last office day before', async () => {
    assert.equal(reminderDay('2026-05-07'), '2026-05-01');
    assert.equal(reminderDay('2027-01-04'), '2026-12-28');
    const { org, typeId, staff, approver } = await takeOutSetup(t);
    const id = await file(
      staff.c,
      typeId,
      { asset: 'A', take_out_date: '2026-04-30', return_due: '2026-05-07', destination: 'x', purpose: 'y' },
      '重要性I',
    );
    await decideAs(approver.c, id);
    const before = (await notes(staff.user.id)).length;
    await sweep(t.db, '2026-05-06');
    assert.equal((await notes(staff.user.id)).length, before, 'no reminder on a holiday');
    await sweep(t.db, '2026-05-01');
    await sweep(t.db, '2026-05-01');
    const after1 = await notes(staff.user.id);
    assert.equal(after1.length, before + 1, 'one reminder, once');
    assert.equal(after1.at(-1)?.title, '返却予定日が近づいています');
    await sweep(t.db, '2026-05-08');
    assert.equal((await notes(staff.user.id)).at(-1)?.title, '返却期限を過ぎています');
    assert.ok((await notes(approver.user.id)).some((n) => n.title === '返却期限を過ぎています'));
    const ev = (await auditEvents(t.db, org.id))
      .filter((e) => e.event === 'requests.reminded')
      .map((e) => JSON.parse(e.data).kind);
    assert.deepEqual(ev, ['due_soon', 'overdue']);
  });

  test('a step waiting too long alerts its holders, run as a job', async () => {
    const org = await makeOrg(t.db);
    const typeId = await addType(t, org, 'security_setting_001');
    const staff = await person(t, org);
    const approver = await person(t, org, [approveFn('security_setting')]);
    const id = await file(staff.c, typeId, { setting: 's', change_date: '2026-07-01', purpose: 'p' });
    await t.db
      .updateTable('requests')
      .set({ step_started_at: '2026-07-01T00:00:00.000Z' })
      .where('id', '=', id)
      .execute();
    assert.equal((await sweep(t.db, '2026-07-03')).escalated, 0);
    assert.equal((await sweep(t.db, '2026-07-06')).escalated, 1);
    assert.equal((await sweep(t.db, '2026-07-07')).escalated, 0, 'once per step');
    assert.ok((await notes(approver.user.id)).some((n) => n.title === '承認待ちが滞っています'));
    const ev = (await auditEvents(t.db, org.id)).find((e) => e.event === 'requests.escalated');
    assert.equal(JSON.parse(ev?.data ?? '{}').notified, 1);
    // The hourly schedule runs the sweep through the queue.
    const runner = new JobRunner(t.db, { id: 'test' });
    await runner.tick();
    const job = await t.db
      .selectFrom('jobs')
      .selectAll()
      .where('kind', '=', 'requests.sweep')
      .executeTakeFirstOrThrow();
    assert.equal(job.status, 'done');
  });
});
