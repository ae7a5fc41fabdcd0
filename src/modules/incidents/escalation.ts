import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { systemActor } from '../../shared/actor.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import type { ModuleJob } from '../module.ts';
import './events.ts';
import { rowWhere } from '../../db/rows-in-org.ts';
import { updateInOrg } from '../../db/update-in-org.ts';
import { advance } from './steps.ts';
import { addTimeline } from './timeline.ts';

/**
 * Escalates every chain step that has waited past its due time: the step is marked escalated and
 * the next step is notified. Runs by itself as the scheduled job `incidents.escalate_overdue`;
 * POST /api/incidents/escalations/run runs it at once for one organization.
 */
export async function escalateOverdue(
  db: Kysely<DB>,
  now: Date = new Date(),
  orgId?: string,
): Promise<number> {
  const at = nowIso(now);
  let q = db
    .selectFrom('incident_steps as s')
    .innerJoin('incidents as i', 'i.id', 's.incident_id')
    .select(['s.id', 's.organization_id'])
    .where('s.status', '=', 'waiting')
    .where('s.kind', '=', 'chain')
    .where('s.due_at', '<=', at)
    .where('i.status', '=', 'open');
  if (orgId) q = q.where('s.organization_id', '=', orgId);
  const due = await q.execute();
  let n = 0;
  for (const d of due) {
    const done = await db.transaction().execute(async (trx) => {
      const actor = systemActor(d.organization_id, 'escalation');
      // Re-read inside the transaction: a holder may have acknowledged it meanwhile.
      const step = await rowWhere(trx, 'incident_steps', { id: d.id, status: 'waiting' });
      if (!step) return false;
      await updateInOrg(trx, 'incident_steps', actor.organizationId, step.id, {
        status: 'escalated',
        escalated_at: at,
      });
      const waited = Math.round((Date.parse(at) - Date.parse(step.notified_at ?? at)) / 3_600_000);
      await recordAudit(
        trx,
        actor,
        'incidents.step_escalated',
        { type: 'incident', id: step.incident_id },
        {
          incidentId: step.incident_id,
          position: step.position,
          label: step.label,
          waitedHours: waited,
        },
      );
      await addTimeline(trx, actor, step.incident_id, 'step_escalated', step.label, at);
      await advance(trx, actor, step.organization_id, step.incident_id, step.position, at);
      return true;
    });
    if (done) n++;
  }
  return n;
}

/**
 * The queue's job: every five minutes, before any other due job: step timeouts are counted in hours, so
 * this keeps escalations prompt, and their mail goes out first too (`activateStep`).
 */
export const ESCALATE_JOB = 'incidents.escalate_overdue';
export const escalationJob: ModuleJob = {
  kind: ESCALATE_JOB,
  handler: async (_payload, ctx) => {
    await escalateOverdue(ctx.db);
  },
  every: 300,
  priority: 'urgent',
};
