/**
 * Drafts: the answers a respondent has typed but not submitted, kept on the server per person and
 * campaign so that another device (or the same one after a reload) finds them. A draft is a working copy,
 * not a record of the body: writing it leaves no audit event. What counts is the submission, which is
 * audited answer by answer (answer.ts) and removes the submitted answers from the draft in its transaction.
 */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { rowInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import type { AuthContext } from '../../http/auth-context.ts';
import { badInput, conflict } from '../../http/errors.ts';
import { nowIso } from '../../shared/time.ts';
import { loadCampaign } from './load.ts';
import type { draftBody } from './schema.ts';

export type DraftAnswer = z.output<typeof draftBody>['answers'][number];

async function row(db: Kysely<DB>, org: string, userId: string, campaignId: string) {
  return rowInOrg(db, 'assessment_drafts', org, { user_id: userId, campaign_id: campaignId }, [
    'answers',
    'saved_at',
  ]);
}

/** The caller's draft of a campaign: the answers typed so far and when they were kept (null when none). */
export async function readDraft(
  db: Kysely<DB>,
  auth: AuthContext,
  campaignId: string,
): Promise<{ answers: DraftAnswer[]; savedAt: string | null }> {
  await loadCampaign(db, auth.organizationId, campaignId);
  const r = await row(db, auth.organizationId, auth.userId, campaignId);
  return r
    ? { answers: JSON.parse(r.answers) as DraftAnswer[], savedAt: r.saved_at }
    : { answers: [], savedAt: null };
}

/**
 * Keeps the caller's draft of an open campaign in place of the one before; an empty list removes it. Each
 * answer must be one of the caller's own items of that campaign.
 */
export async function saveDraft(
  db: Kysely<DB>,
  auth: AuthContext,
  campaignId: string,
  answers: DraftAnswer[],
): Promise<{ savedAt: string | null }> {
  const org = auth.organizationId;
  const c = await loadCampaign(db, org, campaignId);
  if (c.status !== 'open') throw conflict('assessment.not_open');
  const ids = answers.map((a) => a.responseId);
  const twice = ids.findIndex((id, i) => ids.indexOf(id) !== i);
  if (twice >= 0)
    throw badInput('assessment.answered_twice', {}, [
      { field: `answers.${twice}.responseId`, code: 'assessment.answered_twice' },
    ]);
  const own = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('assessment_responses')
      .select('id')
      .where('organization_id', '=', org)
      .where('campaign_id', '=', campaignId)
      .where('user_id', '=', auth.userId)
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const r of rows) own.add(r.id);
  }
  const foreign = ids.findIndex((id) => !own.has(id));
  if (foreign >= 0)
    throw badInput('assessment.draft_not_yours', {}, [
      { field: `answers.${foreign}.responseId`, code: 'assessment.draft_not_yours' },
    ]);
  return db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('assessment_drafts')
      .where('organization_id', '=', org)
      .where('user_id', '=', auth.userId)
      .where('campaign_id', '=', campaignId)
      .execute();
    if (!answers.length) return { savedAt: null };
    const savedAt = nowIso();
    await trx
      .insertInto('assessment_drafts')
      .values({
        organization_id: org,
        user_id: auth.userId,
        campaign_id: campaignId,
        answers: JSON.stringify(answers),
        saved_at: savedAt,
      })
      .execute();
    return { savedAt };
  });
}

/** Removes submitted answers from their respondents' drafts, in the submitting transaction. */
export async function dropFromDrafts(
  trx: Kysely<DB>,
  org: string,
  submitted: { id: string; user_id: string; campaign_id: string }[],
): Promise<void> {
  const byDraft = new Map<string, { userId: string; campaignId: string; ids: Set<string> }>();
  for (const r of submitted) {
    const key = `${r.user_id} ${r.campaign_id}`;
    const d = byDraft.get(key) ?? { userId: r.user_id, campaignId: r.campaign_id, ids: new Set<string>() };
    d.ids.add(r.id);
    byDraft.set(key, d);
  }
  for (const d of byDraft.values()) {
    const r = await row(trx, org, d.userId, d.campaignId);
    if (!r) continue;
    const left = (JSON.parse(r.answers) as DraftAnswer[]).filter((a) => !d.ids.has(a.responseId));
    const where = trx
      .updateTable('assessment_drafts')
      .where('organization_id', '=', org)
      .where('user_id', '=', d.userId)
      .where('campaign_id', '=', d.campaignId);
    if (left.length) await where.set({ answers: JSON.stringify(left) }).execute();
    else
      await trx
        .deleteFrom('assessment_drafts')
        .where('organization_id', '=', org)
        .where('user_id', '=', d.userId)
        .where('campaign_id', '=', d.campaignId)
        .execute();
  }
}
