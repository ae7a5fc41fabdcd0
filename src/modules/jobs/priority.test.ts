import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testDatabase } from '../../../test/support/db.ts';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import type { Database } from '../../db/connect.ts';
import { addMessages } from '../../i18n/index.ts';
import { ESCALATE_JOB } from '../incidents/escalation.ts';
import { en, ja } from '../incidents/messages.ts';
import '../notifications/index.ts';
import { rowWhereOrThrow } from '../../db/rows-in-org.ts';
import { DELIVER_MAIL, notify } from '../notifications/service.ts';
import { enqueue, enqueueAll, registerJobHandler } from './queue.ts';
import { JobRunner } from './runner.ts';

let database: Database;
before(async () => {
  addMessages(ja, en); // the incident chain's notice, as the app's registry adds it
  database = await testDatabase({ poolSize: 6 });
});
after(() => database.close());

const statusOf = async (id: string) =>
  (await rowWhereOrThrow(database.db, 'jobs', { id }, ['status'])).status;

describe('job queue: priorities, concurrency, retention', () => {
  test('[R-E10] an incident escalation and its mail run before a queue of 1,000 mailing jobs', async () => {
    const db = database.db;
    const org = await makeOrg(db);
    const user = await makeUser(db, org);
    await db.updateTable('users').set({ email: 'kanri@example.lg.jp' }).where('id', '=', user.id).execute();
    // A mailing to the whole staff went into the queue first (ordinary mail, due long ago).
    const mailing = await enqueueAll(
      db,
      DELIVER_MAIL,
      Array.from({ length: 1000 }, (_, i) => ({ mailId: `none-${i}` })),
      '2026-03-01T00:00:00.000Z',
    );
    // The escalation sweep is due now: one job slot, one job — it is the escalation, not the mailing.
    const runner = new JobRunner(db, { id: 'p', batch: 1, concurrency: 1 });
    assert.equal(await runner.tick('2026-03-01T00:05:00.000Z'), 1);
    const escalation = await rowWhereOrThrow(db, 'jobs', { kind: ESCALATE_JOB }, ['status', 'priority']);
    assert.equal(escalation.status, 'done');
    assert.equal(escalation.priority, 0);
    assert.equal(await statusOf(mailing[0]), 'queued');
    // The escalation's notice (as the incident chain sends it) is mailed before the mailing too.
    await db.transaction().execute((trx) =>
      notify(trx, org.id, [user.id], {
        code: 'notice.incidents.step',
        params: { step: '情報セキュリティ責任者' },
        priority: 'urgent',
      }),
    );
    const urgentMail = await rowWhereOrThrow(db, 'jobs', { kind: DELIVER_MAIL, priority: 0 }, [
      'id',
      'priority',
    ]);
    assert.equal(await runner.tick(), 1, 'now: the mail and the whole mailing are due');
    assert.equal(await statusOf(urgentMail.id), 'done');
    const outbox = await rowWhereOrThrow(db, 'mail_outbox', { user_id: user.id }, ['status']);
    assert.equal(outbox.status, 'logged', 'delivered (no SMTP: logged)');
    const stillQueued = await db
      .selectFrom('jobs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('id', 'in', mailing)
      .where('status', '=', 'queued')
      .executeTakeFirstOrThrow();
    assert.equal(Number(stillQueued.n), 1000);
    await runner.stop();
    await db.deleteFrom('jobs').execute();
  });

  test('several jobs run at once, never more than the bound', async () => {
    const db = database.db;
    let inFlight = 0;
    let most = 0;
    // Each job waits until the bound is reached (or two seconds pass, when jobs do not run side by
    // side): how fast a loaded machine claims jobs cannot make the test pass or fail.
    let reached = () => {};
    const full = new Promise<void>((r) => {
      reached = r;
    });
    registerJobHandler('test.slow', async () => {
      inFlight++;
      most = Math.max(most, inFlight);
      if (inFlight >= 3) reached();
      await Promise.race([full, new Promise((r) => setTimeout(r, 2000))]);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
    });
    for (let i = 0; i < 12; i++) await enqueue(db, 'test.slow', {}, '2026-04-01T00:00:00.000Z');
    const runner = new JobRunner(db, { id: 'c', concurrency: 3 });
    const ran = await runner.tick('2026-04-01T00:00:01.000Z');
    assert.ok(ran >= 12);
    assert.equal(most, 3);
  });

  test('finished jobs are kept for the set days, then removed', async () => {
    const db = database.db;
    registerJobHandler('test.quick', async () => {});
    const old = await enqueue(db, 'test.quick', {}, '2026-05-01T00:00:00.000Z');
    const runner = new JobRunner(db, { id: 'k', keepDays: 7 });
    await runner.tick('2026-05-01T00:00:01.000Z');
    await db
      .updateTable('jobs')
      .set({ finished_at: '2026-05-01T00:00:02.000Z' })
      .where('id', '=', old)
      .execute();
    const failed = await enqueue(db, 'test.quick', {}, '2026-05-09T00:00:00.000Z');
    await db
      .updateTable('jobs')
      .set({ status: 'failed', finished_at: '2026-05-07T00:00:00.000Z' })
      .where('id', '=', failed)
      .execute();
    await new JobRunner(db, { id: 'k2', keepDays: 7 }).tick('2026-05-08T00:00:03.000Z');
    const left = await db.selectFrom('jobs').select('id').where('id', 'in', [old, failed]).execute();
    assert.deepEqual(
      left.map((r) => r.id),
      [failed],
      'the job finished more than 7 days ago is gone; the newer failure is kept',
    );
  });
});
