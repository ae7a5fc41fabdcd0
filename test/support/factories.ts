import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../../src/db/schema.ts';
import { setPassword } from '../../src/modules/auth/service.ts';
import {
  assignRole,
  createOrganization,
  createRole,
  createUnit,
  createUser,
} from '../../src/modules/org/service.ts';
import { type Actor, systemActor } from '../../src/shared/actor.ts';
import { newId } from '../../src/shared/ids.ts';
import { nowIso } from '../../src/shared/time.ts';

let counter = 0;
const uniq = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** A password that satisfies the default policy. */
export const GOOD_PASSWORD = 'Kamome-Umi-2026!';

/** The hosting administrators' organization (created once per database). */
export async function systemOrg(db: Kysely<DB>): Promise<string> {
  const row = await db
    .selectFrom('organizations')
    .select('id')
    .where('kind', '=', 'system')
    .executeTakeFirst();
  if (row) return row.id;
  return db
    .transaction()
    .execute((trx) =>
      createOrganization(trx, systemActor(''), { code: 'system', name: 'system', kind: 'system' }),
    );
}

/** A hosting administrator: a person of the hosting organization, in no unit. */
export async function makeHostAdmin(db: Kysely<DB>): Promise<TestUser> {
  return makeUser(db, { id: await systemOrg(db), unitId: '' }, { unitId: null });
}

/** A public body with one unit. */
export async function makeOrg(
  db: Kysely<DB>,
  name = 'テスト組合',
): Promise<{ id: string; code: string; unitId: string; actor: Actor }> {
  await systemOrg(db);
  const code = `org-${uniq()}`;
  return db.transaction().execute(async (trx) => {
    const id = await createOrganization(trx, systemActor(''), { code, name });
    const actor = systemActor(id, 'test');
    const unitId = await createUnit(trx, actor, { name: '総務課', kind: '課' });
    return { id, code, unitId, actor };
  });
}

export interface TestUser {
  id: string;
  loginId: string;
  organizationId: string;
  roleId: string | null;
  password: string;
}

/** A person with a role holding the given functions (or no role), and a password. */
export async function makeUser(
  db: Kysely<DB>,
  org: { id: string; unitId: string },
  opts: {
    functions?: string[];
    roleName?: string;
    tier?: number;
    mustChange?: boolean;
    unitId?: string | null;
    password?: string;
  } = {},
): Promise<TestUser> {
  const actor = systemActor(org.id, 'test');
  const loginId = `u-${uniq()}`;
  const password = opts.password ?? GOOD_PASSWORD;
  return db.transaction().execute(async (trx) => {
    const id = await createUser(trx, actor, {
      loginId,
      displayName: `利用者 ${loginId}`,
      unitId: opts.unitId === undefined ? org.unitId : opts.unitId,
    });
    await setPassword(trx, actor, id, password, opts.mustChange ?? false);
    let roleId: string | null = null;
    if (opts.functions) {
      roleId = await createRole(trx, actor, {
        name: opts.roleName ?? `役割 ${loginId}`,
        tier: opts.tier ?? 3,
        functions: opts.functions,
      });
      await assignRole(trx, actor, { roleId, userId: id });
    }
    return { id, loginId, organizationId: org.id, roleId, password };
  });
}

/** A registered asset written straight into the register (no audit event): for tests of what reads assets. */
export async function insertAsset(
  db: Kysely<DB>,
  fields: Pick<Insertable<DB['assets']>, 'organization_id' | 'asset_no' | 'name' | 'owner_unit_id'> &
    Partial<Insertable<DB['assets']>>,
): Promise<string> {
  const id = newId();
  await db
    .insertInto('assets')
    .values({
      id,
      kind: 'device',
      owner_user_id: null,
      restrictions: '[]',
      location_id: null,
      backup: null,
      personal_info: 0,
      specific_personal_info: 0,
      retention: null,
      network_segment: null,
      status: 'registered',
      draft_delete_on: null,
      parent_id: null,
      copied_from: null,
      note: null,
      computed_class: '[]',
      import_id: null,
      created_by: null,
      created_at: nowIso(),
      updated_at: nowIso(),
      ...fields,
    })
    .execute();
  return id;
}
