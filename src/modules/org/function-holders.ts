/**
 * Who in this organization holds a role function: the body's own roles that carry it, each with the people
 * holding it today. A refused screen names them, so the reader knows whom to ask (never a title the code
 * decides: the roles are the body's own, from its policy).
 */
import type { Kysely } from 'kysely';
import { rowsInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../../http/errors.ts';
import { allFunctions } from './functions.ts';
import { currentAssignments } from './people-queries.ts';

/** The function's labels and the roles holding it (top tier first), with their active holders' names. */
export async function functionHolders(db: Kysely<DB>, organizationId: string, key: string) {
  const fn = allFunctions().find((f) => f.key === key);
  if (!fn) throw notFound('function');
  const roleIds = (await rowsInOrg(db, 'role_functions', organizationId, { function_key: key })).map(
    (r) => r.role_id,
  );
  if (!roleIds.length) return { function: { key, ja: fn.ja, en: fn.en }, roles: [] };
  const roles = (
    await rowsInOrg(db, 'roles', organizationId, {}, ['id', 'name', 'tier'], ['tier', 'name'])
  ).filter((r) => roleIds.includes(r.id));
  const holders = await currentAssignments(db, organizationId)
    .innerJoin('users as u', 'u.id', 'ra.user_id')
    .select(['u.display_name'])
    .where('ra.role_id', 'in', roleIds)
    .where('u.status', '=', 'active')
    .orderBy('ra.acting')
    .orderBy('u.login_id')
    .execute();
  return {
    function: { key, ja: fn.ja, en: fn.en },
    roles: roles.map((r) => ({
      id: r.id,
      name: r.name,
      holders: [...new Set(holders.filter((h) => h.role_id === r.id).map((h) => h.display_name))],
    })),
  };
}
