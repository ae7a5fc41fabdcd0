import type { Kysely } from 'kysely';
import { rowsWhere } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { mustFind } from './lookup.ts';

/** Committees of an organization with member counts. */
export async function listCommittees(db: Kysely<DB>, organizationId: string) {
  const rows = await db
    .selectFrom('committees as c')
    .leftJoin('committee_members as m', 'm.committee_id', 'c.id')
    .select((eb) => [
      'c.id',
      'c.name',
      'c.purpose',
      'c.chair_post',
      eb.fn.count<number>('m.id').as('members'),
    ])
    .where('c.organization_id', '=', organizationId)
    .groupBy(['c.id', 'c.name', 'c.purpose', 'c.chair_post'])
    .orderBy('c.name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    purpose: r.purpose,
    chairPost: r.chair_post,
    members: Number(r.members),
  }));
}

/** One committee with its roster and meetings. */
export async function committeeDetail(db: Kysely<DB>, organizationId: string, id: string) {
  const c = await mustFind(db, 'committees', organizationId, id);
  const members = await db
    .selectFrom('committee_members as m')
    .leftJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.id', 'm.user_id', 'u.display_name', 'm.dept', 'm.section', 'm.post'])
    .where('m.committee_id', '=', id)
    .orderBy('m.sort_order')
    .execute();
  const meetings = await rowsWhere(db, 'committee_meetings', { committee_id: id }, '*', [
    ['held_on', 'desc'],
  ]);
  return {
    id: c.id,
    name: c.name,
    purpose: c.purpose,
    duties: c.duties,
    chairUserId: c.chair_user_id,
    chairPost: c.chair_post,
    secretariatUnitId: c.secretariat_unit_id,
    clausePath: c.clause_path,
    members: members.map((m) => ({
      id: m.id,
      userId: m.user_id,
      displayName: m.display_name,
      dept: m.dept,
      section: m.section,
      post: m.post,
    })),
    meetings: meetings.map((m) => ({ id: m.id, heldOn: m.held_on, agenda: m.agenda, minutes: m.minutes })),
  };
}
