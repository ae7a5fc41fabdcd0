import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testAppPerFile } from '../../../test/support/http.ts';
import { systemActor } from '../../shared/actor.ts';
import { todayJst } from '../../shared/business-days.ts';
import { endAssignment } from '../org/index.ts';
import { heldAssignments } from '../requests/waiting.ts';
import { holdersOf } from './people.ts';
import { seed001Org } from './test-org.ts';

const t = testAppPerFile();

test('an ended role assignment makes its former holder no holder of an incident step or of a request step', async () => {
  const o = await seed001Org(t.db);
  const org = o.kanrisha.organizationId;
  const receivers = () => holdersOf(t.db, org, { functionKey: 'incidents.receive' });
  assert.deepEqual(await receivers(), [o.kanrisha.id]);
  assert.equal((await heldAssignments(t.db, org, o.kanrisha.id, todayJst())).length, 2);

  const a = await t.db
    .selectFrom('role_assignments')
    .select('id')
    .where('organization_id', '=', org)
    .where('user_id', '=', o.kanrisha.id)
    .executeTakeFirstOrThrow();
  await endAssignment(t.db, systemActor(org, 'test'), a.id, 'transfer');

  assert.deepEqual(await receivers(), []);
  assert.deepEqual(await heldAssignments(t.db, org, o.kanrisha.id, todayJst()), []);
  const ended = await t.db
    .selectFrom('audit_events')
    .select('event')
    .where('organization_id', '=', org)
    .where('event', '=', 'org.assignment_ended')
    .execute();
  assert.equal(ended.length, 1);
});
