import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../../db/dialect.ts';
import { type Args, prepared } from '../../db/prepared.ts';
import { preparedInsert } from '../../db/prepared-insert.ts';
import type { DB } from '../../db/schema.ts';
import type { Actor } from '../../shared/actor.ts';
import { newId } from '../../shared/ids.ts';
import { nowIso } from '../../shared/time.ts';
import type { AuditEventMap, AuditEventName } from './catalogue.ts';
import { AUDIT_EVENT_COLUMNS, entryHash, GENESIS_HASH } from './chain.ts';

export interface AuditTarget {
  type: string;
  id: string;
}

/** One event to append: `auditEntry` types its data by the event's catalogue entry. */
export interface AuditItem {
  event: AuditEventName;
  target: AuditTarget | null;
  data: unknown;
}

export function auditEntry<E extends AuditEventName>(
  event: E,
  target: AuditTarget | null,
  data: AuditEventMap[E],
): AuditItem {
  return { event, target, data };
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
  return recordAudits(trx, actor, [{ event, target, data }]);
}

/**
 * Appends several events of one change, in this order, to the organization's chain (an approval that
 * grants a request: decided, approved, the register entry's event). On PostgreSQL one statement for all of
 * them. Returns the last event's place in the chain.
 */
export async function recordAudits(
  trx: Kysely<DB>,
  actor: Actor,
  items: readonly AuditItem[],
): Promise<{ seq: number; hash: string }> {
  if (!items.length) throw new Error('recordAudits: no event');
  const org = actor.organizationId;
  if (isPostgres(trx)) {
    // The fields as they will be: seq and prev_hash come from the head inside the statement.
    const entries = items.map((i) => entryOf(actor, i.event, i.target, i.data, { seq: 0, hash: '' }));
    return appendPostgres(trx, org, entries);
  }
  // SQLite: one connection, one writer; the surrounding transaction already serializes us.
  const head = await sqliteHead.first(trx, { org });
  let prev = head ?? { seq: 0, hash: GENESIS_HASH };
  const rows: Entry[] = [];
  for (const i of items) {
    const entry = entryOf(actor, i.event, i.target, i.data, prev);
    const hash = entryHash(entry);
    rows.push({ ...entry, hash });
    prev = { seq: entry.seq, hash };
  }
  // The events of one change in one INSERT (compiled once per number of events).
  await insertEvents(trx, rows);
  if (head) await moveHead.execute(trx, { org, seq: prev.seq, hash: prev.hash });
  else
    await trx
      .insertInto('audit_heads')
      .values({ organization_id: org, seq: prev.seq, hash: prev.hash })
      .execute();
  return prev;
}

// The statements of every append, built and compiled once (an approval appends three events).
const sqliteHead = prepared((db, p: Args<{ org: string }>) =>
  db.selectFrom('audit_heads').select(['seq', 'hash']).where('organization_id', '=', p.org),
);
type Entry = ReturnType<typeof entryOf> & { hash: string };
const insertEvents = preparedInsert('audit_events', AUDIT_EVENT_COLUMNS);
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

type PgEntry = ReturnType<typeof entryOf>;
/** The fields of the k-th entry of a statement appending several, as stand-in names (`id_1`, …). */
type PgArgs = Record<string, string | number | null>;
const pgFields = [
  'id',
  'occurred_at',
  'actor_id',
  'actor_label',
  'event',
  'target_type',
  'target_id',
  'data',
  'request_id',
  'client_ip',
] as const;

/**
 * The PostgreSQL append of `n` events (see `appendPostgres`), built and compiled once per `n`. Entry k is
 * hashed from entry k − 1 (the head for the first) inside the statement, as `entryHash` does.
 */
function pgAppendSql(db: Kysely<DB>, p: Args<PgArgs>, n: number) {
  const json = (v: unknown) => sql`coalesce(to_json(${v}::text)::text, 'null')`;
  const org = p.org;
  const ctes = [];
  const inserts = [];
  for (let k = 1; k <= n; k++) {
    const f = (name: (typeof pgFields)[number]) => p[`${name}_${k}`];
    const prev = sql.raw(k === 1 ? 'h' : `e${k - 1}`);
    const body = sql.join(
      [
        json(f('id')),
        json(org),
        sql`(${prev}.seq + 1)::text`,
        json(f('occurred_at')),
        json(f('actor_id')),
        json(f('actor_label')),
        json(f('event')),
        json(f('target_type')),
        json(f('target_id')),
        json(f('data')),
        json(f('request_id')),
        json(f('client_ip')),
      ],
      sql.raw(` || ',' || `),
    );
    const e = sql.raw(`e${k}`);
    ctes.push(sql`${e} as (
        select ${prev}.seq + 1 as seq, ${prev}.hash as prev_hash,
          encode(sha256(convert_to(${prev}.hash || chr(10) || '[' || ${body} || ']', 'UTF8')), 'hex') as hash
        from ${prev}
      )`);
    inserts.push(sql`${sql.raw(`i${k}`)} as (
        insert into audit_events (id, organization_id, seq, occurred_at, actor_id, actor_label, event,
          target_type, target_id, data, request_id, client_ip, prev_hash, hash)
        select ${f('id')}, ${org}, ${e}.seq, ${f('occurred_at')}, ${f('actor_id')}, ${f('actor_label')},
          ${f('event')}, ${f('target_type')}, ${f('target_id')}, ${f('data')}, ${f('request_id')},
          ${f('client_ip')}, ${e}.prev_hash, ${e}.hash
        from ${e}
        returning seq, hash
      )`);
  }
  const last = sql.raw(`e${n}`);
  const query = sql<{ seq: number; hash: string }>`
      with h as (
        select seq, hash from audit_heads where organization_id = ${org} for update
      ), ${sql.join(ctes, sql.raw(', '))}, u as (
        update audit_heads set seq = ${last}.seq, hash = ${last}.hash from ${last}
        where audit_heads.organization_id = ${org}
      ), ${sql.join(inserts, sql.raw(', '))}
      select seq, hash from ${sql.raw(`i${n}`)}`;
  return { compile: () => query.compile(db) };
}

const pgAppends = new Map<number, ReturnType<typeof prepared<PgArgs, { seq: number; hash: string }>>>();
function pgAppendOf(n: number) {
  let p = pgAppends.get(n);
  if (!p) {
    p = prepared((db, a: Args<PgArgs>) => pgAppendSql(db, a, n));
    pgAppends.set(n, p);
  }
  return p;
}

/**
 * PostgreSQL: the head row is the lock that serializes appends per organization across app instances,
 * held until the transaction ends. One round trip for all the events of a change: the statement locks the
 * head (a waiting writer then reads the head its predecessor committed), hashes each entry in SQL exactly
 * as `entryHash` does (SHA-256 over the previous hash, a line feed and the JSON array of the fields;
 * `to_json` escapes text as `JSON.stringify` does), moves the head on to the last and inserts the entries.
 * Verification recomputes every hash in JavaScript, so a difference would show as a broken chain (tested).
 */
async function appendPostgres(
  trx: Kysely<DB>,
  org: string,
  entries: readonly PgEntry[],
): Promise<{ seq: number; hash: string }> {
  const args: PgArgs = { org };
  entries.forEach((e, i) => {
    for (const f of pgFields) args[`${f}_${i + 1}`] = e[f];
  });
  const append = () => pgAppendOf(entries.length).execute(trx, args);
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
