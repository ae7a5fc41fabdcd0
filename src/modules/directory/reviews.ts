import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { conflict } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import { assignChecked, endAssignment } from '../org/index.ts';
import './events.ts';
import { rowWhereOrThrow } from '../../db/rows-in-org.ts';
import { transactional } from '../../db/transactional.ts';
import { findInOrg } from '../../http/find.ts';

interface RoleDetail {
  roleId: string;
  roleName: string;
  group: string;
  unitScoped?: boolean;
  assignmentId?: string;
}

/** Open (or all) review items of the organization: post changes to check and role proposals from groups. */
export async function listReviews(db: Kysely<DB>, organizationId: string, status: 'open' | 'all') {
  let q = db
    .selectFrom('directory_reviews as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select([
      'r.id',
      'r.kind',
      'r.detail',
      'r.status',
      'r.created_at',
      'r.decided_at',
      'u.id as user_id',
      'u.login_id',
      'u.display_name',
    ])
    .where('r.organization_id', '=', organizationId)
    .orderBy('r.created_at', 'desc')
    .limit(500);
  if (status === 'open') q = q.where('r.status', '=', 'open');
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    status: r.status,
    detail: JSON.parse(r.detail) as unknown,
    createdAt: r.created_at,
    decidedAt: r.decided_at,
    user: { id: r.user_id, loginId: r.login_id, displayName: r.display_name },
  }));
}

/**
 * A person decides a review item. Approving a role proposal gives (or ends) the role through the
 * org module — nothing from a directory group applies without this step; approving a post change
 * records that the person's roles were checked.
 */
export const decideReview = transactional(
  async (trx: Kysely<DB>, actor: Actor, id: string, decision: 'approve' | 'reject'): Promise<void> => {
    const r = await findInOrg(trx, 'directory_reviews', actor.organizationId, id, 'directory_review');
    if (r.status !== 'open') throw conflict('directory.review_decided');
    const user = await rowWhereOrThrow(trx, 'users', { id: r.user_id }, ['login_id', 'unit_id']);
    let detail = JSON.parse(r.detail) as RoleDetail;
    if (decision === 'approve' && r.kind === 'role_grant') {
      const assignmentId = await assignChecked.in(trx, actor, detail.roleId, {
        userId: r.user_id,
        unitId: detail.unitScoped ? user.unit_id : null,
      });
      detail = { ...detail, assignmentId };
    } else if (decision === 'approve' && r.kind === 'role_end' && detail.assignmentId) {
      await endAssignment.in(trx, actor, detail.assignmentId, 'directory_group_left');
    }
    await trx
      .updateTable('directory_reviews')
      .set({
        status: decision === 'approve' ? 'approved' : 'rejected',
        detail: JSON.stringify(detail),
        decided_by: actor.userId,
        decided_at: nowIso(),
      })
      .where('id', '=', id)
      .execute();
    await recordAudit(
      trx,
      actor,
      'directory.review_decided',
      { type: 'directory_review', id },
      { loginId: user.login_id, kind: r.kind, decision },
    );
  },
);
