/** Who holds a role or a function today: the respondents, reminders and report recipients. */
import type { Kysely } from 'kysely';
import { rowsInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { todayJst } from '../../shared/business-days.ts';
import { inForceOn } from '../org/index.ts';

export interface Holder {
  userId: string;
  roleId: string;
  /** The unit the assignment covers, or the person's own unit. */
  unitId: string | null;
}

function activeAssignments(db: Kysely<DB>, org: string) {
  const today = todayJst();
  return db
    .selectFrom('role_assignments as ra')
    .innerJoin('users as u', 'u.id', 'ra.user_id')
    .select(['ra.user_id', 'ra.role_id', 'ra.unit_id as scope_unit', 'u.unit_id as own_unit'])
    .where('ra.organization_id', '=', org)
    .where('u.status', '=', 'active')
    .where(inForceOn(today));
}

/** Active holders of the roles, optionally only assignments covering one of the units. */
export async function roleHolders(
  db: Kysely<DB>,
  org: string,
  roleIds: string[],
  unitIds: string[] = [],
): Promise<Holder[]> {
  if (!roleIds.length) return [];
  const rows = await activeAssignments(db, org).where('ra.role_id', 'in', roleIds).execute();
  return rows
    .filter((r) => !unitIds.length || unitIds.includes(r.scope_unit ?? r.own_unit ?? ''))
    .map((r) => ({ userId: r.user_id, roleId: r.role_id, unitId: r.scope_unit ?? r.own_unit }));
}

/** Active people holding a function through any of their roles. */
export async function functionHolders(db: Kysely<DB>, org: string, fn: string): Promise<string[]> {
  const rows = await activeAssignments(db, org)
    .innerJoin('role_functions as rf', 'rf.role_id', 'ra.role_id')
    .where('rf.function_key', '=', fn)
    .execute();
  return [...new Set(rows.map((r) => r.user_id))];
}

/** Roles with an assignment scoped to one of the units (the roles that own what the unit holds). */
export async function rolesOfUnits(db: Kysely<DB>, org: string, unitIds: string[]): Promise<string[]> {
  if (!unitIds.length) return [];
  const rows = await activeAssignments(db, org).where('ra.unit_id', 'in', unitIds).execute();
  return [...new Set(rows.map((r) => r.role_id))];
}

/** Active staff of the organization. */
export async function activeStaff(db: Kysely<DB>, org: string) {
  return rowsInOrg(db, 'users', org, { status: 'active' }, ['id', 'unit_id'], ['login_id']);
}
