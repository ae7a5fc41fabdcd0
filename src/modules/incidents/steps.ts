import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { conflict, forbidden, notFound } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { addSeconds, nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import { notify } from '../notifications/index.ts';
import { nextActive, skippedByMinor } from './chain.ts';
import './events.ts';
import { rowInOrg, rowsInOrg } from '../../db/rows-in-org.ts';
import { transactional } from '../../db/transactional.ts';
import { updateAudited } from '../../db/update-audited.ts';
import { updateInOrg } from '../../db/update-in-org.ts';
import { findInOrg } from '../../http/find.ts';
import { holdersOf } from './people.ts';
import type { IncidentStepsTable } from './tables.ts';
import { addTimeline } from './timeline.ts';

type Step = IncidentStepsTable;

/** The users who may take a step (acknowledge it) today. */
export function stepHolders(db: Kysely<DB>, step: Step): Promise<string[]> {
  return holdersOf(db, step.organization_id, {
    functionKey: step.function_key,
    tier: step.tier,
    roleId: step.role_id,
    userId: step.user_id,
  });
}

async function stepsOf(trx: Kysely<DB>, orgId: string, incidentId: string): Promise<Step[]> {
  return rowsInOrg(trx, 'incident_steps', orgId, { incident_id: incidentId }, '*', ['position']);
}

/** Puts a step in front of its holders: time-stamped, with a due time after which it escalates. */
export async function activateStep(trx: Kysely<DB>, actor: Actor, step: Step, now = nowIso()): Promise<void> {
  const due = step.kind === 'head' ? null : addSeconds(now, step.timeout_hours * 3600);
  await updateInOrg(trx, 'incident_steps', actor.organizationId, step.id, {
    status: 'waiting',
    notified_at: now,
    due_at: due,
  });
  const holders = await stepHolders(trx, step);
  await notify(trx, step.organization_id, holders, {
    code: 'notice.incidents.step',
    params: { step: step.label },
    link: `/incidents/${step.incident_id}`,
    priority: 'urgent',
  });
  await recordAudit(
    trx,
    actor,
    'incidents.step_notified',
    { type: 'incident', id: step.incident_id },
    {
      incidentId: step.incident_id,
      position: step.position,
      label: step.label,
      holders,
    },
  );
  await addTimeline(trx, actor, step.incident_id, 'step_notified', step.label, now);
}

/** Activates the next step after `position` that is still pending; false at the end of the chain. */
export async function advance(
  trx: Kysely<DB>,
  actor: Actor,
  orgId: string,
  incidentId: string,
  position: number,
  now = nowIso(),
): Promise<boolean> {
  const steps = await stepsOf(trx, orgId, incidentId);
  const next = nextActive(
    steps.map((s) => ({ position: s.position, status: s.status, skippable: !!s.skippable })),
    position,
  );
  const step = next && steps.find((s) => s.position === next.position);
  if (!step) return false;
  await activateStep(trx, actor, step, now);
  return true;
}

/**
 * Records the receiving step's minor (軽微) judgement: a minor case skips every step marked
 * skippable, with the reason kept on each skipped step and on the incident.
 */
export const judgeMinor = transactional(
  async (trx, actor: Actor, incidentId: string, minor: boolean, reason: string): Promise<void> => {
    const org = actor.organizationId;
    const inc = await findInOrg(trx, 'incidents', org, incidentId, 'incident');
    if (inc.minor !== null) throw conflict('incidents.minor_already_judged');
    const steps = await stepsOf(trx, org, incidentId);
    const receiver = steps[0];
    if (!receiver || !actor.userId || !(await stepHolders(trx, receiver)).includes(actor.userId)) {
      throw forbidden(receiver?.function_key ?? 'incidents.receive');
    }
    const skipped = minor ? skippedByMinor(steps.map((s) => ({ ...s, skippable: !!s.skippable }))) : [];
    for (const s of skipped) {
      await updateInOrg(trx, 'incident_steps', org, s.id, { status: 'skipped', skipped_reason: reason });
    }
    await updateAudited(
      trx,
      actor,
      'incidents',
      incidentId,
      { minor: minor ? 1 : 0, minor_reason: reason },
      'incidents.minor_judged',
      'incident',
      {
        incidentId,
        minor,
        reason,
        skipped: skipped.map((s) => s.label),
      },
    );
    await addTimeline(trx, actor, incidentId, minor ? 'judged_minor' : 'judged_not_minor', reason);
  },
);

/** A holder acknowledges a step; a step acknowledged in time passes the report on to the next one. */
export const acknowledgeStep = transactional(
  async (trx, actor: Actor, incidentId: string, stepId: string): Promise<void> => {
    const org = actor.organizationId;
    const step = await rowInOrg(trx, 'incident_steps', org, { incident_id: incidentId, id: stepId });
    if (!step) throw notFound('step');
    if (!actor.userId || !(await stepHolders(trx, step)).includes(actor.userId)) {
      throw forbidden(step.function_key ?? step.label);
    }
    if (step.status !== 'waiting' && step.status !== 'escalated')
      throw conflict('incidents.step_not_waiting');
    const now = nowIso();
    await updateInOrg(trx, 'incident_steps', org, step.id, {
      status: 'acknowledged',
      acknowledged_at: now,
      acknowledged_by: actor.userId,
    });
    await recordAudit(
      trx,
      actor,
      'incidents.step_acknowledged',
      { type: 'incident', id: incidentId },
      {
        incidentId,
        position: step.position,
        label: step.label,
      },
    );
    await addTimeline(trx, actor, incidentId, 'step_acknowledged', step.label, now);
    // An escalated step already handed the report on when it timed out.
    if (step.status === 'waiting') await advance(trx, actor, org, incidentId, step.position, now);
  },
);

/** Records receipt of a step, judging the case minor (軽微) first when the receiver says so, in one transaction. */
export const acknowledgeJudged = transactional(
  async (
    trx,
    actor: Actor,
    incidentId: string,
    stepId: string,
    judgement: { minor?: boolean; reason?: string },
  ): Promise<void> => {
    if (judgement.minor !== undefined)
      await judgeMinor.in(trx, actor, incidentId, judgement.minor, judgement.reason ?? '');
    await acknowledgeStep.in(trx, actor, incidentId, stepId);
  },
);
