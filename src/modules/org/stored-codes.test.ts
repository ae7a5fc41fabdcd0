import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testDatabase } from '../../../test/support/db.ts';
import { makeOrg, makeUser } from '../../../test/support/factories.ts';
import type { Database } from '../../db/connect.ts';
import { rowWhereOrThrow } from '../../db/rows-in-org.ts';
import { EMPLOYMENT_WORDS } from './employment.ts';
import { STORED_BEFORE_CODES, storedCodesMigration } from './migrations-0142.ts';
import { employmentCodesMigration } from './migrations-0143.ts';

describe('values the software stored in Japanese become codes (0142)', () => {
  let database: Database;
  before(async () => {
    database = await testDatabase();
  });
  after(() => database.close());

  test('end reasons and unit kinds it wrote are rewritten; what a person typed stays', async () => {
    const { db, dialect } = database;
    const org = await makeOrg(db);
    const [handover, groupLeft] = STORED_BEFORE_CODES.endReason.map(([before]) => before);
    const reasons = [handover, groupLeft, '休職のため', null];
    const ids: string[] = [];
    for (const reason of reasons) {
      const u = await makeUser(db, org, { functions: ['org.read'] });
      const a = await rowWhereOrThrow(db, 'role_assignments', { user_id: u.id }, ['id']);
      await db
        .updateTable('role_assignments')
        .set({ ended_at: '2026-04-01T00:00:00.000Z', end_reason: reason })
        .where('id', '=', a.id)
        .execute();
      ids.push(a.id);
    }
    const [oldKind] = STORED_BEFORE_CODES.unitKind[0];
    await db.updateTable('units').set({ kind: oldKind }).where('id', '=', org.unitId).execute();

    const other = await makeOrg(db);

    await storedCodesMigration.up(db, dialect);

    const after = await db
      .selectFrom('role_assignments')
      .select(['id', 'end_reason'])
      .where('id', 'in', ids)
      .execute();
    const byId = new Map(after.map((r) => [r.id, r.end_reason]));
    assert.deepEqual(
      ids.map((id) => byId.get(id)),
      ['handover', 'directory_group_left', '休職のため', null],
    );
    const unit = await rowWhereOrThrow(db, 'units', { id: org.unitId }, ['kind']);
    assert.equal(unit.kind, 'unit');
    const kept = await rowWhereOrThrow(db, 'units', { id: other.unitId }, ['kind']);
    assert.equal(kept.kind, '課');
  });

  test("0143: the default employment types become codes in people and in each body's list; its own stay", async () => {
    const { db, dialect } = database;
    const org = await makeOrg(db);
    const u = await makeUser(db, org);
    const [word] = EMPLOYMENT_WORDS.find(([, code]) => code === 'fiscal_year_appointee') ?? [''];
    await db.updateTable('users').set({ employment_type: word }).where('id', '=', u.id).execute();
    const list = [...EMPLOYMENT_WORDS.map(([w]) => w), '派遣職員'];
    await db
      .updateTable('organizations')
      .set({ settings: JSON.stringify({ session: { idleMinutes: 20 }, employmentTypes: list }) })
      .where('id', '=', org.id)
      .execute();

    await employmentCodesMigration.up(db, dialect);

    const user = await rowWhereOrThrow(db, 'users', { id: u.id }, ['employment_type']);
    assert.equal(user.employment_type, 'fiscal_year_appointee');
    const row = await rowWhereOrThrow(db, 'organizations', { id: org.id }, ['settings']);
    assert.deepEqual(JSON.parse(row.settings), {
      session: { idleMinutes: 20 },
      employmentTypes: ['staff', 'fiscal_year_appointee', 'part_time', 'vendor_staff', '派遣職員'],
    });
  });
});
