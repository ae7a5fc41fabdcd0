import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { updateAudited } from '../../db/update-audited.ts';
import { conflict, notFound } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { newId } from '../../shared/ids.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import './events.ts';
import { insertInOrg } from '../../db/insert-in-org.ts';
import { rowInOrg, rowsInOrg, rowsWhere } from '../../db/rows-in-org.ts';
import { transactional } from '../../db/transactional.ts';
import { mustFind } from './lookup.ts';
import { currentAssignments } from './people-queries.ts';
import { endAssignment } from './roles.ts';

/**
 * Starts a periodic access review (R-F13): one line per role every person holds today, for the
 * reviewer to confirm or end.
 */
export const startReview = transactional(async (trx: Kysely<DB>, actor: Actor): Promise<string> => {
  const org = actor.organizationId;
  const open = await trx
    .selectFrom('access_reviews')
    .select('id')
    .where('organization_id', '=', org)
    .where('completed_at', 'is', null)
    .executeTakeFirst();
  if (open) throw conflict('org.review_open');
  const id = await insertInOrg(trx, 'access_reviews', org, {
    started_by: actor.userId,
    started_at: nowIso(),
    completed_at: null,
    note: null,
  });
  const lines = await currentAssignments(trx, org).orderBy('ra.user_id').orderBy('r.tier').execute();
  if (lines.length) {
    await trx
      .insertInto('access_review_lines')
      .values(
        lines.map((a) => ({
          id: newId(),
          organization_id: org,
          review_id: id,
          user_id: a.user_id,
          assignment_id: a.id,
          role_name: a.role_name,
          unit_id: a.unit_id,
          decision: 'pending' as const,
          decided_by: null,
          decided_at: null,
        })),
      )
      .execute();
  }
  await recordAudit(
    trx,
    actor,
    'org.access_review_started',
    { type: 'access_review', id },
    { lines: lines.length },
  );
  return id;
});

/** Confirms a line, or ends the assignment it lists. A completed review cannot change. */
export const decideLine = transactional(
  async (
    trx: Kysely<DB>,
    actor: Actor,
    reviewId: string,
    lineId: string,
    decision: 'confirmed' | 'ended',
  ): Promise<void> => {
    const org = actor.organizationId;
    const review = await mustFind(trx, 'access_reviews', org, reviewId);
    if (review.completed_at) throw conflict('org.review_completed');
    const line = await rowInOrg(trx, 'access_review_lines', org, { id: lineId, review_id: reviewId });
    if (!line) throw notFound('access_review_lines');
    if (line.decision !== 'pending') throw conflict('org.review_line_decided');
    await trx
      .updateTable('access_review_lines')
      .set({ decision, decided_by: actor.userId, decided_at: nowIso() })
      .where('id', '=', lineId)
      .execute();
    if (decision === 'ended') await endAssignment.in(trx, actor, line.assignment_id, 'access_review');
    const user = await mustFind(trx, 'users', org, line.user_id);
    await recordAudit(
      trx,
      actor,
      'org.access_review_decided',
      { type: 'access_review', id: reviewId },
      { loginId: user.login_id, role: line.role_name, decision },
    );
  },
);

/** Closes a review once every line is decided; the counts are the recorded result. */
export const completeReview = transactional(
  async (trx: Kysely<DB>, actor: Actor, reviewId: string, note: string | null): Promise<void> => {
    const org = actor.organizationId;
    const review = await mustFind(trx, 'access_reviews', org, reviewId);
    if (review.completed_at) throw conflict('org.review_completed');
    const lines = await rowsWhere(trx, 'access_review_lines', { review_id: reviewId }, ['decision']);
    const pending = lines.filter((l) => l.decision === 'pending').length;
    if (pending) throw conflict('org.review_pending', { pending });
    const counts = {
      confirmed: lines.filter((l) => l.decision === 'confirmed').length,
      ended: lines.filter((l) => l.decision === 'ended').length,
    };
    const completed = { completed_at: nowIso(), note };
    await updateAudited(
      trx,
      actor,
      'access_reviews',
      reviewId,
      completed,
      'org.access_review_completed',
      'access_review',
      counts,
    );
  },
);

/** Reviews of an organization, newest first. */
export async function listReviews(db: Kysely<DB>, organizationId: string) {
  const rows = await rowsInOrg(db, 'access_reviews', organizationId, {}, '*', [['started_at', 'desc']]);
  return rows.map((r) => ({ id: r.id, startedAt: r.started_at, completedAt: r.completed_at, note: r.note }));
}

/** One review with its lines and the people's names. */
export async function reviewDetail(db: Kysely<DB>, organizationId: string, id: string) {
  const r = await mustFind(db, 'access_reviews', organizationId, id);
  const lines = await db
    .selectFrom('access_review_lines as l')
    .innerJoin('users as u', 'u.id', 'l.user_id')
    .leftJoin('units as un', 'un.id', 'l.unit_id')
    .select([
      'l.id',
      'l.user_id',
      'u.display_name',
      'u.login_id',
      'u.status',
      'l.role_name',
      'un.name as unit_name',
      'l.decision',
      'l.decided_at',
    ])
    .where('l.review_id', '=', id)
    .orderBy('u.login_id')
    .execute();
  return {
    id: r.id,
    startedAt: r.started_at,
    completedAt: r.completed_at,
    note: r.note,
    lines: lines.map((l) => ({
      id: l.id,
      userId: l.user_id,
      displayName: l.display_name,
      loginId: l.login_id,
      status: l.status,
      roleName: l.role_name,
      unitName: l.unit_name,
      decision: l.decision,
      decidedAt: l.decided_at,
    })),
  };
}
