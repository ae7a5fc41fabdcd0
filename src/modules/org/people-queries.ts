import type { Kysely } from 'kysely';
import { rowsInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { todayJst } from '../../shared/business-days.ts';
import { inForceOn } from './in-force.ts';
import { mustFind } from './lookup.ts';

export interface PeopleFilter {
  unitId?: string;
  roleId?: string;
  status?: 'active' | 'suspended' | 'retired';
  q?: string;
}

/** Current (not ended, within dates) assignments of an organization, joined with role names. */
export function currentAssignments(db: Kysely<DB>, organizationId: string, today = todayJst()) {
  return db
    .selectFrom('role_assignments as ra')
    .innerJoin('roles as r', 'r.id', 'ra.role_id')
    .select([
      'ra.id',
      'ra.user_id',
      'ra.role_id',
      'ra.unit_id',
      'ra.acting',
      'ra.valid_from',
      'ra.valid_until',
      'r.name as role_name',
      'r.tier',
    ])
    .where('ra.organization_id', '=', organizationId)
    .where(inForceOn(today));
}

/** People of an organization with their current roles; `units` limits to visible units (null = all). */
export async function listPeople(
  db: Kysely<DB>,
  organizationId: string,
  filter: PeopleFilter,
  units: string[] | null,
) {
  let q = db
    .selectFrom('users as u')
    .leftJoin('units as un', 'un.id', 'u.unit_id')
    .select([
      'u.id',
      'u.login_id',
      'u.display_name',
      'u.email',
      'u.phone',
      'u.unit_id',
      'un.name as unit_name',
      'u.post',
      'u.employment_type',
      'u.status',
    ])
    .where('u.organization_id', '=', organizationId)
    .orderBy('u.login_id');
  if (units !== null) q = units.length ? q.where('u.unit_id', 'in', units) : q.where('u.id', '=', '');
  if (filter.unitId) q = q.where('u.unit_id', '=', filter.unitId);
  if (filter.status) q = q.where('u.status', '=', filter.status);
  if (filter.q) {
    const like = `%${filter.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([eb('u.display_name', 'like', like), eb('u.login_id', 'like', like), eb('u.post', 'like', like)]),
    );
  }
  if (filter.roleId) {
    const holders = currentAssignments(db, organizationId)
      .clearSelect()
      .select('ra.user_id')
      .where('ra.role_id', '=', filter.roleId);
    q = q.where('u.id', 'in', holders);
  }
  const people = await q.execute();
  const assignments = await currentAssignments(db, organizationId).execute();
  const byUser = new Map<
    string,
    { roleId: string; roleName: string; unitId: string | null; acting: boolean }[]
  >();
  for (const a of assignments) {
    const list = byUser.get(a.user_id) ?? [];
    list.push({ roleId: a.role_id, roleName: a.role_name, unitId: a.unit_id, acting: a.acting === 1 });
    byUser.set(a.user_id, list);
  }
  return people.map((p) => ({
    id: p.id,
    loginId: p.login_id,
    displayName: p.display_name,
    email: p.email,
    phone: p.phone,
    unitId: p.unit_id,
    unitName: p.unit_name,
    post: p.post,
    employmentType: p.employment_type,
    status: p.status,
    roles: byUser.get(p.id) ?? [],
  }));
}

/** One person with every assignment (past ones too), appointments and transfers. */
export async function personDetail(db: Kysely<DB>, organizationId: string, id: string) {
  const u = await mustFind(db, 'users', organizationId, id);
  const assignments = await db
    .selectFrom('role_assignments as ra')
    .innerJoin('roles as r', 'r.id', 'ra.role_id')
    .select([
      'ra.id',
      'ra.role_id',
      'r.name as role_name',
      'ra.unit_id',
      'ra.acting',
      'ra.valid_from',
      'ra.valid_until',
      'ra.ended_at',
      'ra.end_reason',
    ])
    .where('ra.organization_id', '=', organizationId)
    .where('ra.user_id', '=', id)
    .orderBy('ra.created_at')
    .execute();
  const transfers = await rowsInOrg(db, 'transfers', organizationId, { user_id: id }, '*', ['effective_on']);
  return {
    id: u.id,
    loginId: u.login_id,
    displayName: u.display_name,
    email: u.email,
    phone: u.phone,
    unitId: u.unit_id,
    post: u.post,
    employmentType: u.employment_type,
    status: u.status,
    assignments: assignments.map((a) => ({
      id: a.id,
      roleId: a.role_id,
      roleName: a.role_name,
      unitId: a.unit_id,
      acting: a.acting === 1,
      validFrom: a.valid_from,
      validUntil: a.valid_until,
      endedAt: a.ended_at,
      endReason: a.end_reason,
    })),
    transfers: transfers.map((t) => ({
      id: t.id,
      kind: t.kind,
      effectiveOn: t.effective_on,
      toUnitId: t.to_unit_id,
      newPost: t.new_post,
      appliedAt: t.applied_at,
    })),
  };
}

/** Active people with their unit's name, by name: what pickers offer. */
export function pickerPeople(db: Kysely<DB>, organizationId: string) {
  return db
    .selectFrom('users as u')
    .leftJoin('units as un', 'un.id', 'u.unit_id')
    .select(['u.id', 'u.display_name', 'u.unit_id', 'un.name as unit_name'])
    .where('u.organization_id', '=', organizationId)
    .where('u.status', '=', 'active')
    .orderBy('u.display_name')
    .execute();
}
