import type { Kysely } from 'kysely';
import { isPostgres } from '../../db/dialect.ts';
import type { DB } from '../../db/schema.ts';
import type { Actor } from '../../shared/actor.ts';
import { newId } from '../../shared/ids.ts';
import { nowIso } from '../../shared/time.ts';
import type { AuditEventMap, AuditEventName } from './catalogue.ts';
import { entryHash, GENESIS_HASH } from './chain.ts';

export interface AuditTarget {
  type: string;
  id: string;
}

/**
 * Appends an event to the organization's hash chain. Call it with the transaction that makes
 * the change, so the change and its record commit or fail together.
 */
export async function recordAudit<E extends AuditEventName>(
  trx: Kysely<DB>,
  actor: Actor,
  event: E,
  target: AuditTarget | null,
  data: AuditEventMap[E],
): Promise<{ seq: number; hash: string }> {
  const org = actor.organizationId;
  let head: { seq: number; hash: string } | undefined;
  if (isPostgres(trx)) {
    // Serialize appends per organization across app instances: the head row is the lock.
    await trx
      .insertInto('audit_heads')
      .values({ organization_id: org, seq: 0, hash: GENESIS_HASH })
      .onConflict((oc) => oc.column('organization_id').doNothing())
      .execute();
    head = await trx
      .selectFrom('audit_heads')
      .select(['seq', 'hash'])
      .where('organization_id', '=', org)
      .forUpdate()
      .executeTakeFirstOrThrow();
  } else {
    // SQLite: one connection, one writer; the surrounding transaction already serializes us.
    head = await trx
      .selectFrom('audit_heads')
      .select(['seq', 'hash'])
      .where('organization_id', '=', org)
      .executeTakeFirst();
  }
  const prev = head ?? { seq: 0, hash: GENESIS_HASH };
  const entry = {
    id: newId(),
    organization_id: org,
    seq: Number(prev.seq) + 1,
    occurred_at: nowIso(),
    actor_id: actor.userId,
    actor_label: actor.label,
    event,
    target_type: target?.type ?? null,
    target_id: target?.id ?? null,
    data: JSON.stringify(data ?? {}),
    request_id: actor.requestId,
    client_ip: actor.clientIp,
    prev_hash: prev.hash,
  };
  const hash = entryHash(entry);
  await trx
    .insertInto('audit_events')
    .values({ ...entry, hash })
    .execute();
  if (head) {
    await trx
      .updateTable('audit_heads')
      .set({ seq: entry.seq, hash })
      .where('organization_id', '=', org)
      .execute();
  } else {
    await trx.insertInto('audit_heads').values({ organization_id: org, seq: entry.seq, hash }).execute();
  }
  return { seq: entry.seq, hash };
}
