/** Everything waiting for one person, from every module, oldest first. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { byUrgency, type Person, type WorkItem } from './items.ts';
import { assessmentWork, auditWork, trainingWork } from './sources-assurance.ts';
import { incidentWork, readingWork, requestWork } from './sources-flow.ts';

/** The person's work list: approvals, items to answer, 対策, findings, audits, trainings and notices. */
export async function myWork(db: Kysely<DB>, p: Person): Promise<WorkItem[]> {
  // One after another: the caller may pass a transaction, which runs one statement at a time.
  const out: WorkItem[] = [];
  for (const source of [requestWork, incidentWork, assessmentWork, auditWork, trainingWork, readingWork])
    out.push(...(await source(db, p)));
  return out.sort(byUrgency);
}
