import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { type ChainBreak, ChainVerifier } from './chain.ts';

export interface AuditFilter {
  actor?: string;
  event?: string;
  targetType?: string;
  targetId?: string;
  from?: string;
  to?: string;
  /** seq of the last row of the previous page (pages run newest first). */
  cursor?: number;
  limit: number;
}

/** One organization's audit events matching a filter (the cursor and limit aside). */
function filtered(db: Kysely<DB>, organizationId: string, f: Omit<AuditFilter, 'limit'>) {
  let q = db.selectFrom('audit_events').where('organization_id', '=', organizationId);
  if (f.actor)
    q = q.where((eb) =>
      eb.or([eb('actor_id', '=', f.actor as string), eb('actor_label', 'like', `%${f.actor}%`)]),
    );
  if (f.event) q = q.where('event', 'like', `${f.event}%`);
  if (f.targetType) q = q.where('target_type', '=', f.targetType);
  if (f.targetId) q = q.where('target_id', '=', f.targetId);
  if (f.from) q = q.where('occurred_at', '>=', f.from);
  if (f.to) q = q.where('occurred_at', '<', f.to);
  if (f.cursor) q = q.where('seq', '<', f.cursor);
  return q;
}

/** One organization's audit events, newest first, filtered. */
export function listAudit(db: Kysely<DB>, organizationId: string, f: AuditFilter) {
  return filtered(db, organizationId, f).selectAll().orderBy('seq', 'desc').limit(f.limit).execute();
}

/** How many of an organization's audit events match a filter. */
export async function countAudit(db: Kysely<DB>, organizationId: string, f: Omit<AuditFilter, 'limit'>) {
  const r = await filtered(db, organizationId, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Verifies every organization's chain (or one), streaming rows in pages. */
export async function verifyChains(
  db: Kysely<DB>,
  organizationId?: string,
): Promise<{ ok: boolean; count: number; organizations: number; firstBreak: ChainBreak | null }> {
  let orgQ = db.selectFrom('audit_heads').select(['organization_id', 'seq', 'hash']);
  if (organizationId) orgQ = orgQ.where('organization_id', '=', organizationId);
  const heads = await orgQ.execute();
  let count = 0;
  for (const head of heads) {
    const v = new ChainVerifier(head.organization_id);
    let after = 0;
    const PAGE = 20_000;
    for (;;) {
      const rows = await db
        .selectFrom('audit_events')
        .selectAll()
        .where('organization_id', '=', head.organization_id)
        .where('seq', '>', after)
        .orderBy('seq')
        .limit(PAGE)
        .execute();
      for (const r of rows) if (!v.add(r)) break;
      if (v.firstBreak || rows.length < PAGE) break;
      after = Number(rows[rows.length - 1].seq);
    }
    count += v.count;
    if (!v.firstBreak && (v.count !== Number(head.seq) || v.lastHash !== head.hash)) {
      // Rows missing at the end: the head says the chain is longer than what is stored.
      v.firstBreak = { organizationId: head.organization_id, seq: v.count + 1, id: '', reason: 'seq_gap' };
    }
    if (v.firstBreak) return { ok: false, count, organizations: heads.length, firstBreak: v.firstBreak };
  }
  return { ok: true, count, organizations: heads.length, firstBreak: null };
}
