/** Opening a campaign (one response row per respondent and item) and closing it. */
import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { conflict } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import { dateParam, notify } from '../notifications/index.ts';
import './events.ts';
import { insertInOrg } from '../../db/insert-in-org.ts';
import { rowsWhere } from '../../db/rows-in-org.ts';
import { updateAudited } from '../../db/update-audited.ts';
import { updateInOrg } from '../../db/update-in-org.ts';
import { draftCampaign, loadCampaign } from './load.ts';
import { activeStaff, functionHolders, roleHolders } from './people.ts';

interface Target {
  userId: string;
  unitId: string | null;
  roleId: string | null;
}

/** A random sample of n people (without replacement), for campaigns that sample staff. */
function sample<T>(people: T[], n: number): T[] {
  const pool = [...people];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, n);
}

/** Opens a draft campaign: addresses every item to its respondents and tells them. */
export async function launchCampaign(db: Kysely<DB>, actor: Actor, id: string) {
  const org = actor.organizationId;
  return db.transaction().execute(async (trx) => {
    const c = await draftCampaign(trx, org, id);
    const items = await rowsWhere(trx, 'assessment_items', { campaign_id: id });
    if (!items.length) throw conflict('assessment.no_items');
    const staffAll = (await activeStaff(trx, org)).map((s) => ({
      userId: s.id,
      unitId: s.unit_id,
      roleId: null,
    }));
    // One sample for the whole campaign, so the same people answer every staff item.
    const staff = c.staff_mode === 'sample' ? sample(staffAll, c.sample_size ?? staffAll.length) : staffAll;
    const fallback = (await functionHolders(trx, org, 'assessment.default_respondent')).map((u) => ({
      userId: u,
      unitId: staffAll.find((s) => s.userId === u)?.unitId ?? null,
      roleId: null,
    }));
    const people = new Set<string>();
    let responses = 0;
    for (const item of items) {
      let targets: Target[];
      if (item.respondent_kind === 'staff') targets = staff;
      else if (item.respondent_kind === 'default') targets = fallback;
      else targets = await roleHolders(trx, org, JSON.parse(item.role_ids), JSON.parse(item.unit_ids));
      if (!targets.length) targets = fallback;
      const seen = new Set<string>();
      for (const t of targets) {
        if (seen.has(t.userId)) continue;
        seen.add(t.userId);
        people.add(t.userId);
        responses++;
        await insertInOrg(trx, 'assessment_responses', org, {
          campaign_id: id,
          item_id: item.id,
          user_id: t.userId,
          unit_id: t.unitId,
          role_id: t.roleId,
          answer: null,
          comment: null,
          answered_at: null,
          last_reminded_on: null,
          escalated_at: null,
        });
      }
    }
    await updateInOrg(trx, 'assessment_campaigns', org, id, { status: 'open', launched_at: nowIso() });
    await notify(trx, org, [...people], {
      code: c.due_on ? 'notice.assessment.launched_due' : 'notice.assessment.launched',
      params: { campaign: c.title, due: c.due_on ? dateParam(c.due_on) : '' },
      link: '/inspections/assessment/mine',
    });
    await recordAudit(
      trx,
      actor,
      'assessment.campaign_launched',
      { type: 'assessment_campaign', id },
      {
        respondents: people.size,
        responses,
      },
    );
    return { respondents: people.size, responses };
  });
}

/** Closes an open campaign; unanswered items stay recorded as unanswered. */
export async function closeCampaign(db: Kysely<DB>, actor: Actor, id: string): Promise<void> {
  const org = actor.organizationId;
  await db.transaction().execute(async (trx) => {
    const c = await loadCampaign(trx, org, id);
    if (c.status !== 'open') throw conflict('assessment.not_open');
    const open = await trx
      .selectFrom('assessment_responses')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('campaign_id', '=', id)
      .where('answer', 'is', null)
      .executeTakeFirst();
    await updateAudited(
      trx,
      actor,
      'assessment_campaigns',
      id,
      { status: 'closed', closed_at: nowIso() },
      'assessment.campaign_closed',
      'assessment_campaign',
      {
        unanswered: Number(open?.n ?? 0),
      },
    );
  });
}
