import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { badInput, conflict } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { nowIso } from '../../shared/time.ts';
import './events.ts';
import { rowInOrg, rowsInOrg } from '../../db/rows-in-org.ts';
import { transactional } from '../../db/transactional.ts';
import { updateAudited } from '../../db/update-audited.ts';
import { changedColumns } from './changes.ts';
import { allFunctions, isFunction } from './functions.ts';
import { mustFind, mustReference } from './lookup.ts';
import { currentAssignments } from './people-queries.ts';
import { postHeldBy } from './post-match.ts';
import { assignRole, createRole, setRoleFunctions } from './service.ts';

/** Roles in tier order (the top of the body's own hierarchy first) with functions and holders. */
export async function listRoles(db: Kysely<DB>, organizationId: string) {
  const roles = await rowsInOrg(db, 'roles', organizationId, {}, '*', ['tier', 'name']);
  const fns = await rowsInOrg(db, 'role_functions', organizationId, {});
  const holders = await currentAssignments(db, organizationId)
    .innerJoin('users as u', 'u.id', 'ra.user_id')
    .select(['u.display_name', 'u.status'])
    .execute();
  const labels = new Map(allFunctions().map((f) => [f.key, f]));
  return roles.map((r) => ({
    id: r.id,
    name: r.name,
    tier: r.tier,
    post: r.post,
    duties: r.duties,
    clausePath: r.clause_path,
    optional: r.optional === 1,
    designated: r.designated === 1,
    functions: fns
      .filter((f) => f.role_id === r.id)
      .map((f) => ({
        key: f.function_key,
        ja: labels.get(f.function_key)?.ja ?? f.function_key,
        en: labels.get(f.function_key)?.en ?? f.function_key,
      })),
    holders: holders
      .filter((h) => h.role_id === r.id)
      .map((h) => ({
        assignmentId: h.id,
        userId: h.user_id,
        displayName: h.display_name,
        unitId: h.unit_id,
        acting: h.acting === 1,
        validFrom: h.valid_from,
        validUntil: h.valid_until,
      })),
  }));
}

export interface RoleFields {
  name?: string;
  tier?: number;
  post?: string | null;
  duties?: string | null;
  clausePath?: string | null;
  optional?: boolean;
  designated?: boolean;
}

/** Rejects function keys no module declares, naming the field. */
export function checkFunctionKeys(keys: string[]): void {
  const unknown = keys.filter((k) => !isFunction(k));
  if (unknown.length) {
    throw badInput('org.unknown_function', { keys: unknown.join(', ') }, [
      { field: 'functions', code: 'org.unknown_function' },
    ]);
  }
}

/** Edits a role's name, tier, post, duties, clause or kind; the audit row lists each change. */
export const updateRole = transactional(
  async (trx: Kysely<DB>, actor: Actor, id: string, input: RoleFields): Promise<void> => {
    const org = actor.organizationId;
    const role = await mustFind(trx, 'roles', org, id);
    if (input.name && input.name !== role.name) {
      const taken = await rowInOrg(trx, 'roles', org, { name: input.name }, ['id']);
      if (taken) throw conflict('org.role_name_taken', { name: input.name });
    }
    const flag = (v: boolean | undefined) => (v === undefined ? undefined : v ? 1 : 0);
    const { set, changes, changed } = changedColumns(role, [
      ['name', 'name', input.name],
      ['tier', 'tier', input.tier],
      ['post', 'post', input.post],
      ['duties', 'duties', input.duties],
      ['clausePath', 'clause_path', input.clausePath],
      ['optional', 'optional', flag(input.optional)],
      ['designated', 'designated', flag(input.designated)],
    ]);
    if (!changed) return;
    const name = (set.name as string) ?? role.name;
    await updateAudited(trx, actor, 'roles', id, set, 'org.role_updated', 'role', { role: name, changes });
  },
);

/** Replaces a role's functions after checking each key is declared by some module. */
export const setFunctionsChecked = transactional(
  async (trx: Kysely<DB>, actor: Actor, roleId: string, fns: string[]): Promise<void> => {
    await mustFind(trx, 'roles', actor.organizationId, roleId);
    checkFunctionKeys(fns);
    await setRoleFunctions(trx, actor, roleId, fns);
  },
);

export interface AssignInput {
  userId: string;
  unitId?: string | null;
  acting?: boolean;
  validFrom?: string | null;
  validUntil?: string | null;
}

/** Assigns a role after checking the person and unit belong to the organization and the dates make sense. */
export const assignChecked = transactional(
  async (trx: Kysely<DB>, actor: Actor, roleId: string, input: AssignInput): Promise<string> => {
    const org = actor.organizationId;
    await mustFind(trx, 'roles', org, roleId);
    await mustReference(trx, 'users', org, input.userId, 'userId');
    await mustReference(trx, 'units', org, input.unitId, 'unitId');
    if (input.validFrom && input.validUntil && input.validUntil < input.validFrom) {
      throw badInput('org.period_reversed', {}, [{ field: 'validUntil', code: 'org.period_reversed' }]);
    }
    return assignRole(trx, actor, { roleId, ...input });
  },
);

/** Ends an assignment now; it stays on record and grants nothing from then on. */
export const endAssignment = transactional(
  async (trx: Kysely<DB>, actor: Actor, id: string, reason: string): Promise<void> => {
    const org = actor.organizationId;
    const a = await mustFind(trx, 'role_assignments', org, id);
    if (a.ended_at) return;
    const role = await mustFind(trx, 'roles', org, a.role_id);
    const user = await mustFind(trx, 'users', org, a.user_id);
    const ended = { ended_at: nowIso(), end_reason: reason };
    await updateAudited(
      trx,
      actor,
      'role_assignments',
      id,
      ended,
      'org.assignment_ended',
      'role_assignment',
      {
        role: role.name,
        loginId: user.login_id,
        unitId: a.unit_id,
        reason,
      },
    );
  },
);

/**
 * 充て職: people whose post is a role's post (「各課の課長」 held by each 課長, post-match.ts) but who do not
 * hold that role yet. Offered to the administrator to confirm; nothing is assigned here.
 */
export async function suggestedAssignments(db: Kysely<DB>, organizationId: string) {
  const roles = await db
    .selectFrom('roles')
    .select(['id', 'name', 'tier', 'post'])
    .where('organization_id', '=', organizationId)
    .where('designated', '=', 0)
    .where('post', 'is not', null)
    .orderBy('tier')
    .execute();
  if (roles.length === 0) return [];
  const people = await db
    .selectFrom('users')
    .select(['id', 'display_name', 'post', 'unit_id'])
    .where('organization_id', '=', organizationId)
    .where('status', '=', 'active')
    .where('post', 'is not', null)
    .execute();
  const held = new Set(
    (await currentAssignments(db, organizationId).execute()).map((a) => `${a.role_id}:${a.user_id}`),
  );
  return roles.flatMap((r) =>
    people
      .filter((u) => postHeldBy(r.post ?? '', u.post ?? '') && !held.has(`${r.id}:${u.id}`))
      .map((u) => ({
        userId: u.id,
        displayName: u.display_name,
        post: u.post,
        unitId: u.unit_id,
        roleId: r.id,
        roleName: r.name,
      })),
  );
}

/** Creates a role under a name no other role of the organization holds, with its optional or designated marks. */
export const addRole = transactional(
  async (
    trx: Kysely<DB>,
    actor: Actor,
    body: Parameters<typeof createRole>[2] & RoleMarks,
  ): Promise<{ id: string }> => {
    checkFunctionKeys(body.functions ?? []);
    const taken = await rowInOrg(trx, 'roles', actor.organizationId, { name: body.name }, ['id']);
    if (taken) throw conflict('org.role_name_taken', { name: body.name });
    const id = await createRole(trx, actor, body);
    if (body.optional || body.designated)
      await updateRole.in(trx, actor, id, { optional: body.optional, designated: body.designated });
    return { id };
  },
);

interface RoleMarks {
  optional?: boolean;
  designated?: boolean;
}
