/**
 * Who may do what a refusal (`common.forbidden`) needs: the names of the caller's organization's own roles
 * that carry one of the functions, top tier first, so the refusal says whom to ask. Read from the role
 * tables every module shares through the registry's role functions; never a title written in code.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** At most this many roles are named (a refusal is one sentence). */
const MAX_NAMED = 5;

export async function rolesHolding(db: Kysely<DB>, organizationId: string, fns: string[]): Promise<string[]> {
  if (!fns.length) return [];
  const rows = await db
    .selectFrom('roles as r')
    .innerJoin('role_functions as rf', (j) =>
      j.onRef('rf.role_id', '=', 'r.id').onRef('rf.organization_id', '=', 'r.organization_id'),
    )
    .select(['r.name', 'r.tier'])
    .distinct()
    .where('r.organization_id', '=', organizationId)
    .where('rf.function_key', 'in', fns)
    .orderBy('r.tier')
    .orderBy('r.name')
    .limit(MAX_NAMED)
    .execute();
  return rows.map((r) => r.name);
}
