/** Writes of training plans, sessions, attendance and the 責任者's check (R-E9). */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { badInput } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import { mustReference } from '../org/index.ts';
import './events.ts';
import { insertAudited } from '../../db/insert-audited.ts';
import { insertInOrg } from '../../db/insert-in-org.ts';
import { findInOrg } from '../../http/find.ts';
import { completion } from './completion.ts';
import type { PlanInput } from './schema.ts';

/** A plan of the organization. */
export async function loadPlan(db: Kysely<DB>, org: string, id: string) {
  return findInOrg(db, 'training_plans', org, id, 'training_plan');
}

/** A session of the organization. */
export async function loadSession(db: Kysely<DB>, org: string, id: string) {
  return findInOrg(db, 'training_sessions', org, id, 'training_session');
}

/** Creates a training plan (the body's own course or one run by others, e.g. a member city). */
export async function createPlan(db: Kysely<DB>, actor: Actor, input: PlanInput): Promise<string> {
  const org = actor.organizationId;
  return db.transaction().execute(async (trx) => {
    if (input.audience === 'units' && !input.unitIds.length) {
      throw badInput('request.invalid', {}, [{ field: 'unitIds', code: 'field.required' }]);
    }
    for (const [i, u] of input.unitIds.entries()) await mustReference(trx, 'units', org, u, `unitIds.${i}`);
    const id = await insertAudited(
      trx,
      actor,
      'training_plans',
      {
        fiscal_year: input.fiscalYear,
        title: input.title,
        organizer: input.organizer ?? null,
        audience: input.audience,
        unit_ids: JSON.stringify(input.audience === 'units' ? input.unitIds : []),
        clause_path: input.clausePath ?? null,
        description: input.description ?? null,
        created_by: actor.userId,
        created_at: nowIso(),
      },
      'training.plan_created',
      'training_plan',
      {
        fiscalYear: input.fiscalYear,
        title: input.title,
        organizer: input.organizer ?? null,
        audience: input.audience,
      },
    );
    return id;
  });
}

/** Adds a session (date and place) to a plan. */
export async function addSession(
  db: Kysely<DB>,
  actor: Actor,
  planId: string,
  heldOn: string,
  place?: string,
) {
  return db.transaction().execute(async (trx) => {
    await loadPlan(trx, actor.organizationId, planId);
    const id = await insertAudited(
      trx,
      actor,
      'training_sessions',
      {
        plan_id: planId,
        held_on: heldOn,
        place: place ?? null,
        created_at: nowIso(),
      },
      'training.session_added',
      'training_session',
      { planId, heldOn },
    );
    return id;
  });
}

/** Writes attendance rows (replacing earlier ones of the same people) inside the caller's transaction. */
export async function writeAttendance(
  trx: Kysely<DB>,
  actor: Actor,
  sessionId: string,
  entries: { userId: string; attended: boolean }[],
  source: 'manual' | 'csv' | 'xlsx',
  /** False when the caller writes the audit event (an Excel import writes one for the whole file). */
  audit = true,
): Promise<void> {
  const now = nowIso();
  for (const e of entries) {
    await trx
      .deleteFrom('training_attendance')
      .where('session_id', '=', sessionId)
      .where('user_id', '=', e.userId)
      .execute();
    await insertInOrg(trx, 'training_attendance', actor.organizationId, {
      session_id: sessionId,
      user_id: e.userId,
      attended: e.attended ? 1 : 0,
      source,
      recorded_by: actor.userId,
      recorded_at: now,
    });
  }
  const attended = entries.filter((e) => e.attended).length;
  if (!audit) return;
  await recordAudit(
    trx,
    actor,
    'training.attendance_recorded',
    { type: 'training_session', id: sessionId },
    {
      sessionId,
      source,
      attended,
      absent: entries.length - attended,
    },
  );
}

/** Records attendance entered on screen. */
export async function recordAttendance(
  db: Kysely<DB>,
  actor: Actor,
  sessionId: string,
  entries: { userId: string; attended: boolean }[],
) {
  await db.transaction().execute(async (trx) => {
    await loadSession(trx, actor.organizationId, sessionId);
    for (const [i, e] of entries.entries())
      await mustReference(trx, 'users', actor.organizationId, e.userId, `entries.${i}.userId`);
    await writeAttendance(trx, actor, sessionId, entries, 'manual');
  });
}

/** The 責任者's check of attendance (training.check), with the completion figures at that moment. */
export async function checkPlan(
  db: Kysely<DB>,
  actor: Actor & { userId: string },
  planId: string,
  note: string,
) {
  await db.transaction().execute(async (trx) => {
    await loadPlan(trx, actor.organizationId, planId);
    const c = await completion(trx, actor.organizationId, planId);
    await insertInOrg(trx, 'training_checks', actor.organizationId, {
      plan_id: planId,
      checked_by: actor.userId,
      checked_at: nowIso(),
      note,
      completed: c.overall.completed,
      total: c.overall.total,
    });
    await recordAudit(
      trx,
      actor,
      'training.checked',
      { type: 'training_plan', id: planId },
      {
        planId,
        completed: c.overall.completed,
        total: c.overall.total,
        note,
      },
    );
  });
}
