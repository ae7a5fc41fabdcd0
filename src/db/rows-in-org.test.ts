import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { NoResultError } from 'kysely';
import { testDatabase } from '../../test/support/db.ts';
import { makeOrg } from '../../test/support/factories.ts';
import { createUnit } from '../modules/org/index.ts';
import { rowInOrg, rowInOrgOrThrow, rowsInOrg } from './rows-in-org.ts';

describe('reads of one organization by equal columns', () => {
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
});
