/** Improvement measures and sending the compiled results to staff as a notice with read receipts. */

import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { AuthContext } from '../../http/auth-context.ts';
import { conflict, forbidden } from '../../http/errors.ts';
import { type Lang, t } from '../../i18n/index.ts';
import type { Actor } from '../../shared/actor.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import { dateParam, notify } from '../notifications/index.ts';
import { mustReference, sendNotice } from '../org/index.ts';
import './events.ts';
import { insertInOrg } from '../../db/insert-in-org.ts';
import { rowsWhere } from '../../db/rows-in-org.ts';
import { updateAudited } from '../../db/update-audited.ts';
import { updateInOrg } from '../../db/update-in-org.ts';
import { loadCampaign, loadItem } from './load.ts';
import { loadMeasureFor, mayCloseMeasure } from './measures.ts';
import { campaignResults } from './results.ts';

/** Adds an improvement measure with its owner and due date; the owner is told. */
export async function addMeasure(
  db: Kysely<DB>,
  actor: Actor,
  campaignId: string,
  input: { title: string; itemId?: string; ownerUserId: string; dueOn: string },
): Promise<string> {
  const org = actor.organizationId;
  return db.transaction().execute(async (trx) => {
    await loadCampaign(trx, org, campaignId);
    if (input.itemId) {
      const item = await loadItem(trx, org, input.itemId).catch(() => null);
      if (!item || item.campaign_id !== campaignId) {
        throw conflict('assessment.item_not_in_campaign');
      }
    }
    await mustReference(trx, 'users', org, input.ownerUserId, 'ownerUserId');
    const id = await insertInOrg(trx, 'assessment_measures', org, {
      campaign_id: campaignId,
      item_id: input.itemId ?? null,
      title: input.title,
      owner_user_id: input.ownerUserId,
      due_on: input.dueOn,
      status: 'open',
      result: null,
      closed_at: null,
      created_at: nowIso(),
    });
    await notify(trx, org, [input.ownerUserId], {
      code: 'notice.assessment.measure_assigned',
      params: { measure: input.title, due: dateParam(input.dueOn) },
      link: `/inspections/assessment/measures/${id}`,
    });
    await recordAudit(
      trx,
      actor,
      'assessment.measure_added',
      { type: 'assessment_measure', id },
      {
        campaignId,
        title: input.title,
        ownerUserId: input.ownerUserId,
        dueOn: input.dueOn,
      },
    );
    return id;
  });
}

/** Closes a measure with what was done: its owner or a holder of assessment.manage. */
export async function closeMeasure(
  db: Kysely<DB>,
  auth: AuthContext,
  actor: Actor,
  id: string,
  result: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const m = await loadMeasureFor(trx, auth, id);
    if (!mayCloseMeasure(auth, m)) throw forbidden('assessment.manage');
    if (m.status !== 'open') throw conflict('assessment.measure_closed');
    await updateInOrg(trx, 'assessment_measures', auth.organizationId, id, {
      status: 'closed',
      result,
      closed_at: nowIso(),
    });
    await recordAudit(
      trx,
      actor,
      'assessment.measure_closed',
      { type: 'assessment_measure', id },
      { result },
    );
  });
}

const pct = (r: number | null) => (r === null ? '—' : `${r}%`);

/** Sends the compiled results and the measures to all staff as a notice (read receipts in the org module). */
export async function publishResults(
  db: Kysely<DB>,
  actor: Actor,
  campaignId: string,
  message: string,
  lang: Lang = 'ja',
): Promise<string> {
  const w = (key: string, params?: Record<string, string | number>) =>
    t(lang, `assessment.publish.${key}`, params);
  const org = actor.organizationId;
  const results = await campaignResults(db, org, campaignId);
  const measures = await rowsWhere(db, 'assessment_measures', { campaign_id: campaignId }, [
    'title',
    'due_on',
    'status',
  ]);
  const lines = [
    message,
    w('overall', { rate: pct(results.overall?.rate ?? null) }),
    '',
    w('by_unit'),
    ...results.byUnit.map((u) =>
      w('unit', { label: u.label, rate: pct(u.rate), answered: u.answered, total: u.total }),
    ),
    '',
    w('by_area'),
    ...results.byArea.map((a) => w('area', { label: a.label, rate: pct(a.rate) })),
    '',
    w('measures'),
    ...(measures.length
      ? measures.map((m) => w('measure', { title: m.title, due: m.due_on }))
      : [w('no_measures')]),
  ].filter((l, i) => i > 0 || l);
  return db.transaction().execute(async (trx) => {
    const c = await loadCampaign(trx, org, campaignId);
    if (c.status === 'draft') throw conflict('assessment.not_open');
    const noticeId = await sendNotice.in(trx, actor, {
      title: w('title', { title: c.title }),
      body: lines.join('\n').slice(0, 20000),
      audience: 'all',
    });
    await updateAudited(
      trx,
      actor,
      'assessment_campaigns',
      c.id,
      { notice_id: noticeId },
      'assessment.results_published',
      'assessment_campaign',
      {
        noticeId,
        rate: results.overall?.rate ?? null,
      },
    );
    return noticeId;
  });
}
