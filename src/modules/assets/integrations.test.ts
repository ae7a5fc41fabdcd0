import assert from 'node:assert/strict';
import { test } from 'node:test';
import { signedIn, testAppPerFile } from '../../../test/support/http.ts';
import { setUpSamples } from '../../../test/support/samples.ts';

const t = testAppPerFile((app) => setUpSamples(app.db));

async function demo(loginId: string) {
  const u = await t.db
    .selectFrom('users')
    .select(['id', 'organization_id'])
    .where('login_id', '=', loginId)
    .executeTakeFirstOrThrow();
  return { ...u, c: await signedIn(t, { id: u.id, organizationId: u.organization_id }) };
}

/** The id of the organization's asset with that number. */
async function assetNumbered(organizationId: string, assetNo: string): Promise<string> {
  const a = await t.db
    .selectFrom('assets')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('asset_no', '=', assetNo)
    .executeTakeFirstOrThrow();
  return a.id;
}

/** Form values a person would enter: every required field filled, the asset field naming the asset. */
function valuesFor(definition: string, assetId: string): Record<string, unknown> {
  const def = JSON.parse(definition) as {
    fields: { key: string; type: string; required?: boolean; options?: string[] }[];
  };
  const out: Record<string, unknown> = {};
  for (const f of def.fields) {
    if (f.type === 'asset') out[f.key] = assetId;
    else if (!f.required) continue;
    else if (f.type === 'date') out[f.key] = '2026-12-01';
    else if (f.type === 'select') out[f.key] = f.options?.[0];
    else if (f.type === 'checklist') out[f.key] = f.options ?? [];
    else out[f.key] = '会議資料の作成のため';
  }
  return out;
}

test('[R-E3] a take-out request freezes the register’s class of the asset, and the policy’s approver decides (seed 001: 責任者)', async () => {
  const staff = await demo('hagi-staff');
  const kanri = await demo('hagi-kanri');
  const sekinin = await demo('hagi-sekinin');
  const org = staff.organization_id;
  const laptop = await assetNumbered(org, 'A-0002');
  const type = await t.db
    .selectFrom('request_types')
    .select(['id', 'definition'])
    .where('organization_id', '=', org)
    .where('topic', '=', 'take_out')
    .executeTakeFirstOrThrow();
  // The requester claims a lower class; the register's class wins.
  const filed = await staff.c.post('/api/requests', {
    typeId: type.id,
    values: valuesFor(type.definition, laptop),
    assetClass: '重要性III',
  });
  assert.equal(filed.statusCode, 201, filed.body);
  const id = filed.json().id;
  const row = await t.db
    .selectFrom('requests')
    .select(['asset_class', 'approval_required'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  assert.equal(row.asset_class, '重要性II');
  assert.equal(row.approval_required, 1);
  const byKanri = await kanri.c.post(`/api/requests/${id}/decisions`, { decision: 'approve' });
  assert.equal(byKanri.statusCode, 403, '管理者 does not hold the take-out approval in seed 001');
  const bySekinin = await sekinin.c.post(`/api/requests/${id}/decisions`, { decision: 'approve' });
  assert.equal(bySekinin.statusCode, 200, bySekinin.body);
  // Reclassifying the asset later does not change what the request recorded.
  const after = await t.db
    .selectFrom('requests')
    .select('asset_class')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  assert.equal(after.asset_class, '重要性II');
});

test('[R-E8] the off-boarding list names the assets a person owns and what they have not returned', async () => {
  const staff = await demo('hagi-staff');
  const org = staff.organization_id;
  const usb = await assetNumbered(org, 'A-0005');
  await t.db.updateTable('assets').set({ owner_user_id: staff.id }).where('id', '=', usb).execute();
  const { offboardingChecklist } = await import('../org/offboarding.ts');
  const list = await offboardingChecklist(t.db, org, staff.id);
  const owned = list.find((s) => s.name === 'assets.owned');
  assert.deepEqual(owned?.items, ['A-0005 バックアップ用USBメモリ']);
  const loans = list.find((s) => s.name === 'requests.open_loans');
  assert.ok(loans, 'the requests module adds its section');
  // The approved take-out of the previous test has not come back yet.
  assert.equal(loans?.items.length, 1, JSON.stringify(loans));
  assert.match(loans?.items[0] ?? '', /A-0002/);
});
