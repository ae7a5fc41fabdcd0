import type { Kysely } from 'kysely';
import { insertAudited } from '../../db/insert-audited.ts';
import type { DB } from '../../db/schema.ts';
import type { Actor } from '../../shared/actor.ts';
import { nowIso } from '../../shared/time.ts';
import './events.ts';
import { transactional } from '../../db/transactional.ts';
import { mustFind, mustReference } from './lookup.ts';
import { assignChecked } from './roles.ts';

export interface AppointmentInput {
  userId: string;
  appointedBy?: string | null;
  appointedOn: string;
  unitId?: string | null;
  scope?: string | null;
  duties?: string | null;
  validUntil?: string | null;
}

/**
 * Records a designation (R-A2 アドバイザー by the CISO, R-A6 情報システム担当者 by the 管理者,
 * R-A9 推進員 by the head of a 課): who, by whom, when, for what; and gives the role from that day.
 */
export const recordAppointment = transactional(
  async (trx: Kysely<DB>, actor: Actor, roleId: string, input: AppointmentInput): Promise<string> => {
    const org = actor.organizationId;
    const role = await mustFind(trx, 'roles', org, roleId);
    await mustReference(trx, 'users', org, input.appointedBy, 'appointedBy');
    const assignmentId = await assignChecked.in(trx, actor, roleId, {
      userId: input.userId,
      unitId: input.unitId ?? null,
      validFrom: input.appointedOn,
      validUntil: input.validUntil ?? null,
    });
    const user = await mustFind(trx, 'users', org, input.userId);
    const by = input.appointedBy ? await mustFind(trx, 'users', org, input.appointedBy) : null;
    return insertAudited(
      trx,
      actor,
      'appointments',
      {
        role_id: roleId,
        user_id: input.userId,
        assignment_id: assignmentId,
        appointed_by: input.appointedBy ?? null,
        appointed_on: input.appointedOn,
        unit_id: input.unitId ?? null,
        scope: input.scope ?? null,
        duties: input.duties ?? null,
        created_at: nowIso(),
      },
      'org.appointment_recorded',
      'appointment',
      {
        role: role.name,
        loginId: user.login_id,
        appointedBy: by?.login_id ?? null,
        appointedOn: input.appointedOn,
        unitId: input.unitId ?? null,
        scope: input.scope ?? null,
      },
    );
  },
);

/** Appointment records of a role (or all roles), newest first, with names. */
export async function listAppointments(db: Kysely<DB>, organizationId: string, roleId?: string) {
  let q = db
    .selectFrom('appointments as a')
    .innerJoin('roles as r', 'r.id', 'a.role_id')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .leftJoin('users as b', 'b.id', 'a.appointed_by')
    .innerJoin('role_assignments as ra', 'ra.id', 'a.assignment_id')
    .select([
      'a.id',
      'a.role_id',
      'r.name as role_name',
      'a.user_id',
      'u.display_name',
      'a.appointed_by',
      'b.display_name as appointed_by_name',
      'a.appointed_on',
      'a.unit_id',
      'a.scope',
      'a.duties',
      'ra.ended_at',
    ])
    .where('a.organization_id', '=', organizationId)
    .orderBy('a.appointed_on', 'desc');
  if (roleId) q = q.where('a.role_id', '=', roleId);
  return (await q.execute()).map((a) => ({
    id: a.id,
    roleId: a.role_id,
    roleName: a.role_name,
    userId: a.user_id,
    displayName: a.display_name,
    appointedBy: a.appointed_by,
    appointedByName: a.appointed_by_name,
    appointedOn: a.appointed_on,
    unitId: a.unit_id,
    scope: a.scope,
    duties: a.duties,
    ended: a.ended_at !== null,
  }));
}
