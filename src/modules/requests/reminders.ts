import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { systemActor } from '../../shared/actor.ts';
import { addDays, businessDaysBetween, isClosedDay, todayJst } from '../../shared/business-days.ts';
import { dateParam, notify } from '../notifications/index.ts';
import { stepHolders } from './approvers.ts';
import { parseDefinition } from './load.ts';
import { auditRequest } from './request-audit.ts';

/** The last office day before a due date: when the reminder goes out (weekends, holidays and 年末年始 skipped). */
export function reminderDay(dueOn: string): string {
  let d = addDays(dueOn, -1);
  while (isClosedDay(d)) d = addDays(d, -1);
  return d;
}

/**
 * The reminder sweep (a recurring job): reminds requesters the office day before a return is
 * due, tells requester and approvers on each office day a return is overdue, and alerts the next
 * step's holders when a step has waited longer than the type allows. Idempotent per day.
 */
export async function sweep(
  db: Kysely<DB>,
  today: string = todayJst(),
): Promise<{ reminded: number; escalated: number }> {
  let reminded = 0;
  let escalated = 0;
  if (isClosedDay(today)) return { reminded, escalated };
  // A reminder goes out on the last office day before the due date, never more than two weeks ahead
  // (年末年始 and long weekends included): rows due later are left in the database.
  const horizon = addDays(today, 14);
  for await (const out of pages((after) =>
    db
      .selectFrom('requests')
      .selectAll()
      .where('status', '=', 'approved')
      .where('due_on', 'is not', null)
      .where('due_on', '<=', horizon)
      .where('returned_at', 'is', null)
      .where((eb) => eb.or([eb('last_reminder_on', 'is', null), eb('last_reminder_on', '<', today)]))
      .where('id', '>', after)
      .orderBy('id')
      .limit(PAGE)
      .execute(),
  ))
    reminded += await remindPage(db, out, today);
  for await (const waiting of pages((after) =>
    db
      .selectFrom('requests')
      .selectAll()
      .where('status', '=', 'pending')
      .where((eb) =>
        eb.or([eb('escalated_step', 'is', null), eb('escalated_step', '!=', eb.ref('current_step'))]),
      )
      .where('id', '>', after)
      .orderBy('id')
      .limit(PAGE)
      .execute(),
  ))
    escalated += await escalatePage(db, waiting, today);
  return { reminded, escalated };
}

/** Rows are read a page at a time: a body with tens of thousands of open requests is not loaded at once. */
const PAGE = 500;

async function* pages<T extends { id: string }>(next: (after: string) => Promise<T[]>): AsyncGenerator<T[]> {
  let after = '';
  for (;;) {
    const rows = await next(after);
    if (rows.length) yield rows;
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1].id;
  }
}

type RequestRow = Selectable<DB['requests']>;

async function remindPage(db: Kysely<DB>, out: RequestRow[], today: string): Promise<number> {
  let reminded = 0;
  for (const r of out) {
    const due = r.due_on as string;
    const kind = today > due ? 'overdue' : today === reminderDay(due) ? 'due_soon' : null;
    if (!kind) continue;
    const def = parseDefinition(r.definition);
    await db.transaction().execute(async (trx) => {
      const upd = await trx
        .updateTable('requests')
        .set({ last_reminder_on: today })
        .where('id', '=', r.id)
        .where((eb) => eb.or([eb('last_reminder_on', 'is', null), eb('last_reminder_on', '<', today)]))
        .executeTakeFirst();
      if (Number(upd.numUpdatedRows) !== 1) return; // another runner sent it
      let to = [r.requester_id];
      if (kind === 'overdue') {
        const last = def.chain[def.chain.length - 1];
        to = to.concat((await stepHolders(trx, r.organization_id, last, r, today)).map((h) => h.userId));
      }
      await notify(trx, r.organization_id, to, {
        code: kind === 'overdue' ? 'notice.requests.return_overdue' : 'notice.requests.return_due_soon',
        params: { due: dateParam(due) },
        link: `/requests/${r.id}`,
      });
      await auditRequest(trx, systemActor(r.organization_id), 'requests.reminded', r, {
        kind,
        dueOn: due,
        today,
      });
      reminded++;
    });
  }
  return reminded;
}

async function escalatePage(db: Kysely<DB>, waiting: RequestRow[], today: string): Promise<number> {
  let escalated = 0;
  for (const r of waiting) {
    if (r.escalated_step === r.current_step) continue;
    const def = parseDefinition(r.definition);
    const started = todayJst(new Date(r.step_started_at));
    if (businessDaysBetween(started, today) < def.escalateAfterDays) continue;
    await db.transaction().execute(async (trx) => {
      const upd = await trx
        .updateTable('requests')
        .set({ escalated_step: r.current_step })
        .where('id', '=', r.id)
        .where('current_step', '=', r.current_step)
        .where('status', '=', 'pending')
        .where((eb) => eb.or([eb('escalated_step', 'is', null), eb('escalated_step', '!=', r.current_step)]))
        .executeTakeFirst();
      if (Number(upd.numUpdatedRows) !== 1) return;
      // The next step's holders are told; at the last step, its own holders are reminded instead.
      const step = def.chain[Math.min(r.current_step + 1, def.chain.length - 1)];
      const to = (await stepHolders(trx, r.organization_id, step, r, today)).map((h) => h.userId);
      const notified = await notify(trx, r.organization_id, to, {
        code: 'notice.requests.escalated',
        params: { days: def.escalateAfterDays },
        link: `/requests/${r.id}`,
      });
      await auditRequest(trx, systemActor(r.organization_id), 'requests.escalated', r, {
        step: r.current_step,
        notified: notified.length,
      });
      escalated++;
    });
  }
  return escalated;
}
