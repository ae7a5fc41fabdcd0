/**
 * The self-assessment sweep (a daily job): a week before the due date and on each office day
 * after it, people with unanswered items are reminded; once past due, the holders of
 * assessment.manage are told how many remain (escalation, once per campaign).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { systemActor } from '../../shared/actor.ts';
import { addDays, isClosedDay, todayJst } from '../../shared/business-days.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import { dateParam, notify } from '../notifications/index.ts';
import './events.ts';
import { functionHolders } from './people.ts';

export const ASSESSMENT_SWEEP = 'assessment.sweep';

/** Runs the reminders and escalations due today; idempotent per day. */
export async function assessmentSweep(db: Kysely<DB>, today: string = todayJst()) {
  let reminded = 0;
  let escalated = 0;
  if (isClosedDay(today)) return { reminded, escalated };
  const campaigns = await db
    .selectFrom('assessment_campaigns')
    .selectAll()
    .where('status', '=', 'open')
    .where('due_on', 'is not', null)
    .execute();
  for (const c of campaigns) {
    const due = c.due_on as string;
    if (today < addDays(due, -7)) continue;
    await db.transaction().execute(async (trx) => {
      const open = await trx
        .selectFrom('assessment_responses')
        .select(['id', 'user_id', 'last_reminded_on', 'escalated_at'])
        .where('campaign_id', '=', c.id)
        .where('answer', 'is', null)
        .execute();
      const toRemind = open.filter((r) => !r.last_reminded_on || r.last_reminded_on < today);
      if (toRemind.length) {
        const people = [...new Set(toRemind.map((r) => r.user_id))];
        await trx
          .updateTable('assessment_responses')
          .set({ last_reminded_on: today })
          .where(
            'id',
            'in',
            toRemind.map((r) => r.id),
          )
          .execute();
        await notify(trx, c.organization_id, people, {
          code: today > due ? 'notice.assessment.overdue' : 'notice.assessment.due_soon',
          params: { campaign: c.title, due: dateParam(due) },
          link: '/inspections/assessment/mine',
        });
        await recordAudit(
          trx,
          systemActor(c.organization_id),
          'assessment.reminded',
          {
            type: 'assessment_campaign',
            id: c.id,
          },
          { campaignId: c.id, people: people.length, responses: toRemind.length },
        );
        reminded += people.length;
      }
      const late = open.filter((r) => !r.escalated_at);
      if (today > due && late.length) {
        const managers = await functionHolders(trx, c.organization_id, 'assessment.manage');
        await trx
          .updateTable('assessment_responses')
          .set({ escalated_at: nowIso() })
          .where(
            'id',
            'in',
            late.map((r) => r.id),
          )
          .execute();
        const notified = await notify(trx, c.organization_id, managers, {
          code: 'notice.assessment.unanswered',
          params: { campaign: c.title, count: open.length, due: dateParam(due) },
          link: `/inspections/assessment/${c.id}`,
        });
        await recordAudit(
          trx,
          systemActor(c.organization_id),
          'assessment.escalated',
          {
            type: 'assessment_campaign',
            id: c.id,
          },
          { campaignId: c.id, unanswered: open.length, notified: notified.length },
        );
        escalated++;
      }
    });
  }
  return { reminded, escalated };
}
