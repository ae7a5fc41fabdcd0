import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { makeOrg, makeUser, type TestUser } from '../../../test/support/factories.ts';
import { type Client, signedIn, testAppPerFile } from '../../../test/support/http.ts';
import { countStatements } from '../../../test/support/statements.ts';
import { approveFn, MANAGE_TYPES } from './functions.ts';
import { person, registeredAsset, takeOut, takeOutType } from './testkit.ts';

/**
 * How many statements (on PostgreSQL: round trips) one request costs, counted through the driver, the
 * session read, BEGIN and COMMIT included. The bounds are today's counts: a change that adds a statement
 * to these paths fails here and has to say why. `STATEMENTS_VERBOSE=1` prints each request's statements.
 */
const t = testAppPerFile();

// A two-step take-out with a register entry: step 1 needs both of its two holders, step 2 any one of four.
const twoStepType = takeOutType('take-out-two-steps', '情報資産の持出し（二段階）', {
  returnTracking: { dueBusinessDays: 3, fromField: 'return_due' },
  chain: [
    { function: approveFn('take_out'), mode: 'all', unitScoped: false },
    { function: approveFn('disposal'), mode: 'any', unitScoped: false },
  ],
});

const isDb = process.env.DATABASE_URL ? 'postgres' : 'sqlite';
// Statements per request, [PostgreSQL, SQLite]. PostgreSQL counts COMMIT (BEGIN is written with the
// transaction's first statement, `src/db/pg-named.ts`), SQLite neither.
// A submit takes its 受付番号 from the body's counter row of the 年度: one statement more than before it.
const bounds: Record<string, [number, number]> = {
  submit: [10, 11],
  'approve, step not done': [7, 8],
  'approve, next step': [9, 10],
  'approve, last step (grant, record, notice)': [10, 11],
  'asset detail': [5, 5],
};

async function counted(name: string, fn: () => Promise<LightMyRequestResponse>) {
  const { result, sql } = await countStatements(fn);
  assert.ok(result.statusCode < 300, `${name}: ${result.statusCode} ${result.body}`);
  if (process.env.STATEMENTS_VERBOSE)
    console.log(`${isDb} ${name}: ${sql.length}\n${sql.map((s) => `  ${s.slice(0, 160)}`).join('\n')}`);
  const [pgBound, sqliteBound] = bounds[name];
  const bound = isDb === 'postgres' ? pgBound : sqliteBound;
  assert.ok(sql.length <= bound, `${name}: ${sql.length} statements, at most ${bound}:\n${sql.join('\n')}`);
  return { result, count: sql.length };
}

test('[R-E3] statements per request: submit, each kind of approval, asset detail', async () => {
  const org = await makeOrg(t.db);
  const admin = await person(t, org, [MANAGE_TYPES]);
  const assetId = await registeredAsset(t, org, 'S-001', '重要性II');
  const created = await admin.c.post('/api/requests/types', twoStepType);
  assert.equal(created.statusCode, 200, created.body);
  const typeId = created.json().id;
  const holders = async (fn: string, n: number) => {
    const out: { user: TestUser; c: Client }[] = [];
    for (let i = 0; i < n; i++) {
      const user = await makeUser(t.db, org, { functions: [fn] });
      out.push({ user, c: await signedIn(t, user) });
    }
    return out;
  };
  const [{ user: firstUser, c: first }, { user: secondUser, c: second }] = await holders(
    approveFn('take_out'),
    2,
  );
  const [{ user: lastUser, c: last }] = await holders(approveFn('disposal'), 4);
  const staff = await person(t, org, ['assets.read', 'assets.read_all']);
  // Every path has run once, so nothing counted here is a first-call cost.
  const fileOne = () =>
    staff.c.post('/api/requests', {
      typeId,
      values: { ...takeOut, asset: assetId },
    });
  const warm = (await fileOne()).json().id;
  for (const c of [first, second, last])
    await c.post(`/api/requests/${warm}/decisions`, { decision: 'approve' });
  await staff.c.get(`/api/assets/${assetId}`);

  const id = (await counted('submit', fileOne)).result.json().id;
  const decide = (c: Client) => () => c.post(`/api/requests/${id}/decisions`, { decision: 'approve' });
  assert.equal((await counted('approve, step not done', decide(first))).result.json().status, 'pending');
  assert.equal((await counted('approve, next step', decide(second))).result.json().status, 'pending');
  const granted = await counted('approve, last step (grant, record, notice)', decide(last));
  assert.equal(granted.result.json().status, 'approved');
  const detail = (await counted('asset detail', () => staff.c.get(`/api/assets/${assetId}`))).result.json();
  // The detail's asset (read with its designation records in one statement) is the register list's.
  const listed = (await staff.c.get('/api/assets'))
    .json()
    .items.find((a: { id: string }) => a.id === assetId);
  assert.equal(detail.asset.classes.length, 1);
  assert.ok(detail.asset.classes[0].setByName);
  assert.deepEqual(detail.asset, listed);

  // What the counted requests wrote is all there: three events of the grant, one register entry.
  const events = await t.db
    .selectFrom('audit_events')
    .select('event')
    .where('organization_id', '=', org.id)
    .where('target_id', 'in', [id])
    .orderBy('seq')
    .execute();
  assert.deepEqual(
    events.map((e) => e.event),
    ['requests.submitted', 'requests.decided', 'requests.decided', 'requests.decided', 'requests.approved'],
  );
  // The register entry names the people, the unit and the asset as before, from what the decision read.
  const record = await t.db
    .selectFrom('request_records')
    .select(['person_label', 'approvers', 'unit_name', 'fields'])
    .where('request_id', '=', id)
    .execute();
  assert.equal(record.length, 1);
  const names = await t.db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('organization_id', '=', org.id)
    .execute();
  const nameOf = new Map(names.map((n) => [n.id, n.display_name]));
  const unit = await t.db
    .selectFrom('units')
    .select('name')
    .where('id', '=', org.unitId)
    .executeTakeFirstOrThrow();
  assert.equal(record[0].person_label, nameOf.get(staff.user.id));
  assert.equal(record[0].unit_name, unit.name);
  assert.deepEqual(
    record[0].approvers?.split('、').sort(),
    [firstUser, secondUser, lastUser].map((u) => nameOf.get(u.id)).sort(),
  );
  const asset = JSON.parse(record[0].fields).find((f: { key: string }) => f.key === 'asset');
  assert.equal(asset.value, 'S-001 資産 S-001');
});
