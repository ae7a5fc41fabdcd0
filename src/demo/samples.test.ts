import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { makeHostAdmin, makeOrg, makeUser } from '../../test/support/factories.ts';
import { auditEvents, signedIn, testAppPerFile } from '../../test/support/http.ts';
import { seedIfEmpty } from './seed.ts';

const t = testAppPerFile();

describe('sample organizations on demand', () => {
  test('a first start without MAMORI_DEMO sets up no sample; the system administrator adds them, labelled, and removes one (audited)', async () => {
    const seeded = await seedIfEmpty(t.db, { demo: false });
    assert.ok(seeded);
    assert.deepEqual(seeded.demoUsers, []);
    const orgs = await t.db.selectFrom('organizations').select(['code', 'kind']).execute();
    assert.deepEqual(
      orgs.map((o) => o.kind),
      ['system'],
      'only the hosting organization',
    );
    const admin = await makeHostAdmin(t.db);
    const c = await signedIn(t, admin);

    const made = await c.post('/api/system/samples', {});
    assert.equal(made.statusCode, 200, made.body);
    const people = made.json().people as { loginId: string; password: string }[];
    assert.ok(people.some((p) => p.loginId === 'hagi-staff'));
    const file = fs.readFileSync(path.join(t.ctx.config.dataDir, 'initial-passwords.txt'), 'utf8');
    assert.match(file, /^hagi-staff\t/m, 'the one-time passwords are kept for the administrator');
    const list = (await c.get('/api/system/organizations')).json().items as {
      id: string;
      code: string;
      name: string;
      sample: boolean;
    }[];
    const hagi = list.find((o) => o.code === 'hagi-nagato');
    assert.ok(hagi?.sample);
    assert.match(hagi.name, /（サンプル）$/, 'a sample never bears a real body’s name alone');
    assert.ok(list.find((o) => o.code === 'hanamaki')?.name.endsWith('（サンプル）'));
    const again = await c.post('/api/system/samples', {});
    assert.deepEqual(again.json().people, [], 'set up once');
    const createdEvent = (await auditEvents(t.db, admin.organizationId)).filter(
      (e) => e.event === 'org.samples_created',
    );
    assert.equal(createdEvent.length, 2);

    const removed = await c.del(`/api/system/organizations/${hagi.id}`);
    assert.equal(removed.statusCode, 204, removed.body);
    const after = (await c.get('/api/system/organizations')).json().items as { code: string }[];
    assert.ok(!after.some((o) => o.code === 'hagi-nagato'), 'no longer listed');
    const staff = await t.db
      .selectFrom('users')
      .select('status')
      .where('organization_id', '=', hagi.id)
      .execute();
    assert.ok(
      staff.every((u) => u.status === 'suspended'),
      'its people cannot sign in',
    );
    const ev = (await auditEvents(t.db, hagi.id)).at(-1);
    assert.equal(ev?.event, 'org.organization_removed');
    assert.ok(
      (await auditEvents(t.db, admin.organizationId)).some((e) => e.event === 'org.organization_removed'),
    );
    const twice = await c.post('/api/system/samples', {});
    assert.equal(twice.statusCode, 200, twice.body);
    assert.deepEqual(twice.json().people, [], 'a removed sample is not set up again');
  });

  test('a real body cannot be removed from the screen, and only system administrators manage samples', async () => {
    const admin = await makeHostAdmin(t.db);
    const c = await signedIn(t, admin);
    const body = await makeOrg(t.db, '本物の町');
    const refused = await c.del(`/api/system/organizations/${body.id}`);
    assert.equal(refused.statusCode, 409);
    assert.match(refused.json().error.message, /サンプル組織ではない/);
    const clerk = await makeUser(t.db, body, { functions: ['org.admin'] });
    const cc = await signedIn(t, clerk);
    assert.equal((await cc.post('/api/system/samples', {})).statusCode, 403);
    assert.equal((await cc.del(`/api/system/organizations/${body.id}`)).statusCode, 403);
  });
});
