/** A new row of one organization and the audit event of its creation, in one transaction. */
import type { Insertable, Kysely } from 'kysely';
import { type AuditData, type AuditEventName, recordAudit } from '../modules/audit/index.ts';
import type { Actor } from '../shared/actor.ts';
import { insertInOrg, type OrgTable } from './insert-in-org.ts';
import type { DB } from './schema.ts';

/**
 * Inserts a row of `table` for the actor's organization under a new id and records `event` about it
 * (target: `targetType` and the new id) inside `trx`, the caller's transaction; gives the id.
 */
export async function insertAudited<T extends OrgTable, E extends AuditEventName>(
  trx: Kysely<DB>,
  actor: Actor,
  table: T,
  values: Omit<Insertable<DB[T]>, 'id' | 'organization_id'>,
  event: E,
  targetType: string,
  data: AuditData<E>,
): Promise<string> {
  const id = await insertInOrg(trx, table, actor.organizationId, values);
  await recordAudit(trx, actor, event, { type: targetType, id }, data);
  return id;
}
