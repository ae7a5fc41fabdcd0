/** Reads about people and the policy: acknowledgements (R-E1) and reviews (R-I2, R-I5). */
import type { Kysely } from 'kysely';
import { rowInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../../http/errors.ts';
import type { PolicyVisibility } from './tables.ts';

/** Versions in force that the user can read and has not acknowledged yet (the banner). */
export async function pendingAcknowledgements(
  db: Kysely<DB>,
  org: string,
  userId: string,
  visibilities: PolicyVisibility[],
) {
  const staffVisible = visibilities.filter((v) => v !== 'restricted');
  if (!staffVisible.length) return [];
  const rows = await db
    .selectFrom('policy_versions as v')
    .innerJoin('policy_documents as d', 'd.id', 'v.document_id')
    .leftJoin('policy_acknowledgements as a', (j) =>
      j.onRef('a.version_id', '=', 'v.id').on('a.user_id', '=', userId),
    )
    .select(['v.id', 'v.number', 'v.effective_on', 'd.id as documentId', 'd.title'])
    .where('v.organization_id', '=', org)
    .where('v.status', '=', 'in_force')
    .where('d.visibility', 'in', staffVisible)
    .where('a.id', 'is', null)
    .execute();
  return rows.map((r) => ({
    versionId: r.id,
    documentId: r.documentId,
    title: r.title,
    number: r.number,
    effectiveOn: r.effective_on,
  }));
}

/** Who has acknowledged a version, and which active people have not. */
export async function acknowledgementStatus(db: Kysely<DB>, org: string, versionId: string) {
  const v = await rowInOrg(db, 'policy_versions', org, { id: versionId }, ['id', 'status']);
  if (!v) throw notFound('policy_version');
  const users = await db
    .selectFrom('users as u')
    .leftJoin('units as n', 'n.id', 'u.unit_id')
    .leftJoin('policy_acknowledgements as a', (j) =>
      j.onRef('a.user_id', '=', 'u.id').on('a.version_id', '=', versionId),
    )
    .select(['u.id', 'u.login_id', 'u.display_name', 'u.post', 'n.name as unit', 'a.acknowledged_at'])
    .where('u.organization_id', '=', org)
    .where('u.status', '=', 'active')
    .orderBy('u.login_id')
    .execute();
  const person = (u: (typeof users)[number]) => ({
    userId: u.id,
    loginId: u.login_id,
    displayName: u.display_name,
    post: u.post,
    unit: u.unit,
  });
  return {
    versionId,
    status: v.status,
    acknowledged: users
      .filter((u) => u.acknowledged_at)
      .map((u) => ({ ...person(u), acknowledgedAt: u.acknowledged_at as string })),
    notYet: users.filter((u) => !u.acknowledged_at).map(person),
  };
}

function reviewOut(r: DB['policy_reviews'] & { title: string }) {
  return {
    id: r.id,
    documentId: r.document_id,
    documentTitle: r.title,
    trigger: r.trigger,
    fiscalYear: r.fiscal_year,
    reason: r.reason,
    inputs: r.inputs,
    source: r.source_type && r.source_id ? { type: r.source_type, id: r.source_id } : null,
    dueOn: r.due_on,
    status: r.status,
    outcome: r.outcome,
    outcomeReason: r.outcome_reason,
    newVersionId: r.new_version_id,
    openedBy: r.opened_by,
    openedAt: r.opened_at,
    closedBy: r.closed_by,
    closedAt: r.closed_at,
  };
}

/** Reviews of the organization, newest first. */
export async function listReviews(db: Kysely<DB>, org: string, status?: 'open' | 'closed') {
  let q = db
    .selectFrom('policy_reviews as r')
    .innerJoin('policy_documents as d', 'd.id', 'r.document_id')
    .selectAll('r')
    .select('d.title')
    .where('r.organization_id', '=', org);
  if (status) q = q.where('r.status', '=', status);
  return (await q.orderBy('r.opened_at', 'desc').execute()).map(reviewOut);
}

/** One review (404 outside the organization). */
export async function getReview(db: Kysely<DB>, org: string, id: string) {
  const r = await db
    .selectFrom('policy_reviews as r')
    .innerJoin('policy_documents as d', 'd.id', 'r.document_id')
    .selectAll('r')
    .select('d.title')
    .where('r.id', '=', id)
    .where('r.organization_id', '=', org)
    .executeTakeFirst();
  if (!r) throw notFound('policy_review');
  return reviewOut(r);
}
