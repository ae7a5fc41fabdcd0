import type { Kysely } from 'kysely';
import { rowsInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { currentAssignments } from './people-queries.ts';

/**
 * The emergency contact tree (R-A4): the organization's roles from the top tier down, each with
 * the people holding it today and how to reach them. Computed from the role table, so a body
 * without a CISO simply starts at whichever role its policy puts on top.
 */
export async function contactTree(db: Kysely<DB>, organizationId: string) {
  const roles = await rowsInOrg(
    db,
    'roles',
    organizationId,
    {},
    ['id', 'name', 'tier', 'post'],
    ['tier', 'name'],
  );
  const holders = await currentAssignments(db, organizationId)
    .innerJoin('users as u', 'u.id', 'ra.user_id')
    .leftJoin('units as un', 'un.id', 'ra.unit_id')
    .leftJoin('units as hu', 'hu.id', 'u.unit_id')
    .select([
      'u.display_name',
      'u.phone',
      'u.email',
      'u.post',
      'un.name as scope_unit',
      'hu.name as home_unit',
    ])
    .where('u.status', '=', 'active')
    .orderBy('ra.acting')
    .orderBy('u.login_id')
    .execute();
  const tiers: { tier: number; roles: unknown[] }[] = [];
  for (const r of roles) {
    let group = tiers.find((t) => t.tier === r.tier);
    if (!group) {
      group = { tier: r.tier, roles: [] };
      tiers.push(group);
    }
    group.roles.push({
      id: r.id,
      name: r.name,
      post: r.post,
      holders: holders
        .filter((h) => h.role_id === r.id)
        .map((h) => ({
          userId: h.user_id,
          displayName: h.display_name,
          post: h.post,
          unitName: h.scope_unit ?? h.home_unit,
          phone: h.phone,
          email: h.email,
          acting: h.acting === 1,
        })),
    });
  }
  return tiers;
}
