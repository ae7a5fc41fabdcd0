import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { updateAudited } from '../../db/update-audited.ts';
import { badInput, conflict } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { recordAudit } from '../audit/index.ts';
import { changedColumns } from './changes.ts';
import { credentials } from './credentials.ts';
import './events.ts';
import { rowWhereOrThrow } from '../../db/rows-in-org.ts';
import { transactional } from '../../db/transactional.ts';
import { mustFind, mustReference } from './lookup.ts';
import { createUser } from './service.ts';
import { parseOrgSettings } from './settings.ts';

export interface PersonInput {
  displayName: string;
  email?: string | null;
  phone?: string | null;
  unitId?: string | null;
  post?: string | null;
  employmentType?: string;
}

/** Rejects an employment type that is not on the organization's own list. */
async function checkEmploymentType(
  trx: Kysely<DB>,
  organizationId: string,
  type: string | undefined,
): Promise<void> {
  if (type === undefined) return;
  const org = await rowWhereOrThrow(trx, 'organizations', { id: organizationId }, ['settings']);
  if (!parseOrgSettings(org.settings).employmentTypes.includes(type)) {
    throw badInput('org.unknown_employment_type', { type }, [
      { field: 'employmentType', code: 'org.unknown_employment_type' },
    ]);
  }
}

/** Adds a person with a one-time password, returned once for the administrator to hand over. */
export const createPerson = transactional(
  async (
    trx: Kysely<DB>,
    actor: Actor,
    input: PersonInput & { loginId: string },
  ): Promise<{ id: string; oneTimePassword: string }> => {
    await mustReference(trx, 'units', actor.organizationId, input.unitId, 'unitId');
    await checkEmploymentType(trx, actor.organizationId, input.employmentType);
    const id = await createUser(trx, actor, input);
    if (input.phone)
      await trx.updateTable('users').set({ phone: input.phone }).where('id', '=', id).execute();
    const password = credentials().oneTimePassword();
    await credentials().setPassword(trx, actor, id, password, true);
    return { id, oneTimePassword: password };
  },
);

const EDITABLE = {
  displayName: 'display_name',
  email: 'email',
  phone: 'phone',
  unitId: 'unit_id',
  post: 'post',
  employmentType: 'employment_type',
} as const;

/** Changes a person's details; the audit row lists each changed field before and after. */
export const updatePerson = transactional(
  async (trx: Kysely<DB>, actor: Actor, id: string, input: Partial<PersonInput>): Promise<void> => {
    const org = actor.organizationId;
    const user = await mustFind(trx, 'users', org, id);
    await mustReference(trx, 'units', org, input.unitId, 'unitId');
    await checkEmploymentType(trx, org, input.employmentType);
    const { set, changes, changed } = changedColumns(
      user,
      Object.entries(EDITABLE).map(
        ([key, column]) => [key, column, input[key as keyof PersonInput]] as const,
      ),
    );
    if (!changed) return;
    await updateAudited(trx, actor, 'users', id, set, 'org.user_updated', 'user', {
      loginId: user.login_id,
      changes,
    });
  },
);

/** Ends every session of a person (suspension, retirement, transfer). Returns how many ended. */
export async function endSessions(trx: Kysely<DB>, userId: string): Promise<number> {
  const r = await trx.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows ?? 0);
}

/** Suspends, retires or reactivates an account; anything but active ends its sessions at once. */
export const setPersonStatus = transactional(
  async (
    trx: Kysely<DB>,
    actor: Actor,
    id: string,
    status: 'active' | 'suspended' | 'retired',
    reason: string | null,
  ): Promise<void> => {
    const user = await mustFind(trx, 'users', actor.organizationId, id);
    if (user.id === actor.userId && status !== 'active') throw conflict('org.cannot_suspend_self');
    if (user.status === status) return;
    await trx.updateTable('users').set({ status }).where('id', '=', id).execute();
    if (status !== 'active') await endSessions(trx, id);
    await recordAudit(
      trx,
      actor,
      'org.user_status_changed',
      { type: 'user', id },
      {
        loginId: user.login_id,
        before: user.status,
        after: status,
        reason,
      },
    );
  },
);
