/** Changes to one row of one organization and the audit event of that change, in one transaction. */
import type { Kysely, Updateable } from 'kysely';
import { type AuditData, type AuditEventName, recordAudit } from '../modules/audit/index.ts';
import type { Actor } from '../shared/actor.ts';
import type { OrgTable } from './insert-in-org.ts';
import type { DB } from './schema.ts';
import { updateInOrg } from './update-in-org.ts';

/**
 * Sets `values` on the row of `table` with this id in the actor's organization and records `event` about
 * it (target: `targetType` and the id) inside `trx`, the caller's transaction; gives the number of rows
 * changed (0 or 1). The counterpart of `insertAudited`.
 */
export async function updateAudited<T extends OrgTable, E extends AuditEventName>(
  trx: Kysely<DB>,
  actor: Actor,
  table: T,
  id: string,
  values: Updateable<DB[T]>,
  event: E,
  targetType: string,
  data: AuditData<E>,
): Promise<number> {
  const changed = await updateInOrg(trx, table, actor.organizationId, id, values);
  await recordAudit(trx, actor, event, { type: targetType, id }, data);
  return changed;
}
