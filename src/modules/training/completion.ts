/** Who a plan is for and who has attended: completion by unit, and who missed it (R-E9). */
import type { Kysely } from 'kysely';
import { rowInOrgOrThrow, rowsInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { unitAndDescendants } from '../org/index.ts';

/** Active people a plan addresses: all staff or the people of its units (sub-units included). */
export async function audience(db: Kysely<DB>, org: string, plan: { audience: string; unit_ids: string }) {
  let q = db
    .selectFrom('users')
    .select(['id', 'display_name', 'login_id', 'unit_id'])
    .where('organization_id', '=', org)
    .where('status', '=', 'active');
  if (plan.audience === 'units') {
    const units = await unitAndDescendants(db, org, JSON.parse(plan.unit_ids) as string[]);
    q = units.length ? q.where('unit_id', 'in', units) : q.where('id', '=', '');
  }
  return q.orderBy('login_id').execute();
}

/** Completion of a plan by unit, and the people who have not attended any session. */
export async function completion(db: Kysely<DB>, org: string, planId: string) {
  const plan = await rowInOrgOrThrow(db, 'training_plans', org, { id: planId });
  const people = await audience(db, org, plan);
  const attended = new Set(
    (
      await db
        .selectFrom('training_attendance as a')
        .innerJoin('training_sessions as s', 's.id', 'a.session_id')
        .select('a.user_id')
        .where('s.plan_id', '=', planId)
        .where('a.attended', '=', 1)
        .execute()
    ).map((r) => r.user_id),
  );
  const units = await rowsInOrg(db, 'units', org, {}, ['id', 'name']);
  const names = new Map(units.map((u) => [u.id, u.name]));
  const byUnit = new Map<
    string,
    { unitId: string | null; name: string | null; total: number; completed: number }
  >();
  for (const p of people) {
    const key = p.unit_id ?? '-';
    const u = byUnit.get(key) ?? {
      unitId: p.unit_id,
      name: names.get(key) ?? null,
      total: 0,
      completed: 0,
    };
    u.total++;
    if (attended.has(p.id)) u.completed++;
    byUnit.set(key, u);
  }
  const missed = people.filter((p) => !attended.has(p.id));
  return {
    overall: { total: people.length, completed: people.length - missed.length },
    // People of no unit come last; the screen names that row in the reader's language.
    byUnit: [...byUnit.values()].sort((a, b) =>
      a.name === null || b.name === null
        ? Number(a.name === null) - Number(b.name === null)
        : a.name.localeCompare(b.name, 'ja'),
    ),
    missed: missed.map((p) => ({
      userId: p.id,
      displayName: p.display_name,
      loginId: p.login_id,
      unitId: p.unit_id,
    })),
  };
}
