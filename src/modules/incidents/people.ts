import type { Kysely } from 'kysely';
import { rowInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { todayJst } from '../../shared/business-days.ts';
import { inForceOn } from '../org/index.ts';
import type { RoleInfo } from './chain.ts';

/** The organization's roles with their tiers and function keys. */
export async function rolesOf(db: Kysely<DB>, orgId: string): Promise<RoleInfo[]> {
  const rows = await db
    .selectFrom('roles as r')
    .leftJoin('role_functions as rf', 'rf.role_id', 'r.id')
    .select(['r.id', 'r.name', 'r.tier', 'rf.function_key'])
    .where('r.organization_id', '=', orgId)
    .orderBy('r.tier')
    .execute();
  const map = new Map<string, RoleInfo>();
  for (const r of rows) {
    const role = map.get(r.id) ?? { id: r.id, name: r.name, tier: Number(r.tier), functions: [] };
    if (r.function_key) role.functions.push(r.function_key);
    map.set(r.id, role);
  }
  return [...map.values()];
}

export interface HolderQuery {
  functionKey?: string | null;
  tier?: number | null;
  roleId?: string | null;
  userId?: string | null;
}

/** Active users who hold a step today: by function (optionally of one tier), by role, or by name. */
export async function holdersOf(db: Kysely<DB>, orgId: string, q: HolderQuery): Promise<string[]> {
  if (q.userId) {
    const u = await rowInOrg(db, 'users', orgId, { id: q.userId, status: 'active' }, ['id']);
    return u ? [u.id] : [];
  }
  const today = todayJst();
  let sel = db
    .selectFrom('role_assignments as ra')
    .innerJoin('roles as r', 'r.id', 'ra.role_id')
    .innerJoin('users as u', 'u.id', 'ra.user_id')
    .select('u.id')
    .distinct()
    .where('ra.organization_id', '=', orgId)
    .where('u.status', '=', 'active')
    .where(inForceOn(today));
  if (q.roleId) sel = sel.where('r.id', '=', q.roleId);
  if (q.functionKey) {
    const fk = q.functionKey;
    sel = sel.where((eb) =>
      eb.exists(
        eb
          .selectFrom('role_functions as rf')
          .select('rf.role_id')
          .whereRef('rf.role_id', '=', 'r.id')
          .where('rf.function_key', '=', fk),
      ),
    );
  }
  if (q.tier !== null && q.tier !== undefined) sel = sel.where('r.tier', '=', q.tier);
  return (await sel.execute()).map((r) => r.id);
}

/** The tier-1 role holders: the CISO-equivalent when no one holds a dedicated function. */
export async function topTierHolders(db: Kysely<DB>, orgId: string): Promise<string[]> {
  const roles = await rolesOf(db, orgId);
  if (!roles.length) return [];
  const top = Math.min(...roles.map((r) => r.tier));
  return holdersOf(db, orgId, { tier: top });
}
