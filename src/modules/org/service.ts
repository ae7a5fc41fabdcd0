import type { Kysely } from 'kysely';
import { insertAudited } from '../../db/insert-audited.ts';
import type { DB } from '../../db/schema.ts';
import { conflict } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { newId } from '../../shared/ids.ts';
import { loginKey } from '../../shared/login-id.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import './events.ts';
import { rowInOrgOrThrow, rowsInOrg, rowWhere } from '../../db/rows-in-org.ts';
import { employmentCode } from './employment.ts';
import { refuseHostBeyondSetup, roleHasHolders } from './host-limits.ts';
import { loginIdUnavailable } from './login-id-guard.ts';
import { checkSelfGrant, holdsRole } from './self-grant.ts';
import { type OrgSettings, orgSettingsSchema } from './settings.ts';

/** Creates an organization; its first audit event starts its hash chain. Run inside a transaction. */
export async function createOrganization(
  trx: Kysely<DB>,
  actor: Actor,
  input: {
    code: string;
    name: string;
    kind?: 'system' | 'body';
    settings?: Partial<OrgSettings>;
    /** A sample organization set up from a sample policy (labelled and removable as such). */
    sample?: boolean;
  },
): Promise<string> {
  const existing = await rowWhere(trx, 'organizations', { code: input.code }, ['id']);
  if (existing) throw conflict('org.code_taken', { code: input.code });
  const id = newId();
  const kind = input.kind ?? 'body';
  const settings = orgSettingsSchema.parse(input.settings ?? {});
  await trx
    .insertInto('organizations')
    .values({
      id,
      code: input.code,
      name: input.name,
      kind,
      settings: JSON.stringify(settings),
      created_at: nowIso(),
      sample: input.sample ? 1 : 0,
    })
    .execute();
  // The event goes into the new organization's own chain, and a copy into the creator's.
  const data = { code: input.code, name: input.name, kind };
  await recordAudit(
    trx,
    { ...actor, organizationId: id },
    'org.organization_created',
    { type: 'organization', id },
    data,
  );
  if (actor.organizationId && actor.organizationId !== id) {
    await recordAudit(trx, actor, 'org.organization_created', { type: 'organization', id }, data);
  }
  return id;
}

/** Adds a unit (部・課・係) under an optional parent. */
export async function createUnit(
  trx: Kysely<DB>,
  actor: Actor,
  input: { name: string; kind: string; parentId?: string | null; sortOrder?: number },
): Promise<string> {
  return insertAudited(
    trx,
    actor,
    'units',
    {
      parent_id: input.parentId ?? null,
      name: input.name,
      kind: input.kind,
      sort_order: input.sortOrder ?? 0,
      created_at: nowIso(),
    },
    'org.unit_created',
    'unit',
    {
      name: input.name,
      kind: input.kind,
      parentId: input.parentId ?? null,
    },
  );
}

/** Adds a role with the functions it holds. */
export async function createRole(
  trx: Kysely<DB>,
  actor: Actor,
  input: {
    name: string;
    tier: number;
    post?: string | null;
    duties?: string | null;
    clausePath?: string | null;
    functions?: string[];
  },
): Promise<string> {
  const id = await insertAudited(
    trx,
    actor,
    'roles',
    {
      name: input.name,
      tier: input.tier,
      post: input.post ?? null,
      duties: input.duties ?? null,
      clause_path: input.clausePath ?? null,
      created_at: nowIso(),
    },
    'org.role_created',
    'role',
    {
      name: input.name,
      tier: input.tier,
      post: input.post ?? null,
      clausePath: input.clausePath ?? null,
    },
  );
  if (input.functions?.length) await setRoleFunctions(trx, actor, id, input.functions);
  return id;
}

/** Replaces the functions a role holds. */
export async function setRoleFunctions(
  trx: Kysely<DB>,
  actor: Actor,
  roleId: string,
  fns: string[],
): Promise<void> {
  const org = actor.organizationId;
  const role = await rowInOrgOrThrow(trx, 'roles', org, { id: roleId }, ['name']);
  const before = await rowsInOrg(trx, 'role_functions', org, { role_id: roleId }, ['function_key']);
  await trx
    .deleteFrom('role_functions')
    .where('role_id', '=', roleId)
    .where('organization_id', '=', org)
    .execute();
  const after = [...new Set(fns)].sort();
  const had = new Set(before.map((b) => b.function_key));
  if (await roleHasHolders(trx, org, roleId))
    await refuseHostBeyondSetup(
      trx,
      actor,
      after.filter((f) => !had.has(f)),
    );
  if (actor.userId && (await holdsRole(trx, org, actor.userId, roleId))) {
    await checkSelfGrant(
      trx,
      actor,
      role.name,
      after.filter((f) => !had.has(f)),
      'functions',
    );
  }
  if (after.length) {
    await trx
      .insertInto('role_functions')
      .values(after.map((f) => ({ organization_id: org, role_id: roleId, function_key: f })))
      .execute();
  }
  await recordAudit(
    trx,
    actor,
    'org.role_functions_set',
    { type: 'role', id: roleId },
    {
      role: role.name,
      before: before.map((b) => b.function_key).sort(),
      after,
    },
  );
}

/** Adds a person who can sign in. The password is set separately by the auth module. */
export async function createUser(
  trx: Kysely<DB>,
  actor: Actor,
  input: {
    loginId: string;
    displayName: string;
    email?: string | null;
    unitId?: string | null;
    post?: string | null;
    employmentType?: string;
  },
): Promise<string> {
  // Unique ignoring case and width: 「HAGI-TANTO」 is taken when 「hagi-tanto」 is.
  const key = loginKey(input.loginId);
  const taken = await trx.selectFrom('users').select('id').where('login_key', '=', key).executeTakeFirst();
  if (taken) throw loginIdUnavailable(input.loginId);
  return insertAudited(
    trx,
    actor,
    'users',
    {
      login_id: input.loginId,
      login_key: key,
      display_name: input.displayName,
      email: input.email ?? null,
      unit_id: input.unitId ?? null,
      post: input.post ?? null,
      employment_type: employmentCode(input.employmentType ?? 'staff'),
      status: 'active',
      created_at: nowIso(),
    },
    'org.user_created',
    'user',
    {
      loginId: input.loginId,
      displayName: input.displayName,
      post: input.post ?? null,
    },
  );
}

/** Gives a person a role, optionally for one unit and for a period (acting deputies). */
export async function assignRole(
  trx: Kysely<DB>,
  actor: Actor,
  input: {
    roleId: string;
    userId: string;
    unitId?: string | null;
    acting?: boolean;
    validFrom?: string | null;
    validUntil?: string | null;
  },
): Promise<string> {
  const org = actor.organizationId;
  const role = await rowInOrgOrThrow(trx, 'roles', org, { id: input.roleId }, ['name']);
  const user = await rowInOrgOrThrow(trx, 'users', org, { id: input.userId }, ['login_id']);
  const fns = await rowsInOrg(trx, 'role_functions', org, { role_id: input.roleId }, ['function_key']);
  await refuseHostBeyondSetup(
    trx,
    actor,
    fns.map((f) => f.function_key),
  );
  if (input.userId === actor.userId) {
    await checkSelfGrant(
      trx,
      actor,
      role.name,
      fns.map((f) => f.function_key),
      'assignment',
    );
  }
  return insertAudited(
    trx,
    actor,
    'role_assignments',
    {
      role_id: input.roleId,
      user_id: input.userId,
      unit_id: input.unitId ?? null,
      acting: input.acting ? 1 : 0,
      valid_from: input.validFrom ?? null,
      valid_until: input.validUntil ?? null,
      created_at: nowIso(),
    },
    'org.role_assigned',
    'role_assignment',
    {
      role: role.name,
      loginId: user.login_id,
      unitId: input.unitId ?? null,
      acting: !!input.acting,
    },
  );
}
