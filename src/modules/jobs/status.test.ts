import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeHostAdmin, makeOrg, makeUser } from '../../../test/support/factories.ts';
import { signedIn, testAppPerFile } from '../../../test/support/http.ts';
import { enqueue } from './queue.ts';
import { JobRunner } from './runner.ts';

const t = testAppPerFile();

describe('job queue status', () => {
  test('the hosting administrator sees jobs per kind, the oldest due job and failures; others get 403', async () => {
    // A person of the hosting administrators' organization is a system administrator.
    const admin = await makeHostAdmin(t.db);
    const due = '2026-01-05T00:00:00.000Z';
    await enqueue(t.db, 'test.nobody_handles', {}, due, { maxAttempts: 1, priority: 'bulk' });
    await enqueue(t.db, 'test.nobody_handles', {}, '2999-01-01T00:00:00.000Z', { priority: 'bulk' });
    await enqueue(t.db, 'notifications.deliver_mail', { mailId: 'x' }, '2026-01-01T00:00:00.000Z', {
      priority: 'urgent',
    });
    // Everything due runs (the bulk job fails: no module handles its kind).
    await new JobRunner(t.db, { id: 's', batch: 50, concurrency: 1 }).tick('2026-01-06T00:00:00.000Z');
    const c = await signedIn(t, admin);
    const r = await c.get('/api/system/jobs');
    assert.equal(r.statusCode, 200, r.body);
    const body = r.json();
    assert.deepEqual(body.settings, { concurrency: 4, keepDays: 14 });
    const kind = body.kinds.find((k: { kind: string }) => k.kind === 'test.nobody_handles');
    assert.deepEqual(
      { ...kind },
      { kind: 'test.nobody_handles', priority: 9, due: 0, later: 1, running: 0, failed: 1, done: 0 },
    );
    assert.equal(body.kinds[0].priority, 0, 'most urgent first');
    const failure = body.failures.find((f: { kind: string }) => f.kind === 'test.nobody_handles');
    assert.equal(failure.final, true);
    assert.match(failure.error, /no handler/);

    const org = await makeOrg(t.db);
    const staff = await signedIn(t, await makeUser(t.db, org, { functions: ['org.admin'] }));
    assert.equal((await staff.get('/api/system/jobs')).statusCode, 403);
  });
});
