/** Reads of training plans: the list with sessions, and a plan's completion with its checks. */
import type { Kysely } from 'kysely';
import { rowsInOrg, rowsWhere } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { completion } from './completion.ts';
import { loadPlan } from './service.ts';

/** The organization's plans, newest year first, each with its sessions by date. */
export async function listPlans(db: Kysely<DB>, organizationId: string) {
  const plans = await rowsInOrg(db, 'training_plans', organizationId, {}, '*', [['fiscal_year', 'desc']]);
  const sessions = await rowsInOrg(db, 'training_sessions', organizationId, {}, '*', ['held_on']);
  return plans.map((p) => ({
    id: p.id,
    fiscalYear: p.fiscal_year,
    title: p.title,
    organizer: p.organizer,
    audience: p.audience,
    clausePath: p.clause_path,
    sessions: sessions
      .filter((x) => x.plan_id === p.id)
      .map((x) => ({ id: x.id, heldOn: x.held_on, place: x.place })),
  }));
}

/** A plan's completion by unit and who missed it, with the 責任者's checks, latest first; 404 for another organization's plan. */
export async function planCompletion(db: Kysely<DB>, organizationId: string, planId: string) {
  await loadPlan(db, organizationId, planId);
  const checks = await rowsWhere(db, 'training_checks', { plan_id: planId }, '*', [['checked_at', 'desc']]);
  return {
    ...(await completion(db, organizationId, planId)),
    checks: checks.map((c) => ({
      checkedBy: c.checked_by,
      checkedAt: c.checked_at,
      note: c.note,
      completed: c.completed,
      total: c.total,
    })),
  };
}
