import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testDatabase } from '../../../test/support/db.ts';
import type { Database } from '../../db/connect.ts';
import { rowWhereOrThrow } from '../../db/rows-in-org.ts';
import { enqueue, registerJobHandler, registerSchedule } from './queue.ts';
import { JobRunner } from './runner.ts';

let database: Database;
before(async () => {
  database = await testDatabase({ poolSize: 6 });
});
after(() => database.close());

describe('job queue', () => {
  test('claims each job once with two runners', async () => {
    const runs = new Map<number, number>();
    registerJobHandler('test.count', async (p: { n: number }) => {
      await new Promise((r) => setTimeout(r, 2));
      runs.set(p.n, (runs.get(p.n) ?? 0) + 1);
    });
    const db = database.db;
    for (let n = 0; n < 40; n++) await enqueue(db, 'test.count', { n });
    const a = new JobRunner(db, { id: 'a', batch: 7 });
    const b = new JobRunner(db, { id: 'b', batch: 7 });
    let ran = 0;
    for (let i = 0; i < 10; i++) {
      const [x, y] = await Promise.all([a.tick(), b.tick()]);
      ran += x + y;
    }
    // Other modules' schedules (the requests sweep) run too; every counted job ran exactly once.
    assert.ok(ran >= 40);
    assert.equal(runs.size, 40);
    assert.ok([...runs.values()].every((v) => v === 1));
    const left = await db
      .selectFrom('jobs')
      .select('id')
      .where('kind', '=', 'test.count')
      .where('status', '!=', 'done')
      .execute();
    assert.equal(left.length, 0);
  });

  test('the memory of the first round is handed back once, when the jobs due at start and those they enqueued have run', async () => {
    const db = database.db;
    const done: number[] = [];
    registerJobHandler('test.first', async (p: { n: number }, ctx) => {
      done.push(p.n);
      if (p.n === 4) await enqueue(ctx.db, 'test.first', { n: 5 }); // as a sweep enqueues its mails
    });
    for (let n = 0; n < 5; n++) await enqueue(db, 'test.first', { n });
    const released: number[] = [];
    const runner = new JobRunner(db, {
      id: 'first',
      batch: 2,
      concurrency: 1,
      firstTickMs: 0,
      intervalMs: 60_000,
      afterFirstRound: () => released.push(done.length),
    });
    runner.start();
    for (let i = 0; i < 500 && released.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 100)); // several more ticks
    await runner.stop();
    // Full ticks (2 jobs of 2) go on at once, the next tick of the round follows after `firstTickMs`
    // (not the interval), and the round ends with the first tick that finds nothing due.
    assert.deepEqual(released, [6], 'once, after every job due at start and the one it enqueued');
  });

  test('a failing job is retried with backoff, then marked failed', async () => {
    const db = database.db;
    let calls = 0;
    registerJobHandler('test.fail', async () => {
      calls++;
      throw new Error('SMTP down');
    });
    const id = await enqueue(db, 'test.fail', {}, '2026-01-01T00:00:00.000Z', { maxAttempts: 2 });
    const r = new JobRunner(db, { id: 'r' });
    await r.tick('2026-01-01T00:00:01.000Z');
    let job = await rowWhereOrThrow(db, 'jobs', { id });
    assert.equal(job.status, 'queued');
    assert.equal(job.last_error, 'SMTP down');
    assert.equal(job.run_at, '2026-01-01T00:00:31.000Z');
    await r.tick('2026-01-01T00:00:10.000Z');
    assert.equal(calls, 1, 'not before the backoff');
    await r.tick('2026-01-01T00:00:31.000Z');
    job = await rowWhereOrThrow(db, 'jobs', { id });
    assert.equal(job.status, 'failed');
    assert.equal(calls, 2);
  });

  test('a recurring schedule is enqueued once per interval across runners', async () => {
    const db = database.db;
    let calls = 0;
    registerJobHandler('test.daily', async () => {
      calls++;
    });
    registerSchedule('test.daily', 86400);
    const a = new JobRunner(db, { id: 'a' });
    const b = new JobRunner(db, { id: 'b' });
    await Promise.all([a.tick('2026-02-01T00:00:00.000Z'), b.tick('2026-02-01T00:00:00.000Z')]);
    await Promise.all([a.tick('2026-02-01T12:00:00.000Z'), b.tick('2026-02-01T12:00:00.000Z')]);
    assert.equal(calls, 1);
    await a.tick('2026-02-02T00:00:01.000Z');
    assert.equal(calls, 2);
    await a.stop();
  });
});
