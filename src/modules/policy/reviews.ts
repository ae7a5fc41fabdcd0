/** Policy reviews (見直し): opened yearly or on a trigger, closed with "no change" or a new version (R-I2, R-I5). */

import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { badInput, conflict } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { newId } from '../../shared/ids.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import './events.ts';
import { rowInOrg } from '../../db/rows-in-org.ts';
import { updateAudited } from '../../db/update-audited.ts';
import { existsInOrg } from '../../db/update-in-org.ts';
import { findInOrg } from '../../http/find.ts';
import type { CloseReviewInput, OpenReviewInput } from './schema.ts';

async function openReviewRow(trx: Kysely<DB>, org: string, id: string) {
  const r = await findInOrg(trx, 'policy_reviews', org, id, 'policy_review');
  if (r.status !== 'open') throw conflict('policy.review_closed');
  return r;
}

/** Opens a review of a document, recording what triggered it and what it will look at. */
export async function openReview(db: Kysely<DB>, actor: Actor, input: OpenReviewInput): Promise<string> {
  return db.transaction().execute(async (trx) => {
    if (!(await existsInOrg(trx, 'policy_documents', actor.organizationId, input.documentId)))
      throw badInput('request.invalid', {}, [{ field: 'documentId', code: 'common.not_found' }]);
    if (input.trigger === 'yearly' && input.fiscalYear === undefined) {
      throw badInput('request.invalid', {}, [{ field: 'fiscalYear', code: 'field.required' }]);
    }
    const id = newId();
    const source = input.sourceType && input.sourceId ? { type: input.sourceType, id: input.sourceId } : null;
    await trx
      .insertInto('policy_reviews')
      .values({
        id,
        organization_id: actor.organizationId,
        document_id: input.documentId,
        trigger: input.trigger,
        fiscal_year: input.fiscalYear ?? null,
        reason: input.reason,
        inputs: input.inputs,
        source_type: source?.type ?? null,
        source_id: source?.id ?? null,
        due_on: input.dueOn ?? null,
        status: 'open',
        outcome: null,
        outcome_reason: null,
        new_version_id: null,
        opened_by: actor.userId,
        opened_at: nowIso(),
        closed_by: null,
        closed_at: null,
      })
      .execute();
    await recordAudit(
      trx,
      actor,
      'policy.review_opened',
      { type: 'policy_review', id },
      {
        documentId: input.documentId,
        trigger: input.trigger,
        fiscalYear: input.fiscalYear ?? null,
        reason: input.reason,
        dueOn: input.dueOn ?? null,
        source,
      },
    );
    return id;
  });
}

/** Edits an open review's reason, inputs or due date. */
export async function updateReview(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  patch: { reason?: string; inputs?: string; dueOn?: string | null },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const r = await openReviewRow(trx, actor.organizationId, id);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    const set: { reason?: string; inputs?: string; due_on?: string | null } = {};
    if (patch.reason !== undefined && patch.reason !== r.reason) {
      before.reason = r.reason;
      after.reason = set.reason = patch.reason;
    }
    if (patch.inputs !== undefined && patch.inputs !== r.inputs) {
      before.inputs = r.inputs;
      after.inputs = set.inputs = patch.inputs;
    }
    if (patch.dueOn !== undefined && patch.dueOn !== r.due_on) {
      before.dueOn = r.due_on;
      after.dueOn = set.due_on = patch.dueOn;
    }
    if (Object.keys(set).length === 0) return;
    await updateAudited(trx, actor, 'policy_reviews', r.id, set, 'policy.review_updated', 'policy_review', {
      before,
      after,
    });
  });
}

/** Closes a review: no change (with the reason) or a new version of the same document. */
export async function closeReview(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  input: CloseReviewInput,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const r = await openReviewRow(trx, actor.organizationId, id);
    let newVersionId: string | null = null;
    if (input.outcome === 'new_version') {
      const v = await rowInOrg(trx, 'policy_versions', actor.organizationId, { id: input.versionId }, [
        'id',
        'document_id',
      ]);
      if (!v || v.document_id !== r.document_id) {
        throw badInput('policy.review_version_mismatch', {}, [
          { field: 'versionId', code: 'policy.review_version_mismatch' },
        ]);
      }
      newVersionId = v.id;
    }
    const reason = input.reason ?? null;
    await updateAudited(
      trx,
      actor,
      'policy_reviews',
      r.id,
      {
        status: 'closed',
        outcome: input.outcome,
        outcome_reason: reason,
        new_version_id: newVersionId,
        closed_by: actor.userId,
        closed_at: nowIso(),
      },
      'policy.review_closed',
      'policy_review',
      {
        outcome: input.outcome,
        reason,
        newVersionId,
      },
    );
  });
}
