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
  if (isPostgres(trx)) return appendPostgres(trx, org, (prev) => entryOf(actor, event, target, data, prev));
  // SQLite: one connection, one writer; the surrounding transaction already serializes us.
  const head = await trx
    .selectFrom('audit_heads')
    .select(['seq', 'hash'])
    .where('organization_id', '=', org)
    .executeTakeFirst();
  const entry = entryOf(actor, event, target, data, head ?? { seq: 0, hash: GENESIS_HASH });
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

function entryOf(
  actor: Actor,
  event: string,
  target: AuditTarget | null,
  data: unknown,
  prev: { seq: number; hash: string },
) {
  return {
    id: newId(),
    organization_id: actor.organizationId,
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
}

/**
 * PostgreSQL: the head row is the lock that serializes appends per organization across app instances,
 * held until the transaction ends. Two round trips: take the lock while moving the head on, then insert
 * the entry and set the head's hash in one statement.
 */
async function appendPostgres(
  trx: Kysely<DB>,
  org: string,
  build: (prev: { seq: number; hash: string }) => ReturnType<typeof entryOf>,
): Promise<{ seq: number; hash: string }> {
  const bump = () =>
    trx
      .updateTable('audit_heads')
      .set((eb) => ({ seq: eb('seq', '+', 1) }))
      .where('organization_id', '=', org)
      .returning(['seq', 'hash'])
      .executeTakeFirst();
  let moved = await bump();
  if (!moved) {
    // The organization's first event: create its head (a concurrent first writer waits on the key).
    await trx
      .insertInto('audit_heads')
      .values({ organization_id: org, seq: 0, hash: GENESIS_HASH })
      .onConflict((oc) => oc.column('organization_id').doNothing())
      .execute();
    moved = await bump();
    if (!moved) throw new Error(`audit head of ${org} could not be taken`);
  }
  // RETURNING gives the new seq and the hash not yet moved on: the previous entry's.
  const entry = build({ seq: Number(moved.seq) - 1, hash: moved.hash });
  const hash = entryHash(entry);
  await trx
    .with('e', (qc) => qc.insertInto('audit_events').values({ ...entry, hash }))
    .updateTable('audit_heads')
    .set({ hash })
    .where('organization_id', '=', org)
    .execute();
  return { seq: entry.seq, hash };
}
