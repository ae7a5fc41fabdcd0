/** Writes of audit plans and auditors; auditors are kept independent of the units they audit (R-I3). */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { badInput, conflict } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import { notify } from '../notifications/index.ts';
import { mustReference, unitAndDescendants } from '../org/index.ts';
import './events.ts';
import { insertInOrg } from '../../db/insert-in-org.ts';
import { rowWhere, rowWhereOrThrow } from '../../db/rows-in-org.ts';
import { updateAudited } from '../../db/update-audited.ts';
import { existsInOrg } from '../../db/update-in-org.ts';
import { findInOrg } from '../../http/find.ts';
import type { PlanInput } from './schema.ts';

/** A plan of the organization. */
export async function loadPlan(db: Kysely<DB>, org: string, id: string) {
  return findInOrg(db, 'audit_plans', org, id, 'audit_plan');
}

/** Refuses an auditor who belongs to (or holds a role in) one of the audited units or their sub-units. */
async function checkIndependent(
  trx: Kysely<DB>,
  org: string,
  scopeUnits: string[],
  userId: string,
  field: string,
) {
  await mustReference(trx, 'users', org, userId, field);
  if (!scopeUnits.length) return;
  const audited = new Set(await unitAndDescendants(trx, org, scopeUnits));
  const user = await rowWhereOrThrow(trx, 'users', { id: userId }, ['unit_id']);
  const scoped = await trx
    .selectFrom('role_assignments')
    .select('unit_id')
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null)
    .execute();
  const own = [user.unit_id, ...scoped.map((s) => s.unit_id)].filter((u): u is string => Boolean(u));
  if (own.some((u) => audited.has(u))) {
    throw badInput('audits.not_independent', { field }, [{ field, code: 'audits.not_independent' }]);
  }
}

/** Creates a multi-year, yearly or special plan with its scope and auditors. */
export async function createPlan(db: Kysely<DB>, actor: Actor, input: PlanInput): Promise<string> {
  const org = actor.organizationId;
  return db.transaction().execute(async (trx) => {
    for (const [i, u] of input.scopeUnits.entries())
      await mustReference(trx, 'units', org, u, `scopeUnits.${i}`);
    for (const [i, s] of input.scopeSystems.entries()) {
      if (!(await existsInOrg(trx, 'information_systems', org, s)))
        throw badInput('org.unknown_reference', { field: `scopeSystems.${i}` }, [
          { field: `scopeSystems.${i}`, code: 'org.unknown_reference' },
        ]);
    }
    if (input.kind === 'special' && !input.orderedBy) {
      throw badInput('audits.special_needs_order', {}, [
        { field: 'orderedBy', code: 'audits.special_needs_order' },
      ]);
    }
    await mustReference(trx, 'users', org, input.orderedBy, 'orderedBy');
    if (input.parentId) await loadPlan(trx, org, input.parentId);
    for (const [i, a] of input.auditorIds.entries()) {
      await checkIndependent(trx, org, input.scopeUnits, a, `auditorIds.${i}`);
    }
    const now = nowIso();
    const id = await insertInOrg(trx, 'audit_plans', org, {
      kind: input.kind,
      audit_type: input.auditType,
      title: input.title,
      fiscal_year: input.fiscalYear,
      to_year: input.toYear ?? null,
      parent_id: input.parentId ?? null,
      purpose: input.purpose,
      scope_units: JSON.stringify(input.scopeUnits),
      scope_systems: JSON.stringify(input.scopeSystems),
      timing: input.timing,
      structure: input.structure,
      criteria: input.criteria,
      auditor_org: input.auditorOrg ?? null,
      ordered_by: input.orderedBy ?? null,
      status: 'planned',
      created_by: actor.userId,
      created_at: now,
      reported_at: null,
    });
    for (const [i, a] of [...new Set(input.auditorIds)].entries()) {
      await insertInOrg(trx, 'audit_auditors', org, {
        plan_id: id,
        user_id: a,
        lead: i === 0 ? 1 : 0,
        created_at: now,
      });
    }
    await recordAudit(
      trx,
      actor,
      'audits.plan_created',
      { type: 'audit_plan', id },
      {
        kind: input.kind,
        auditType: input.auditType,
        fiscalYear: input.fiscalYear,
        scopeUnits: input.scopeUnits,
        scopeSystems: input.scopeSystems,
        auditorIds: input.auditorIds,
        orderedBy: input.orderedBy ?? null,
      },
    );
    await tellAuditors(trx, org, id, input.title, input.auditorIds);
    return id;
  });
}

/** Adds an auditor to a plan, checked for independence from its audited units. */
export async function addAuditor(
  db: Kysely<DB>,
  actor: Actor,
  planId: string,
  userId: string,
  lead: boolean,
) {
  const org = actor.organizationId;
  await db.transaction().execute(async (trx) => {
    const p = await loadPlan(trx, org, planId);
    if (p.status === 'closed') throw conflict('audits.plan_closed');
    await checkIndependent(trx, org, JSON.parse(p.scope_units), userId, 'userId');
    const exists = await rowWhere(trx, 'audit_auditors', { plan_id: planId, user_id: userId }, ['id']);
    if (exists) return;
    await insertInOrg(trx, 'audit_auditors', org, {
      plan_id: planId,
      user_id: userId,
      lead: lead ? 1 : 0,
      created_at: nowIso(),
    });
    await recordAudit(
      trx,
      actor,
      'audits.auditor_added',
      { type: 'audit_plan', id: planId },
      { planId, userId },
    );
    await tellAuditors(trx, org, planId, p.title, [userId]);
  });
}

/** Tells people appointed auditors; the link opens the plan, which an auditor may read by the appointment. */
async function tellAuditors(trx: Kysely<DB>, org: string, planId: string, title: string, userIds: string[]) {
  await notify(trx, org, userIds, {
    code: 'notice.audits.auditor_appointed',
    params: { audit: title },
    link: `/inspections/audits/${planId}`,
  });
}

/** Issues the audit report: the plan becomes reported (a closed plan stays closed), with the number of findings. */
export async function issueReport(db: Kysely<DB>, actor: Actor, planId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const p = await loadPlan(trx, actor.organizationId, planId);
    const n = await trx.selectFrom('audit_findings').select('id').where('plan_id', '=', p.id).execute();
    await updateAudited(
      trx,
      actor,
      'audit_plans',
      p.id,
      {
        status: p.status === 'closed' ? 'closed' : 'reported',
        reported_at: nowIso(),
      },
      'audits.reported',
      'audit_plan',
      { planId: p.id, findings: n.length },
    );
  });
}
