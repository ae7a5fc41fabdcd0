/** Work of the yearly cycle: items to answer, measures, audits and findings, trainings to attend. */
import type { Kysely } from 'kysely';
import { rowsInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { todayJst } from '../../shared/business-days.ts';
import { audience } from '../training/index.ts';
import { type Person, type WorkItem, workItem } from './items.ts';

/** Open campaigns with items the person has not answered yet (one line per campaign, with the count). */
export async function assessmentWork(db: Kysely<DB>, p: Person): Promise<WorkItem[]> {
  const rows = await db
    .selectFrom('assessment_responses as r')
    .innerJoin('assessment_campaigns as c', 'c.id', 'r.campaign_id')
    .select(['c.id', 'c.title', 'c.due_on', 'c.launched_at', 'c.created_at'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('r.organization_id', '=', p.organizationId)
    .where('r.user_id', '=', p.userId)
    .where('r.answer', 'is', null)
    .where('c.status', '=', 'open')
    .groupBy(['c.id', 'c.title', 'c.due_on', 'c.launched_at', 'c.created_at'])
    .execute();
  const out: WorkItem[] = rows.map((c) =>
    workItem('assessment', c.id, c.title, c.launched_at ?? c.created_at, '/inspections/assessment/mine', {
      count: Number(c.n),
      dueOn: c.due_on,
    }),
  );
  const measures = await db
    .selectFrom('assessment_measures as m')
    .innerJoin('assessment_campaigns as c', 'c.id', 'm.campaign_id')
    .select(['m.id', 'm.title', 'm.due_on', 'm.created_at', 'c.title as campaign'])
    .where('m.organization_id', '=', p.organizationId)
    .where('m.owner_user_id', '=', p.userId)
    .where('m.status', '=', 'open')
    .execute();
  for (const m of measures)
    out.push(
      workItem('measure', m.id, m.title, m.created_at, `/inspections/assessment/measures/${m.id}`, {
        detail: m.campaign,
        dueOn: m.due_on,
      }),
    );
  return out;
}

/** Audits the person is appointed to (with findings awaiting their follow-up) and findings their unit must answer. */
export async function auditWork(db: Kysely<DB>, p: Person): Promise<WorkItem[]> {
  const out: WorkItem[] = [];
  const plans = await db
    .selectFrom('audit_auditors as a')
    .innerJoin('audit_plans as pl', 'pl.id', 'a.plan_id')
    .select(['pl.id', 'pl.title', 'pl.status', 'pl.timing', 'a.created_at'])
    .where('a.organization_id', '=', p.organizationId)
    .where('a.user_id', '=', p.userId)
    .where('pl.status', '!=', 'closed')
    .execute();
  for (const pl of plans) {
    const responded = await db
      .selectFrom('audit_findings')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('organization_id', '=', p.organizationId)
      .where('plan_id', '=', pl.id)
      .where('status', '=', 'responded')
      .executeTakeFirstOrThrow();
    const n = Number(responded.n);
    out.push(
      workItem(
        n ? 'finding_follow_up' : 'audit',
        pl.id,
        pl.title,
        pl.created_at,
        `/inspections/audits/${pl.id}`,
        { detail: pl.timing || null, count: n || null },
      ),
    );
  }
  if (p.functions.has('audits.respond') && p.unitId) {
    const findings = await db
      .selectFrom('audit_findings as f')
      .innerJoin('audit_plans as pl', 'pl.id', 'f.plan_id')
      .select(['f.id', 'f.plan_id', 'f.title', 'f.due_on', 'f.created_at', 'pl.title as plan'])
      .where('f.organization_id', '=', p.organizationId)
      .where('f.unit_id', '=', p.unitId)
      .where('f.status', '=', 'open')
      .execute();
    for (const f of findings)
      out.push(
        workItem('finding', f.id, f.title, f.created_at, `/inspections/audits/${f.plan_id}`, {
          detail: f.plan,
          dueOn: f.due_on,
        }),
      );
  }
  return out;
}

/** The fiscal year (April–March) a Japan date falls in. */
export function fiscalYearOf(isoDate: string): number {
  const [y, m] = isoDate.split('-').map(Number);
  return m >= 4 ? y : y - 1;
}

/** Trainings of this fiscal year addressed to the person that they have not attended, with the next session. */
export async function trainingWork(db: Kysely<DB>, p: Person, today = todayJst()): Promise<WorkItem[]> {
  const plans = await rowsInOrg(db, 'training_plans', p.organizationId, { fiscal_year: fiscalYearOf(today) });
  const out: WorkItem[] = [];
  for (const plan of plans) {
    if (plan.audience === 'units' && !p.unitId) continue;
    const addressed = (await audience(db, p.organizationId, plan)).some((u) => u.id === p.userId);
    if (!addressed) continue;
    const attended = await db
      .selectFrom('training_attendance as a')
      .innerJoin('training_sessions as s', 's.id', 'a.session_id')
      .select('a.id')
      .where('s.plan_id', '=', plan.id)
      .where('a.user_id', '=', p.userId)
      .where('a.attended', '=', 1)
      .executeTakeFirst();
    if (attended) continue;
    const next = await db
      .selectFrom('training_sessions')
      .select(['held_on', 'place'])
      .where('plan_id', '=', plan.id)
      .where('held_on', '>=', today)
      .orderBy('held_on')
      .executeTakeFirst();
    out.push(
      workItem('training', plan.id, plan.title, plan.created_at, '/my-work', {
        detail: next?.place ?? plan.organizer ?? null,
        dueOn: next?.held_on ?? null,
      }),
    );
  }
  return out;
}
