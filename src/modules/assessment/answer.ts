/** Answers and evidence: the respondent (or a holder of assessment.answer) records what is done. */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import { updateAudited } from '../../db/update-audited.ts';
import type { AuthContext } from '../../http/auth-context.ts';
import { AppError, badInput, conflict, forbidden } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { nowIso } from '../../shared/time.ts';
import './events.ts';
import { insertAudited } from '../../db/insert-audited.ts';
import { dropFromDrafts } from './drafts.ts';
import { loadCampaign, loadItem, loadResponse } from './load.ts';
import { type answerBody, type answersBody, EVIDENCE_MAX_BYTES, type evidenceBody } from './schema.ts';

/** The response, if the caller may answer it: their own, or any with assessment.answer / manage. */
async function answerable(trx: Kysely<DB>, auth: AuthContext, id: string) {
  const r = await loadResponse(trx, auth.organizationId, id);
  const own = r.user_id === auth.userId;
  if (!own && !auth.functions.has('assessment.answer') && !auth.functions.has('assessment.manage')) {
    throw forbidden('assessment.answer');
  }
  const c = await loadCampaign(trx, auth.organizationId, r.campaign_id);
  if (c.status !== 'open') throw conflict('assessment.not_open');
  return r;
}

type AnswerInput = z.output<typeof answerBody>;

/** Records (or changes) one answer in the caller's transaction, with its audit event. */
async function answerIn(trx: Kysely<DB>, auth: AuthContext, actor: Actor, id: string, body: AnswerInput) {
  const r = await answerable(trx, auth, id);
  const item = await loadItem(trx, auth.organizationId, r.item_id);
  await updateAudited(
    trx,
    actor,
    'assessment_responses',
    id,
    {
      answer: body.answer,
      comment: body.comment || null,
      answered_at: nowIso(),
    },
    'assessment.answered',
    'assessment_response',
    {
      itemId: item.id,
      clausePath: item.clause_path,
      answer: body.answer,
      previous: r.answer,
    },
  );
  return r;
}

/** Records (or changes) an answer with its comment. */
export async function answer(
  db: Kysely<DB>,
  auth: AuthContext,
  actor: Actor,
  id: string,
  body: AnswerInput,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const r = await answerIn(trx, auth, actor, id, body);
    await dropFromDrafts(trx, auth.organizationId, [r]);
  });
}

/**
 * Records many answers at once, all or none: one save for the items a person went through. Each answer
 * leaves its own audit event, as if saved one by one; a response named twice is refused.
 */
export async function answerMany(
  db: Kysely<DB>,
  auth: AuthContext,
  actor: Actor,
  answers: z.output<typeof answersBody>['answers'],
): Promise<number> {
  const ids = answers.map((a) => a.responseId);
  const twice = ids.findIndex((id, i) => ids.indexOf(id) !== i);
  if (twice >= 0)
    throw badInput('assessment.answered_twice', {}, [
      { field: `answers.${twice}.responseId`, code: 'assessment.answered_twice' },
    ]);
  await db.transaction().execute(async (trx) => {
    const submitted = [];
    for (const [i, a] of answers.entries()) {
      try {
        submitted.push(await answerIn(trx, auth, actor, a.responseId, a));
      } catch (e) {
        // The refusal names the answer it is about, so the screen can point at that item.
        if (e instanceof AppError && !e.fields)
          throw new AppError(e.code, e.status, e.params, [
            { field: `answers.${i}.responseId`, code: e.code },
          ]);
        throw e;
      }
    }
    // Submitted answers leave the draft they were typed in, in the same transaction.
    await dropFromDrafts(trx, auth.organizationId, submitted);
  });
  return answers.length;
}

/** Keeps an evidence file with its SHA-256 beside the answer. */
export async function addEvidence(
  db: Kysely<DB>,
  auth: AuthContext,
  actor: Actor,
  id: string,
  body: z.output<typeof evidenceBody>,
): Promise<{ id: string; sha256: string }> {
  const data = Buffer.from(body.dataBase64, 'base64');
  if (!data.length || data.length > EVIDENCE_MAX_BYTES) {
    throw badInput('assessment.file_size', { max: EVIDENCE_MAX_BYTES }, [
      { field: 'dataBase64', code: 'assessment.file_size' },
    ]);
  }
  return db.transaction().execute(async (trx) => {
    await answerable(trx, auth, id);
    const sha256 = createHash('sha256').update(data).digest('hex');
    const evidenceId = await insertAudited(
      trx,
      actor,
      'assessment_evidence',
      {
        response_id: id,
        file_name: body.fileName,
        content_type: body.contentType,
        size: data.length,
        sha256,
        content: data.toString('base64'),
        added_by: auth.userId,
        created_at: nowIso(),
      },
      'assessment.evidence_added',
      'assessment_evidence',
      { responseId: id, fileName: body.fileName, sha256, size: data.length },
    );
    return { id: evidenceId, sha256 };
  });
}
