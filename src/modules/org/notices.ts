import type { Kysely } from 'kysely';
import { insertAudited } from '../../db/insert-audited.ts';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import './events.ts';
import { rowsWhere, rowWhere } from '../../db/rows-in-org.ts';
import { transactional } from '../../db/transactional.ts';
import { mustFind, mustReference } from './lookup.ts';
import { unitAndDescendants } from './scope.ts';

export interface NoticeInput {
  title: string;
  body: string;
  audience: 'all' | 'units';
  unitIds?: string[];
}

/** Sends a notice to all staff or to some units (their sub-units included) (R-A4). */
export const sendNotice = transactional(
  async (trx: Kysely<DB>, actor: Actor, input: NoticeInput): Promise<string> => {
    const org = actor.organizationId;
    const unitIds = input.audience === 'units' ? [...new Set(input.unitIds ?? [])] : [];
    for (const [i, u] of unitIds.entries()) await mustReference(trx, 'units', org, u, `unitIds.${i}`);
    return insertAudited(
      trx,
      actor,
      'notices',
      {
        title: input.title,
        body: input.body,
        audience: input.audience,
        unit_ids: JSON.stringify(unitIds),
        sender_id: actor.userId,
        created_at: nowIso(),
      },
      'org.notice_sent',
      'notice',
      { title: input.title, audience: input.audience, unitIds },
    );
  },
);

/** The people a notice is addressed to (active accounts of the audience). */
async function audienceOf(db: Kysely<DB>, notice: DB['notices']) {
  let q = db
    .selectFrom('users')
    .select(['id', 'display_name', 'unit_id'])
    .where('organization_id', '=', notice.organization_id)
    .where('status', '=', 'active');
  if (notice.audience === 'units') {
    const units = await unitAndDescendants(
      db,
      notice.organization_id,
      JSON.parse(notice.unit_ids) as string[],
    );
    q = units.length ? q.where('unit_id', 'in', units) : q.where('id', '=', '');
  }
  return q.orderBy('login_id').execute();
}

/** True when the person is in the notice's audience. */
async function addressedTo(db: Kysely<DB>, notice: DB['notices'], unitId: string | null): Promise<boolean> {
  if (notice.audience === 'all') return true;
  if (!unitId) return false;
  const units = await unitAndDescendants(db, notice.organization_id, JSON.parse(notice.unit_ids) as string[]);
  return units.includes(unitId);
}

/** Notices addressed to a person, newest first, with whether they have read each. */
export async function noticesFor(
  db: Kysely<DB>,
  organizationId: string,
  userId: string,
  unitId: string | null,
) {
  const notices = await latestNotices(db, organizationId);
  const reads = await rowsWhere(db, 'notice_reads', { user_id: userId }, ['notice_id', 'read_at']);
  const readAt = new Map(reads.map((r) => [r.notice_id, r.read_at]));
  const out = [];
  for (const n of notices) {
    if (!(await addressedTo(db, n, unitId))) continue;
    out.push({
      id: n.id,
      title: n.title,
      body: n.body,
      createdAt: n.created_at,
      readAt: readAt.get(n.id) ?? null,
    });
  }
  return out;
}

/** The organization's latest 200 notices, newest first. */
function latestNotices(db: Kysely<DB>, organizationId: string) {
  return db
    .selectFrom('notices')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('created_at', 'desc')
    .limit(200)
    .execute();
}

/** Records that a person read a notice (once; reading again changes nothing). A notice not for them answers 404. */
export const markRead = transactional(
  async (
    trx: Kysely<DB>,
    actor: Actor & { userId: string },
    noticeId: string,
    unitId: string | null,
  ): Promise<void> => {
    const n = await mustFind(trx, 'notices', actor.organizationId, noticeId);
    // A notice addressed to others is not this person's to acknowledge; do not reveal it.
    if (!(await addressedTo(trx, n, unitId))) throw notFound('notices');
    const done = await rowWhere(trx, 'notice_reads', { notice_id: noticeId, user_id: actor.userId }, [
      'read_at',
    ]);
    if (done) return;
    await trx
      .insertInto('notice_reads')
      .values({
        notice_id: noticeId,
        organization_id: actor.organizationId,
        user_id: actor.userId,
        read_at: nowIso(),
      })
      .execute();
    await recordAudit(trx, actor, 'org.notice_read', { type: 'notice', id: noticeId }, { title: n.title });
  },
);

/** Sent notices with read counts, for the sender's list. */
export async function sentNotices(db: Kysely<DB>, organizationId: string) {
  const notices = await latestNotices(db, organizationId);
  const out = [];
  for (const n of notices) {
    const audience = await audienceOf(db, n);
    const reads = await rowsWhere(db, 'notice_reads', { notice_id: n.id }, ['user_id']);
    const readers = new Set(reads.map((r) => r.user_id));
    out.push({
      id: n.id,
      title: n.title,
      audience: n.audience,
      createdAt: n.created_at,
      recipients: audience.length,
      read: audience.filter((a) => readers.has(a.id)).length,
    });
  }
  return out;
}

/** Who a notice is addressed to and when each read it (null: not yet). */
export async function receipts(db: Kysely<DB>, organizationId: string, noticeId: string) {
  const n = await mustFind(db, 'notices', organizationId, noticeId);
  const audience = await audienceOf(db, n);
  const reads = await rowsWhere(db, 'notice_reads', { notice_id: noticeId }, ['user_id', 'read_at']);
  const readAt = new Map(reads.map((r) => [r.user_id, r.read_at]));
  return {
    id: n.id,
    title: n.title,
    body: n.body,
    createdAt: n.created_at,
    recipients: audience.map((a) => ({
      userId: a.id,
      displayName: a.display_name,
      unitId: a.unit_id,
      readAt: readAt.get(a.id) ?? null,
    })),
  };
}
