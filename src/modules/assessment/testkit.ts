/** Test set-up shared by the assurance tests: an organization with policy 001 in force and its roles. */
import assert from 'node:assert/strict';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import { type Client, signedIn, type TestApp } from '../../../test/support/http.ts';
import { systemActor } from '../../shared/actor.ts';
import { assignRole, createRole, createUnit } from '../org/service.ts';
import { importSample } from '../policy/test-helpers.ts';

/** An organization with sample 001 in force, two policy roles held by people of two units, and a manager. */
export async function policyOrg(t: TestApp, managerFunctions: string[] = ['assessment.manage']) {
  const org = await makeOrg(t.db);
  const actor = systemActor(org.id, 'test');
  const unit2 = await t.db
    .transaction()
    .execute((trx) => createUnit(trx, actor, { name: '施設課', kind: '課' }));
  const admin = await makeUser(t.db, org, { functions: ['policy.manage', ...managerFunctions] });
  const c = await signedIn(t, { id: admin.id, organizationId: org.id });
  const { versionId } = await importSample(c, '001-hagi-nagato-seiso.txt');
  const r = await c.post(`/api/policy/versions/${versionId}/in-force`, {});
  assert.equal(r.statusCode, 204, r.body);
  const chief = await makeUser(t.db, org, {});
  const keeper = await makeUser(t.db, org, { unitId: unit2 });
  const roles = await t.db.transaction().execute(async (trx) => {
    // Names as the organization keeps them: the post in brackets is not part of the role name.
    const sekinin = await createRole(trx, actor, { name: '情報セキュリティ責任者', tier: 2, functions: [] });
    const kanri = await createRole(trx, actor, { name: '情報セキュリティ管理者', tier: 3, functions: [] });
    await assignRole(trx, actor, { roleId: sekinin, userId: chief.id });
    await assignRole(trx, actor, { roleId: kanri, userId: keeper.id, unitId: unit2 });
    return { sekinin, kanri };
  });
  return { org, unit2, admin, c, versionId, chief, keeper, roles, actor };
}

/** A campaign made from the policy in force and opened to its respondents; gives its id. */
export async function launchedCampaign(
  c: Client,
  body: { fiscalYear: number; title: string; dueOn?: string } = { fiscalYear: 2026, title: '点検' },
): Promise<string> {
  const created = await c.post('/api/assessment/campaigns', body);
  assert.equal(created.statusCode, 201, created.body);
  const id: string = created.json().id;
  assert.equal((await c.post(`/api/assessment/campaigns/${id}/launch`)).statusCode, 200);
  return id;
}
