/** Findings, the audited unit's responses and the auditor's follow-up to closure (R-I4). */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { AuthContext } from '../../http/auth-context.ts';
import { badInput, conflict, forbidden } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { nowIso } from '../../shared/time.ts';
import { functionHolders } from '../assessment/index.ts';
import { recordAudit } from '../audit/index.ts';
import { notify } from '../notifications/index.ts';
import { mustReference, unitAndDescendants } from '../org/index.ts';
import './events.ts';
import { insertInOrg } from '../../db/insert-in-org.ts';
import { updateAudited } from '../../db/update-audited.ts';
import { updateInOrg } from '../../db/update-in-org.ts';
import { findInOrg } from '../../http/find.ts';
import type { FindingInput } from './schema.ts';
import { loadPlan } from './service.ts';

/** A finding of the organization. */
export async function loadFinding(db: Kysely<DB>, org: string, id: string) {
  return findInOrg(db, 'audit_findings', org, id, 'audit_finding');
}

/** Records a finding against a clause; the holders of audits.respond in the unit are told. */
export async function addFinding(db: Kysely<DB>, actor: Actor, planId: string, input: FindingInput) {
  const org = actor.organizationId;
  return db.transaction().execute(async (trx) => {
    const p = await loadPlan(trx, org, planId);
    if (p.status === 'closed') throw conflict('audits.plan_closed');
    await mustReference(trx, 'units', org, input.unitId, 'unitId');
    if (input.unitId && JSON.parse(p.scope_units).length) {
      const inScope = await unitAndDescendants(trx, org, JSON.parse(p.scope_units));
      if (!inScope.includes(input.unitId))
        throw badInput('request.invalid', {}, [{ field: 'unitId', code: 'field.invalid_value' }]);
    }
    const id = await insertInOrg(trx, 'audit_findings', org, {
      plan_id: planId,
      severity: input.severity,
      clause_path: input.clausePath ?? null,
      unit_id: input.unitId ?? null,
      system_id: input.systemId ?? null,
      title: input.title,
      detail: input.detail,
      status: 'open',
      due_on: input.dueOn ?? null,
      created_by: actor.userId,
      created_at: nowIso(),
      closed_at: null,
      closed_by: null,
    });
    if (p.status === 'planned') await updateInOrg(trx, 'audit_plans', org, planId, { status: 'in_progress' });
    const responders = await functionHolders(trx, org, 'audits.respond');
    const inUnit = input.unitId
      ? await trx
          .selectFrom('users')
          .select('id')
          .where('unit_id', '=', input.unitId)
          .where('id', 'in', responders.length ? responders : [''])
          .execute()
      : [];
    await notify(
      trx,
      org,
      inUnit.map((u) => u.id),
      {
        code: 'notice.audits.finding',
        params: { finding: input.title, detail: input.detail },
        link: `/inspections/audits/${planId}`,
      },
    );
    await recordAudit(
      trx,
      actor,
      'audits.finding_added',
      { type: 'audit_finding', id },
      {
        planId,
        severity: input.severity,
        clausePath: input.clausePath ?? null,
        unitId: input.unitId ?? null,
      },
    );
    return id;
  });
}

async function addResponse(trx: Kysely<DB>, actor: Actor, findingId: string, kind: string, body: string) {
  await insertInOrg(trx, 'audit_finding_responses', actor.organizationId, {
    finding_id: findingId,
    kind,
    body,
    by_user: actor.userId,
    created_at: nowIso(),
  });
}

/** The audited unit answers a finding (its own unit's, unless the caller manages audits). */
export async function respond(db: Kysely<DB>, auth: AuthContext, actor: Actor, id: string, body: string) {
  await db.transaction().execute(async (trx) => {
    const f = await loadFinding(trx, auth.organizationId, id);
    if (f.status === 'closed') throw conflict('audits.finding_closed');
    if (!auth.functions.has('audits.manage')) {
      if (!auth.functions.has('audits.respond')) throw forbidden('audits.respond');
      if (f.unit_id && f.unit_id !== auth.unitId) throw conflict('audits.not_your_unit');
    }
    await addResponse(trx, actor, id, 'response', body);
    await updateAudited(
      trx,
      actor,
      'audit_findings',
      id,
      { status: 'responded' },
      'audits.finding_responded',
      'audit_finding',
      { findingId: id },
    );
  });
}

/** The auditor checks what was done; `close` ends the finding. */
export async function followUp(db: Kysely<DB>, actor: Actor, id: string, body: string, close: boolean) {
  await db.transaction().execute(async (trx) => {
    const f = await loadFinding(trx, actor.organizationId, id);
    if (f.status === 'closed') throw conflict('audits.finding_closed');
    await addResponse(trx, actor, id, 'follow_up', body);
    if (close) {
      await updateInOrg(trx, 'audit_findings', actor.organizationId, id, {
        status: 'closed',
        closed_at: nowIso(),
        closed_by: actor.userId,
      });
    }
    await recordAudit(
      trx,
      actor,
      'audits.finding_followed_up',
      { type: 'audit_finding', id },
      { findingId: id, closed: close },
    );
  });
}

/** Closes a plan once every finding is closed. */
export async function closePlan(db: Kysely<DB>, actor: Actor, planId: string) {
  await db.transaction().execute(async (trx) => {
    const p = await loadPlan(trx, actor.organizationId, planId);
    if (p.status === 'closed') throw conflict('audits.plan_closed');
    const open = await trx
      .selectFrom('audit_findings')
      .select('id')
      .where('plan_id', '=', planId)
      .where('status', '!=', 'closed')
      .execute();
    if (open.length) throw conflict('audits.open_findings');
    await updateAudited(
      trx,
      actor,
      'audit_plans',
      planId,
      { status: 'closed' },
      'audits.plan_closed',
      'audit_plan',
      { planId },
    );
  });
}
