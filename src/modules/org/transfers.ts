import type { Kysely } from 'kysely';
import { insertAudited } from '../../db/insert-audited.ts';
import type { DB } from '../../db/schema.ts';
import { type Actor, systemActor } from '../../shared/actor.ts';
import { todayJst } from '../../shared/business-days.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import './events.ts';
import { transactional } from '../../db/transactional.ts';
import { mustFind, mustReference } from './lookup.ts';
import { offboardingChecklist } from './offboarding.ts';
import { endSessions } from './people.ts';
import { currentAssignments } from './people-queries.ts';

export interface TransferInput {
  userId: string;
  kind: 'transfer' | 'retirement';
  effectiveOn: string;
  toUnitId?: string | null;
  newPost?: string | null;
}

/** What applying a transfer did, and what the person must still return. */
export interface TransferOutcome {
  applied: boolean;
  endedAssignments: string[];
  sessionsEnded: number;
  toReturn: { name: string; items: string[] }[];
}

/**
 * Records a transfer (new unit/post) or retirement. When the date is today or past it takes
 * effect at once; otherwise `applyDueTransfers` applies it on the day (R-E8, R-F13).
 */
export const recordTransfer = transactional(
  async (
    trx: Kysely<DB>,
    actor: Actor,
    input: TransferInput,
  ): Promise<{ id: string; outcome: TransferOutcome }> => {
    const org = actor.organizationId;
    const user = await mustFind(trx, 'users', org, input.userId);
    await mustReference(trx, 'units', org, input.toUnitId, 'toUnitId');
    const id = await insertAudited(
      trx,
      actor,
      'transfers',
      {
        user_id: user.id,
        kind: input.kind,
        effective_on: input.effectiveOn,
        from_unit_id: user.unit_id,
        to_unit_id: input.kind === 'transfer' ? (input.toUnitId ?? null) : null,
        new_post: input.kind === 'transfer' ? (input.newPost ?? null) : null,
        applied_at: null,
        outcome: null,
        recorded_by: actor.userId,
        created_at: nowIso(),
      },
      'org.transfer_recorded',
      'transfer',
      {
        loginId: user.login_id,
        kind: input.kind,
        effectiveOn: input.effectiveOn,
        toUnitId: input.toUnitId ?? null,
        newPost: input.newPost ?? null,
      },
    );
    if (input.effectiveOn <= todayJst()) return { id, outcome: await applyTransfer(trx, actor, id) };
    return {
      id,
      outcome: {
        applied: false,
        endedAssignments: [],
        sessionsEnded: 0,
        toReturn: await offboardingChecklist(trx, org, user.id),
      },
    };
  },
);

/**
 * Makes a transfer take effect: a retirement suspends the account and ends every role; a transfer
 * moves the person and ends the roles tied to the old unit (body-wide roles stay). Sessions end
 * either way so the next request sees the new rights.
 */
export async function applyTransfer(
  trx: Kysely<DB>,
  actor: Actor,
  transferId: string,
): Promise<TransferOutcome> {
  const org = actor.organizationId;
  const t = await mustFind(trx, 'transfers', org, transferId);
  const user = await mustFind(trx, 'users', org, t.user_id);
  const now = nowIso();
  const reason = t.kind === 'retirement' ? 'retirement' : 'transfer';
  const held = await currentAssignments(trx, org).where('ra.user_id', '=', user.id).execute();
  const ending = held.filter(
    (a) => t.kind === 'retirement' || (a.unit_id !== null && a.unit_id === t.from_unit_id),
  );
  for (const a of ending) {
    await trx
      .updateTable('role_assignments')
      .set({ ended_at: now, end_reason: reason })
      .where('id', '=', a.id)
      .execute();
  }
  if (t.kind === 'retirement') {
    await trx.updateTable('users').set({ status: 'retired' }).where('id', '=', user.id).execute();
  } else {
    await trx
      .updateTable('users')
      .set({ unit_id: t.to_unit_id ?? user.unit_id, post: t.new_post ?? user.post })
      .where('id', '=', user.id)
      .execute();
  }
  const sessionsEnded = await endSessions(trx, user.id);
  const toReturn = await offboardingChecklist(trx, org, user.id);
  const outcome: TransferOutcome = {
    applied: true,
    endedAssignments: ending.map((a) => a.role_name),
    sessionsEnded,
    toReturn,
  };
  await trx
    .updateTable('transfers')
    .set({ applied_at: now, outcome: JSON.stringify(outcome) })
    .where('id', '=', transferId)
    .execute();
  await recordAudit(
    trx,
    actor,
    'org.transfer_applied',
    { type: 'transfer', id: transferId },
    {
      loginId: user.login_id,
      kind: t.kind,
      effectiveOn: t.effective_on,
      endedAssignments: outcome.endedAssignments,
      sessionsEnded,
      toReturn: toReturn.reduce((n, s) => n + s.items.length, 0),
    },
  );
  return outcome;
}

/** Applies every pending transfer whose date has come (run periodically by the module). */
export async function applyDueTransfers(db: Kysely<DB>, today = todayJst()): Promise<number> {
  const due = await db
    .selectFrom('transfers')
    .select(['id', 'organization_id'])
    .where('applied_at', 'is', null)
    .where('effective_on', '<=', today)
    .execute();
  for (const d of due) {
    await db
      .transaction()
      .execute((trx) => applyTransfer(trx, systemActor(d.organization_id, 'transfers'), d.id));
  }
  return due.length;
}

/** Transfers of an organization, pending first, with names. */
export async function listTransfers(db: Kysely<DB>, organizationId: string) {
  const rows = await db
    .selectFrom('transfers as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select([
      't.id',
      't.user_id',
      'u.display_name',
      't.kind',
      't.effective_on',
      't.from_unit_id',
      't.to_unit_id',
      't.new_post',
      't.applied_at',
      't.outcome',
    ])
    .where('t.organization_id', '=', organizationId)
    .orderBy('t.effective_on', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    displayName: r.display_name,
    kind: r.kind,
    effectiveOn: r.effective_on,
    fromUnitId: r.from_unit_id,
    toUnitId: r.to_unit_id,
    newPost: r.new_post,
    appliedAt: r.applied_at,
    outcome: r.outcome ? (JSON.parse(r.outcome) as TransferOutcome) : null,
  }));
}
