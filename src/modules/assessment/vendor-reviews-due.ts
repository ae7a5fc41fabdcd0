/** When each contract's next contractor review falls due, and the reminder sweep (R-H3). */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { systemActor } from '../../shared/actor.ts';
import { addDays, todayJst } from '../../shared/business-days.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import { dateParam, notify } from '../notifications/index.ts';
import './events.ts';
import { rowsInOrg, rowWhere } from '../../db/rows-in-org.ts';
import { functionHolders } from './people.ts';

export const VENDOR_REVIEW_SWEEP = 'vendors.review_sweep';
/** Contracts ending within this many days are listed for the end-of-contract check. */
export const END_WINDOW_DAYS = 30;

export interface DueReview {
  vendorId: string;
  vendorName: string;
  contractId: string;
  contractTitle: string;
  kind: 'periodic' | 'end_of_contract';
  dueOn: string;
  overdue: boolean;
}

/** Reviews due within `withinDays`: periodic ones from the last review (or the contract's date), end-of-contract ones. */
export async function dueReviews(
  db: Kysely<DB>,
  org: string,
  today: string = todayJst(),
  withinDays = 30,
): Promise<DueReview[]> {
  const contracts = await db
    .selectFrom('vendor_contracts as c')
    .innerJoin('vendors as v', 'v.id', 'c.vendor_id')
    .select(['c.id', 'c.title', 'c.ends_on', 'c.next_review_on', 'v.id as vendor_id', 'v.name'])
    .where('c.organization_id', '=', org)
    .execute();
  const reviews = await rowsInOrg(
    db,
    'vendor_reviews',
    org,
    {},
    ['contract_id', 'kind', 'reviewed_on', 'next_review_on'],
    [['reviewed_on', 'desc']],
  );
  const horizon = addDays(today, withinDays);
  const out: DueReview[] = [];
  for (const c of contracts) {
    const mine = reviews.filter((r) => r.contract_id === c.id);
    const ended = c.ends_on !== null && c.ends_on < today;
    const last = mine.find((r) => r.kind === 'periodic');
    const due = last ? last.next_review_on : c.next_review_on;
    const base = { vendorId: c.vendor_id, vendorName: c.name, contractId: c.id, contractTitle: c.title };
    if (!ended && due && due <= horizon)
      out.push({ ...base, kind: 'periodic', dueOn: due, overdue: due < today });
    const endChecked = mine.some((r) => r.kind === 'end_of_contract');
    if (c.ends_on && !endChecked && c.ends_on <= addDays(today, END_WINDOW_DAYS)) {
      out.push({ ...base, kind: 'end_of_contract', dueOn: c.ends_on, overdue: c.ends_on < today });
    }
  }
  return out.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}

/** Reminds holders of vendors.review of each review due today or earlier, once per due date. */
export async function vendorReviewSweep(db: Kysely<DB>, today: string = todayJst()): Promise<number> {
  const orgs = await db.selectFrom('organizations').select('id').where('kind', '=', 'body').execute();
  let sent = 0;
  for (const o of orgs) {
    for (const d of (await dueReviews(db, o.id, today, 0)).filter((x) => x.dueOn <= today)) {
      const key = `${d.kind}:${d.dueOn}`;
      await db.transaction().execute(async (trx) => {
        const done = await rowWhere(
          trx,
          'vendor_review_reminders',
          { contract_id: d.contractId, reminded_for: key },
          ['contract_id'],
        );
        if (done) return;
        await trx
          .insertInto('vendor_review_reminders')
          .values({
            organization_id: o.id,
            contract_id: d.contractId,
            reminded_for: key,
            reminded_at: nowIso(),
          })
          .execute();
        const notified = await notify(trx, o.id, await functionHolders(trx, o.id, 'vendors.review'), {
          code:
            d.kind === 'end_of_contract'
              ? 'notice.vendors.review_end_of_contract'
              : 'notice.vendors.review_periodic',
          params: { vendor: d.vendorName, contract: d.contractTitle, due: dateParam(d.dueOn) },
          link: '/inspections/vendors',
        });
        await recordAudit(
          trx,
          systemActor(o.id),
          'vendors.review_reminded',
          {
            type: 'vendor_contract',
            id: d.contractId,
          },
          { contractId: d.contractId, dueOn: d.dueOn, notified: notified.length },
        );
        sent++;
      });
    }
  }
  return sent;
}
