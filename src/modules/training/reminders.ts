/** Reminders to people who missed a training once all its sessions are past (jobs + notifications). */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { type Actor, systemActor } from '../../shared/actor.ts';
import { todayJst } from '../../shared/business-days.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import { notify } from '../notifications/index.ts';
import './events.ts';
import { rowInOrgOrThrow } from '../../db/rows-in-org.ts';
import { completion } from './completion.ts';

export const TRAINING_SWEEP = 'training.sweep';

/** Tells each person who missed the plan (once per person), and records it. Returns how many were told. */
export async function remindMissed(db: Kysely<DB>, actor: Actor, planId: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const plan = await rowInOrgOrThrow(trx, 'training_plans', actor.organizationId, { id: planId });
    const { missed } = await completion(trx, actor.organizationId, planId);
    const done = new Set(
      (
        await trx.selectFrom('training_reminders').select('user_id').where('plan_id', '=', planId).execute()
      ).map((r) => r.user_id),
    );
    const todo = missed.filter((m) => !done.has(m.userId));
    if (!todo.length) return 0;
    for (const m of todo) {
      await trx
        .insertInto('training_reminders')
        .values({
          organization_id: actor.organizationId,
          plan_id: planId,
          user_id: m.userId,
          reminded_at: nowIso(),
        })
        .execute();
    }
    await notify(
      trx,
      actor.organizationId,
      todo.map((m) => m.userId),
      {
        code: plan.organizer ? 'notice.training.missed_organized' : 'notice.training.missed',
        params: { plan: plan.title, organizer: plan.organizer ?? '' },
        link: '/my-work',
      },
    );
    await recordAudit(
      trx,
      actor,
      'training.reminded',
      { type: 'training_plan', id: planId },
      { planId, people: todo.length },
    );
    return todo.length;
  });
}

/** The daily sweep: plans whose last session is past remind those who missed them. */
export async function trainingSweep(db: Kysely<DB>, today: string = todayJst()): Promise<number> {
  const rows = await db
    .selectFrom('training_sessions')
    .select(['plan_id', 'organization_id'])
    .select((eb) => eb.fn.max('held_on').as('last'))
    .groupBy(['plan_id', 'organization_id'])
    .execute();
  let sent = 0;
  for (const r of rows)
    if (String(r.last) < today) sent += await remindMissed(db, systemActor(r.organization_id), r.plan_id);
  return sent;
}
