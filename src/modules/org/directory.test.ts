import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import { Client, signedIn, testAppPerFile } from '../../../test/support/http.ts';

const t = testAppPerFile();

describe('directory for pickers', () => {
  test('any signed-in person lists active units and people of their own body only', async () => {
    const org = await makeOrg(t.db);
    const other = await makeOrg(t.db);
    const staff = await makeUser(t.db, org, { functions: [] });
    const colleague = await makeUser(t.db, org, { functions: [] });
    const stranger = await makeUser(t.db, other, { functions: [] });
    const c = await signedIn(t, staff);

    const units = await c.get('/api/org/directory/units');
    assert.equal(units.statusCode, 200, units.body);
    const ids = JSON.stringify(units.json().items);
    assert.ok(ids.includes(org.unitId));
    assert.ok(!ids.includes(other.unitId));

    const people = await c.get('/api/org/directory/people');
    assert.equal(people.statusCode, 200, people.body);
    const items: { id: string; displayName: string; unitId: string | null }[] = people.json().items;
    assert.ok(items.some((p) => p.id === colleague.id && p.unitId === org.unitId));
    assert.ok(!items.some((p) => p.id === stranger.id));
    assert.deepEqual(Object.keys(items[0]).sort(), ['displayName', 'id', 'unitId', 'unitName']);
  });

  test('signed out: 401', async () => {
    const res = await new Client(t.app).get('/api/org/directory/people');
    assert.equal(res.statusCode, 401);
  });
});
