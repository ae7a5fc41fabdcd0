/**
 * Four eyes on approval rights: an administrator cannot give themselves a function that approves
 * others' requests (the catalogue marks them `approves`) — neither by adding it to a role they hold nor
 * by taking a role that has it. Another administrator does it. A body with a single administrator
 * may allow it (`approvalSelfGrant: 'sole_administrator_may'`); each such grant is then recorded
 * (`org.approval_self_granted`). With two or more administrators the setting does not apply.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import './events.ts';
import { rowWhereOrThrow } from '../../db/rows-in-org.ts';
import { allFunctions } from './functions.ts';
import { administratorsOf, rolesAndFunctionsOf } from './queries.ts';
import { parseOrgSettings } from './settings.ts';

/** The keys among `keys` that approve. */
export function approvingOf(keys: Iterable<string>): string[] {
  const approving = new Set(
    allFunctions()
      .filter((f) => f.approves)
      .map((f) => f.key),
  );
  return [...new Set(keys)].filter((k) => approving.has(k)).sort();
}

/**
 * Called before `actor` gives themselves `keys` through `role` (how: the role's functions changed, or
 * the role assigned to them). Refuses with 403 unless the body allows it and `actor` is its only
 * administrator; then records the self-grant in the caller's transaction.
 */
export async function checkSelfGrant(
  trx: Kysely<DB>,
  actor: Actor,
  role: string,
  keys: string[],
  how: 'functions' | 'assignment',
): Promise<void> {
  if (!actor.userId) return;
  const today = nowIso().slice(0, 10);
  // What they already hold through another role is not given to them now.
  const held = (await rolesAndFunctionsOf(trx, actor.organizationId, actor.userId, today)).functions;
  const approving = approvingOf(keys).filter((k) => !held.has(k));
  if (!approving.length) return;
  const org = await rowWhereOrThrow(trx, 'organizations', { id: actor.organizationId }, ['settings']);
  const rule = parseOrgSettings(org.settings).approvalSelfGrant;
  const admins = await administratorsOf(trx, actor.organizationId, today);
  const sole = admins.every((id) => id === actor.userId);
  if (rule !== 'sole_administrator_may' || !sole) {
    const named = allFunctions().filter((f) => approving.includes(f.key));
    throw new AppError('org.self_grant_needs_second_admin', 403, {
      functions: named.map((f) => f.ja).join('、'),
      'functions@en': named.map((f) => f.en).join(', '),
    });
  }
  await recordAudit(trx, actor, 'org.approval_self_granted', null, { role, functions: approving, how, rule });
}

/** Whether `userId` holds `roleId` now or later (an assignment not ended and not expired). */
export async function holdsRole(trx: Kysely<DB>, organizationId: string, userId: string, roleId: string) {
  const row = await trx
    .selectFrom('role_assignments')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('user_id', '=', userId)
    .where('role_id', '=', roleId)
    .where('ended_at', 'is', null)
    .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', nowIso().slice(0, 10))]))
    .executeTakeFirst();
  return !!row;
}

/** Runs a role change; a refused self-grant is recorded (in its own transaction) before it is answered. */
export async function recordingRefusal<T>(
  db: Kysely<DB>,
  actor: Actor,
  roleId: string,
  how: 'functions' | 'assignment',
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (e instanceof AppError && e.code === 'org.self_grant_needs_second_admin')
      await db
        .transaction()
        .execute((trx) =>
          recordAudit(trx, actor, 'org.self_grant_refused', { type: 'role', id: roleId }, { how }),
        );
    throw e;
  }
}
