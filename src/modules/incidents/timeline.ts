import type { Kysely } from 'kysely';
import { insertInOrg } from '../../db/insert-in-org.ts';
import type { DB } from '../../db/schema.ts';
import type { Actor } from '../../shared/actor.ts';
import { nowIso } from '../../shared/time.ts';

/** Appends one entry to an incident's timeline (append-only in the database). Call inside the write's transaction. */
export async function addTimeline(
  trx: Kysely<DB>,
  actor: Actor,
  incidentId: string,
  kind: string,
  text: string,
  at: string = nowIso(),
): Promise<void> {
  const last = await trx
    .selectFrom('incident_timeline')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('organization_id', '=', actor.organizationId)
    .where('incident_id', '=', incidentId)
    .executeTakeFirst();
  await insertInOrg(trx, 'incident_timeline', actor.organizationId, {
    incident_id: incidentId,
    at,
    actor_id: actor.userId,
    actor_label: actor.label,
    kind,
    text,
    seq: Number(last?.seq ?? 0) + 1,
  });
}
