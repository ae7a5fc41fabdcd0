import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../../db/dialect.ts';
import { type Args, prepared } from '../../db/prepared.ts';
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
  const head = await sqliteHead.first(trx, { org });
  const entry = entryOf(actor, event, target, data, head ?? { seq: 0, hash: GENESIS_HASH });
  const hash = entryHash(entry);
  await insertEvent.execute(trx, { ...entry, hash });
  if (head) await moveHead.execute(trx, { org, seq: entry.seq, hash });
  else await trx.insertInto('audit_heads').values({ organization_id: org, seq: entry.seq, hash }).execute();
  return { seq: entry.seq, hash };
}

// The statements of every append, built and compiled once (an approval appends three events).
const sqliteHead = prepared((db, p: Args<{ org: string }>) =>
  db.selectFrom('audit_heads').select(['seq', 'hash']).where('organization_id', '=', p.org),
);
type Entry = ReturnType<typeof entryOf> & { hash: string };
const insertEvent = prepared((db, p: Args<Entry>) =>
  db.insertInto('audit_events').values({
    id: p.id,
    organization_id: p.organization_id,
    seq: p.seq,
    occurred_at: p.occurred_at,
    actor_id: p.actor_id,
    actor_label: p.actor_label,
    event: p.event,
    target_type: p.target_type,
    target_id: p.target_id,
    data: p.data,
    request_id: p.request_id,
    client_ip: p.client_ip,
    prev_hash: p.prev_hash,
    hash: p.hash,
  }),
);
const moveHead = prepared((db, p: Args<{ org: string; seq: number; hash: string }>) =>
  db.updateTable('audit_heads').set({ seq: p.seq, hash: p.hash }).where('organization_id', '=', p.org),
);

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

/** The PostgreSQL append (see `appendPostgres`), built and compiled once. */
const pgAppend = prepared((db, e: Args<ReturnType<typeof entryOf>>) => {
  const json = (v: string | null) => sql`coalesce(to_json(${v}::text)::text, 'null')`;
  const body = sql.join(
    [
      json(e.id),
      json(e.organization_id),
      sql`(h.seq + 1)::text`,
      json(e.occurred_at),
      json(e.actor_id),
      json(e.actor_label),
      json(e.event),
      json(e.target_type),
      json(e.target_id),
      json(e.data),
      json(e.request_id),
      json(e.client_ip),
    ],
    sql.raw(` || ',' || `),
  );
  const org = e.organization_id;
  const query = sql<{ seq: number; hash: string }>`
      with h as (
        select seq, hash from audit_heads where organization_id = ${org} for update
      ), e as (
        select h.seq + 1 as seq, h.hash as prev_hash,
          encode(sha256(convert_to(h.hash || chr(10) || '[' || ${body} || ']', 'UTF8')), 'hex') as hash
        from h
      ), u as (
        update audit_heads set seq = e.seq, hash = e.hash from e where audit_heads.organization_id = ${org}
      )
      insert into audit_events (id, organization_id, seq, occurred_at, actor_id, actor_label, event,
        target_type, target_id, data, request_id, client_ip, prev_hash, hash)
      select ${e.id}, ${org}, e.seq, ${e.occurred_at}, ${e.actor_id}, ${e.actor_label}, ${e.event},
        ${e.target_type}, ${e.target_id}, ${e.data}, ${e.request_id}, ${e.client_ip}, e.prev_hash, e.hash
      from e
      returning seq, hash`;
  return { compile: () => query.compile(db) };
});

/**
 * PostgreSQL: the head row is the lock that serializes appends per organization across app instances,
 * held until the transaction ends. One round trip: the statement locks the head (a waiting writer then
 * reads the head its predecessor committed), hashes the entry in SQL exactly as `entryHash` does
 * (SHA-256 over the previous hash, a line feed and the JSON array of the fields; `to_json` escapes text
 * as `JSON.stringify` does), moves the head on and inserts the entry. Verification recomputes every
 * hash in JavaScript, so a difference would show as a broken chain (tested).
 */
async function appendPostgres(
  trx: Kysely<DB>,
  org: string,
  build: (prev: { seq: number; hash: string }) => ReturnType<typeof entryOf>,
): Promise<{ seq: number; hash: string }> {
  // The fields as they will be: seq and prev_hash come from the head inside the statement.
  const e = build({ seq: 0, hash: '' });
  const append = () => pgAppend.execute(trx, e);
  let rows = await append();
  if (!rows.length) {
    // The organization's first event: create its head (a concurrent first writer waits on the key).
    await trx
      .insertInto('audit_heads')
      .values({ organization_id: org, seq: 0, hash: GENESIS_HASH })
      .onConflict((oc) => oc.column('organization_id').doNothing())
      .execute();
    rows = await append();
    if (!rows.length) throw new Error(`audit head of ${org} could not be taken`);
  }
  const row = rows[0];
  return { seq: Number(row.seq), hash: row.hash };
}
