import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { AuthContext } from '../../http/auth-context.ts';
import { todayJst } from '../../shared/business-days.ts';
import { askedOf } from './asked.ts';
import { READ_ALL } from './functions.ts';
import { SUMMARY_COLUMNS, summary, typeNames } from './summary.ts';
import { heldAssignments, holdsKey, mayHaveActed, parseWaitingKey } from './waiting.ts';

export interface InboxPage {
  /** Items per list (default 50). */
  limit?: number;
  /** Cursors from a previous answer's `next`. */
  approvalsAfter?: string;
  confirmationsAfter?: string;
}

type Auth = Pick<AuthContext, 'organizationId' | 'userId' | 'functions'>;

/**
 * What waits for the caller: steps they hold and have not decided, confirmations they may give, with
 * counts. Both lists are paged in submission order (`next` is the cursor of the following page). Whom a
 * request waits for is one indexed column: the counts group it, the keys the caller holds are decided
 * from their own assignments (one query), and only a page of rows is read.
 */
export async function inbox(db: Kysely<DB>, auth: Auth, page: InboxPage = {}) {
  const today = todayJst();
  const limit = page.limit ?? 50;
  const [groups, held] = await Promise.all([
    db
      .selectFrom('requests')
      .select(['waiting_key', (eb) => eb.fn.countAll<number>().as('n')])
      .where('organization_id', '=', auth.organizationId)
      .where('waiting_key', 'is not', null)
      .where('requester_id', '!=', auth.userId)
      .groupBy('waiting_key')
      .execute(),
    heldAssignments(db, auth.organizationId, auth.userId, today),
  ]);
  const mine = groups.filter((g) => holdsKey(g.waiting_key as string, held, auth.functions));
  const keysOf = (kind: 'step' | 'confirm') =>
    mine.filter((g) => parseWaitingKey(g.waiting_key as string).kind === kind);
  const approvalKeys = keysOf('step');
  const confirmKeys = keysOf('confirm');
  const [approvalsCount, confirmationsCount, approvals, confirmations, overdue, names] = await Promise.all([
    countNotActed(db, auth, approvalKeys),
    countNotActed(db, auth, confirmKeys),
    pageOf(db, auth, approvalKeys, limit, page.approvalsAfter),
    pageOf(db, auth, confirmKeys, limit, page.confirmationsAfter),
    db
      .selectFrom('requests')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('organization_id', '=', auth.organizationId)
      .where('status', '=', 'approved')
      // Approved ones are all still out; saying so lets the small covering index of those answer.
      .where('returned_at', 'is', null)
      .where('due_on', '<', today)
      .where((eb) => (auth.functions.has(READ_ALL) ? eb.val(true) : eb('requester_id', '=', auth.userId)))
      .executeTakeFirstOrThrow(),
    typeNames(db, auth.organizationId),
  ]);
  const asked = await askedOf(db, auth.organizationId, [...approvals.rows, ...confirmations.rows]);
  const item = (r: (typeof approvals.rows)[number]) => {
    const a = asked.get(r.id);
    return {
      ...summary(r, names.get(r.type_id)),
      requesterName: a?.requesterName ?? '',
      askedDates: a?.dates ?? [],
      dueOn: a?.dueOn ?? r.due_on,
    };
  };
  return {
    counts: { approvals: approvalsCount, confirmations: confirmationsCount, overdue: Number(overdue.n) },
    approvals: approvals.rows.map(item),
    confirmations: confirmations.rows.map(item),
    next: { approvals: approvals.next, confirmations: confirmations.next },
  };
}

type Group = { waiting_key: string | null; n: number };

/** Requests with these keys the caller has not decided (at their current step) or confirmed yet. */
function notActed(auth: Auth) {
  return (eb: ExpressionBuilder<DB, 'requests'>) =>
    eb.and([
      eb.not(
        eb.exists(
          eb
            .selectFrom('request_decisions as d')
            .select(sql.lit(1).as('x'))
            .whereRef('d.request_id', '=', 'requests.id')
            .whereRef('d.step', '=', 'requests.current_step')
            .where('d.user_id', '=', auth.userId),
        ),
      ),
      eb.not(
        eb.exists(
          eb
            .selectFrom('request_confirmations as c')
            .select(sql.lit(1).as('x'))
            .whereRef('c.request_id', '=', 'requests.id')
            .where('c.user_id', '=', auth.userId),
        ),
      ),
    ]);
}

async function countNotActed(db: Kysely<DB>, auth: Auth, groups: Group[]): Promise<number> {
  let n = 0;
  const check: string[] = [];
  for (const g of groups) {
    if (mayHaveActed(g.waiting_key as string)) check.push(g.waiting_key as string);
    else n += Number(g.n);
  }
  if (!check.length) return n;
  const row = await db
    .selectFrom('requests')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organization_id', '=', auth.organizationId)
    .where('waiting_key', 'in', check)
    .where('requester_id', '!=', auth.userId)
    .where(notActed(auth))
    .executeTakeFirstOrThrow();
  return n + Number(row.n);
}

/** One page of the caller's requests with these keys, oldest first; keyset cursor "submitted_at|id". */
async function pageOf(db: Kysely<DB>, auth: Auth, groups: Group[], limit: number, after?: string) {
  if (!groups.length) return { rows: [], next: null };
  let q = db
    .selectFrom('requests')
    .select(['id', 'submitted_at'])
    .where('organization_id', '=', auth.organizationId)
    .where(
      'waiting_key',
      'in',
      groups.map((g) => g.waiting_key as string),
    )
    .where('requester_id', '!=', auth.userId)
    .where(notActed(auth));
  if (after) {
    const [at, id] = [after.slice(0, after.lastIndexOf('|')), after.slice(after.lastIndexOf('|') + 1)];
    q = q.where((eb) =>
      eb.or([eb('submitted_at', '>', at), eb.and([eb('submitted_at', '=', at), eb('id', '>', id)])]),
    );
  }
  // Ids first, from the index alone; then the page's rows, with the forms as filed (what was asked).
  const ids = await q
    .orderBy('submitted_at')
    .orderBy('id')
    .limit(limit + 1)
    .execute();
  const more = ids.length > limit;
  const pageIds = ids.slice(0, limit);
  if (!pageIds.length) return { rows: [], next: null };
  const rows = await db
    .selectFrom('requests')
    .select([...SUMMARY_COLUMNS, 'field_values', 'definition'])
    .where('organization_id', '=', auth.organizationId)
    .where(
      'id',
      'in',
      pageIds.map((r) => r.id),
    )
    .orderBy('submitted_at')
    .orderBy('id')
    .execute();
  const last = pageIds[pageIds.length - 1];
  return { rows, next: more ? `${last.submitted_at}|${last.id}` : null };
}
