import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeHostAdmin } from '../../../test/support/factories.ts';
import { auditEvents, signedIn, testAppPerFile } from '../../../test/support/http.ts';

const t = testAppPerFile();

describe('the creator of a body is its first administrator', () => {
  test('[R-P1] creating a body switches to it with every set-up function at once (audited), and the body hands it over', async () => {
    const host = await makeHostAdmin(t.db);
    const c = await signedIn(t, host);
    const made = await c.post('/api/system/organizations', { name: '新しい町', switchTo: true });
    assert.equal(made.statusCode, 200, made.body);
    const orgId = made.json().id as string;
    assert.match(made.json().code, /^body-/, 'no code needs inventing');

    const session = (await c.get('/api/session')).json();
    assert.equal(session.organization.id, orgId, 'the session acts in the new body');
    for (const fn of [
      'org.admin',
      'policy.manage',
      'classification.manage',
      'requests.manage_types',
      'assets.manage',
    ])
      assert.ok(session.functions.includes(fn), fn);
    assert.ok(!session.functions.some((f: string) => f.startsWith('requests.approve.')), 'approves nothing');
    assert.equal((await c.get('/api/policy/documents')).statusCode, 200);
    const granted = (await auditEvents(t.db, orgId)).find((e) => e.event === 'org.founder_granted');
    assert.ok(granted);
    assert.equal(JSON.parse(granted.data).to, host.loginId);

    // The body's own person takes it over; the creator keeps only what every visiting host has.
    const unit = await c.post('/api/org/units', { name: '総務課', kind: '課' });
    assert.equal(unit.statusCode, 200, unit.body);
    const person = await c.post('/api/org/people', {
      loginId: `soumu-${Date.now()}`,
      displayName: '総務 一郎',
      unitId: unit.json().id,
    });
    assert.equal(person.statusCode, 200, person.body);
    const handed = await c.post('/api/org/setup/handover', { userId: person.json().id });
    assert.equal(handed.statusCode, 204, handed.body);
    const after = (await c.get('/api/session')).json();
    assert.ok(
      !after.functions.includes('policy.manage'),
      'handed over: the creator no longer sets the body up',
    );
    const ev = (await auditEvents(t.db, orgId)).find((e) => e.event === 'org.setup_handed_over');
    assert.deepEqual(JSON.parse(ev?.data ?? '{}').from, [host.loginId]);
    const theirs = await t.db
      .selectFrom('role_assignments as ra')
      .innerJoin('role_functions as rf', 'rf.role_id', 'ra.role_id')
      .select('rf.function_key')
      .where('ra.user_id', '=', person.json().id)
      .where('ra.ended_at', 'is', null)
      .execute();
    assert.ok(theirs.some((r) => r.function_key === 'policy.manage'));
    assert.equal(
      (await c.post('/api/org/setup/handover', { userId: host.id })).statusCode,
      403,
      'the body has its own administrator now: the creator cannot take it back',
    );
  });
});
