import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { inForceOn } from './in-force.ts';

/** The roles a user holds today in an organization, with their function keys. */
export async function rolesAndFunctionsOf(
  db: Kysely<DB>,
  organizationId: string,
  userId: string,
  today: string,
): Promise<{ roles: { id: string; name: string; unitId: string | null }[]; functions: Set<string> }> {
  const rows = await db
    .selectFrom('role_assignments as ra')
    .innerJoin('roles as r', 'r.id', 'ra.role_id')
    .leftJoin('role_functions as rf', 'rf.role_id', 'r.id')
    .select(['r.id', 'r.name', 'ra.unit_id', 'rf.function_key'])
    .where('ra.organization_id', '=', organizationId)
    .where('ra.user_id', '=', userId)
    .where(inForceOn(today))
    .execute();
  const roles = new Map<string, { id: string; name: string; unitId: string | null }>();
  const functions = new Set<string>();
  for (const r of rows) {
    roles.set(`${r.id}:${r.unit_id ?? ''}`, { id: r.id, name: r.name, unitId: r.unit_id });
    if (r.function_key) functions.add(r.function_key);
  }
  return { roles: [...roles.values()], functions };
}

/**
 * The body's own administrators: its active people holding `org.admin` through a current role (a
 * hosting administrator visiting the body is not one of them).
 */
export async function administratorsOf(
  db: Kysely<DB>,
  organizationId: string,
  today: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('role_assignments as ra')
    .innerJoin('role_functions as rf', 'rf.role_id', 'ra.role_id')
    .innerJoin('users as u', 'u.id', 'ra.user_id')
    .select('u.id')
    .distinct()
    .where('ra.organization_id', '=', organizationId)
    .where('u.organization_id', '=', organizationId)
    .where('u.status', '=', 'active')
    .where('rf.function_key', '=', 'org.admin')
    .where(inForceOn(today))
    .execute();
  return rows.map((r) => r.id);
}
