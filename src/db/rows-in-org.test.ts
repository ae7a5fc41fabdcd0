import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { NoResultError } from 'kysely';
import { testDatabase } from '../../test/support/db.ts';
import { makeOrg } from '../../test/support/factories.ts';
import { auditEvents } from '../../test/support/http.ts';
import { createUnit } from '../modules/org/index.ts';
import { rowInOrg, rowInOrgOrThrow, rowsInOrg, rowsWhere, rowWhere, rowWhereOrThrow } from './rows-in-org.ts';
import { updateAudited } from './update-audited.ts';

describe('reads by equal columns and the audited update', () => {
  let database: Awaited<ReturnType<typeof testDatabase>>;
  let mine: Awaited<ReturnType<typeof makeOrg>>;
  let other: Awaited<ReturnType<typeof makeOrg>>;
  let childA: string;
  let childB: string;
  before(async () => {
    database = await testDatabase();
    mine = await makeOrg(database.db);
    other = await makeOrg(database.db);
    await database.db.transaction().execute(async (trx) => {
      childA = await createUnit(trx, mine.actor, { name: 'A係', kind: '係', parentId: mine.unitId });
      childB = await createUnit(trx, mine.actor, { name: 'B係', kind: '係', parentId: mine.unitId });
      await createUnit(trx, other.actor, { name: 'C係', kind: '係', parentId: other.unitId });
    });
  });
  after(() => database.close());

  test('one row by id gives only the columns asked for, and nothing for another organization', async () => {
    const row = await rowInOrg(database.db, 'units', mine.id, { id: childA }, ['name', 'parent_id']);
    assert.deepEqual({ ...row }, { name: 'A係', parent_id: mine.unitId });
    assert.equal(await rowInOrg(database.db, 'units', other.id, { id: childA }, ['name']), undefined);
    const all = await rowInOrg(database.db, 'units', mine.id, { id: childB });
    assert.equal(all?.organization_id, mine.id);
    assert.equal(all?.kind, '係');
  });

  test('the throwing read refuses a row of another organization', async () => {
    assert.equal(
      (await rowInOrgOrThrow(database.db, 'units', mine.id, { id: childB }, ['name'])).name,
      'B係',
    );
    await assert.rejects(rowInOrgOrThrow(database.db, 'units', other.id, { id: childB }), NoResultError);
  });

  test('rows match every column given, stay in the organization and keep the order asked for', async () => {
    const asc = await rowsInOrg(
      database.db,
      'units',
      mine.id,
      { parent_id: mine.unitId },
      ['name'],
      ['name'],
    );
    assert.deepEqual(
      asc.map((r) => ({ ...r })),
      [{ name: 'A係' }, { name: 'B係' }],
    );
    const desc = await rowsInOrg(database.db, 'units', mine.id, { kind: '係' }, ['id'], [['name', 'desc']]);
    assert.deepEqual(
      desc.map((r) => ({ ...r })),
      [{ id: childB }, { id: childA }],
    );
    const both = await rowsInOrg(database.db, 'units', mine.id, { kind: '係', name: 'A係' });
    assert.deepEqual(
      both.map((u) => u.id),
      [childA],
    );
    assert.equal((await rowsInOrg(database.db, 'units', other.id, {}, '*')).length, 2);
  });

  test('reads outside one organization match every column given', async () => {
    const org = await rowWhere(database.db, 'organizations', { id: other.id }, ['code']);
    assert.equal(org?.code, other.code);
    assert.equal(await rowWhere(database.db, 'organizations', { id: other.id, code: mine.code }), undefined);
    await assert.rejects(rowWhereOrThrow(database.db, 'organizations', { code: 'none' }), NoResultError);
    const kids = await rowsWhere(database.db, 'units', { kind: '係' }, ['name'], [['name', 'desc']]);
    assert.deepEqual(
      kids.map((k) => k.name),
      ['C係', 'B係', 'A係'],
    );
  });

  test('the audited update changes the organization’s row and records its event in the same transaction', async () => {
    const changed = await database.db.transaction().execute((trx) =>
      updateAudited(trx, mine.actor, 'units', childA, { name: 'A班' }, 'org.unit_renamed', 'unit', {
        before: 'A係',
        after: 'A班',
        kind: '係',
      }),
    );
    assert.equal(changed, 1);
    assert.equal(
      (await rowInOrgOrThrow(database.db, 'units', mine.id, { id: childA }, ['name'])).name,
      'A班',
    );
    const last = (await auditEvents(database.db, mine.id)).at(-1);
    assert.equal(last?.event, 'org.unit_renamed');
    assert.equal(last?.target_type, 'unit');
    assert.equal(last?.target_id, childA);
    assert.deepEqual(JSON.parse(last?.data ?? '{}').before, 'A係');

    // Another organization's actor changes nothing of this one's row.
    const none = await database.db.transaction().execute((trx) =>
      updateAudited(trx, other.actor, 'units', childB, { name: 'X' }, 'org.unit_renamed', 'unit', {
        before: 'B係',
        after: 'X',
        kind: '係',
      }),
    );
    assert.equal(none, 0);
    assert.equal(
      (await rowInOrgOrThrow(database.db, 'units', mine.id, { id: childB }, ['name'])).name,
      'B係',
    );
  });
});
