/** Work that arrives day to day: approvals, confirmations, incident steps and 対策, notices, the policy to acknowledge. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { jstDate } from '../../shared/time.ts';
import { stepHolders } from '../incidents/index.ts';
import { noticesFor } from '../org/index.ts';
import { pendingAcknowledgements, readableVisibilities } from '../policy/index.ts';
import { inbox } from '../requests/index.ts';
import { type Person, type WorkItem, workItem } from './items.ts';

/** Requests waiting for the person's decision or confirmation. */
export async function requestWork(db: Kysely<DB>, p: Person): Promise<WorkItem[]> {
  const box = await inbox(db, p);
  const item = (kind: 'approval' | 'confirmation', r: (typeof box.approvals)[number]): WorkItem =>
    workItem(kind, r.id, r.typeName, r.submittedAt, `/requests/${r.id}`);
  return [
    ...box.approvals.map((r) => item('approval', r)),
    ...box.confirmations.map((r) => item('confirmation', r)),
  ];
}

/** Incident chain steps waiting for the person's 受領, and the open 対策 assigned to them. */
export async function incidentWork(db: Kysely<DB>, p: Person): Promise<WorkItem[]> {
  const out: WorkItem[] = [];
  const waiting = await db
    .selectFrom('incident_steps as s')
    .innerJoin('incidents as i', 'i.id', 's.incident_id')
    .selectAll('s')
    .select(['i.title'])
    .where('s.organization_id', '=', p.organizationId)
    .where('s.status', 'in', ['waiting', 'escalated'])
    .where('i.status', '=', 'open')
    .orderBy('s.notified_at')
    .execute();
  for (const w of waiting)
    if ((await stepHolders(db, w)).includes(p.userId))
      out.push(
        workItem('incident_step', w.id, w.title, w.notified_at ?? '', `/incidents/${w.incident_id}`, {
          detail: w.label,
          dueOn: w.due_at ? jstDate(w.due_at) : null,
        }),
      );
  const actions = await db
    .selectFrom('incident_actions as a')
    .innerJoin('incidents as i', 'i.id', 'a.incident_id')
    .select(['a.id', 'a.incident_id', 'a.description', 'a.due_date', 'a.created_at', 'i.title'])
    .where('a.organization_id', '=', p.organizationId)
    .where('a.owner_id', '=', p.userId)
    .where('a.status', '=', 'open')
    .where('i.status', '=', 'open')
    .execute();
  for (const a of actions)
    out.push(
      workItem('incident_action', a.id, a.description, a.created_at, `/incidents/${a.incident_id}`, {
        detail: a.title,
        dueOn: a.due_date,
      }),
    );
  return out;
}

/** Notices addressed to the person that they have not marked read, and policy versions to acknowledge. */
export async function readingWork(db: Kysely<DB>, p: Person): Promise<WorkItem[]> {
  const notices = (await noticesFor(db, p.organizationId, p.userId, p.unitId)).filter((n) => !n.readAt);
  const policies = await pendingAcknowledgements(db, p.organizationId, p.userId, readableVisibilities(p));
  return [
    ...notices.map((n): WorkItem => workItem('notice', n.id, n.title, n.createdAt, '/organization/notices')),
    ...policies.map(
      (v): WorkItem =>
        workItem('policy', v.versionId, v.title, v.effectiveOn ?? '', `/policies/versions/${v.versionId}`, {
          detail: v.number === null ? null : String(v.number),
        }),
    ),
  ];
}
