/**
 * The person who creates a body is its first administrator there: a role of mamori's own, 「初期設定担当」,
 * holding every function needed to set the body up (policy, scheme, people, roles, registers, request
 * types) — no approving function, so it never stands in for the approvers the policy names. The creator
 * (a system administrator of the hosting organization) holds it until the body hands it over to one of
 * its own people. Both steps are audited.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { conflict } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import './events.ts';
import { insertInOrg } from '../../db/insert-in-org.ts';
import { rowWhereOrThrow } from '../../db/rows-in-org.ts';
import { transactional } from '../../db/transactional.ts';
import { allFunctions } from './functions.ts';
import { mustReference } from './lookup.ts';
import { ja } from './messages.ts';
import { assignRole, createRole } from './service.ts';

/**
 * The founder role's name as the body's records keep it: a role of the body, named in Japanese like the
 * roles its policy names (the English is for the catalogue only).
 */
export const FOUNDER_ROLE = ja['org.founder_role.name'];

/**
 * What setting a body up takes: every function the catalogue marks `setup` (policy, scheme, people,
 * roles, request types, log) and the register, for its first entries. No approving function: approvals
 * stay with the roles the policy names.
 */
export function setupFunctions(): string[] {
  const register = ['assets.manage', 'assets.classify', 'assets.read', 'assets.read_all'];
  return allFunctions()
    .filter((f) => f.setup || register.includes(f.key))
    .map((f) => f.key)
    .sort();
}

/** The founder role of a body (created with the body), or null for a body made before it existed. */
export async function founderRole(db: Kysely<DB>, organizationId: string) {
  return db
    .selectFrom('roles')
    .select(['id', 'name'])
    .where('organization_id', '=', organizationId)
    .where('name', '=', FOUNDER_ROLE)
    .where('clause_path', 'is', null)
    .executeTakeFirst();
}

/** Makes `creatorId` the first administrator of the new body `actor.organizationId` (in the caller's transaction). */
export async function grantFounder(
  trx: Kysely<DB>,
  actor: Actor,
  creatorId: string,
  label: string,
): Promise<string> {
  const roleId = await createRole(trx, actor, {
    name: FOUNDER_ROLE,
    // Below every tier a policy proposes, so it never becomes the top of the body's chain of command.
    tier: 99,
    duties: ja['org.founder_role.duties'],
    functions: setupFunctions(),
  });
  await insertInOrg(trx, 'role_assignments', actor.organizationId, {
    role_id: roleId,
    user_id: creatorId,
    unit_id: null,
    acting: 0,
    valid_from: null,
    valid_until: null,
    created_at: nowIso(),
  });
  await recordAudit(
    trx,
    actor,
    'org.founder_granted',
    { type: 'role', id: roleId },
    {
      role: FOUNDER_ROLE,
      to: label,
      functions: setupFunctions(),
    },
  );
  return roleId;
}

/**
 * Hands the founder role over to a person of the body: they receive it, and every assignment of it to
 * someone outside the body (the creator) ends. Audited as one hand-over plus the assignment.
 */
export const handOverSetup = transactional(
  async (trx: Kysely<DB>, actor: Actor, toUserId: string): Promise<void> => {
    const org = actor.organizationId;
    await mustReference(trx, 'users', org, toUserId, 'userId');
    const role = await founderRole(trx, org);
    if (!role) throw conflict('org.no_founder_role');
    await assignRole(trx, actor, { roleId: role.id, userId: toUserId });
    const outside = await trx
      .selectFrom('role_assignments as ra')
      .innerJoin('users as u', 'u.id', 'ra.user_id')
      .select(['ra.id', 'u.login_id'])
      .where('ra.organization_id', '=', org)
      .where('ra.role_id', '=', role.id)
      .where('ra.ended_at', 'is', null)
      .where('u.organization_id', '!=', org)
      .execute();
    if (outside.length) {
      await trx
        .updateTable('role_assignments')
        .set({ ended_at: nowIso(), end_reason: 'handover' })
        .where(
          'id',
          'in',
          outside.map((o) => o.id),
        )
        .execute();
    }
    const to = await rowWhereOrThrow(trx, 'users', { id: toUserId }, ['login_id']);
    await recordAudit(
      trx,
      actor,
      'org.setup_handed_over',
      { type: 'role', id: role.id },
      {
        role: role.name,
        to: to.login_id,
        from: outside.map((o) => o.login_id),
      },
    );
  },
);
