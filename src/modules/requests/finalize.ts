import type { Kysely } from 'kysely';
import { type Args, prepared } from '../../db/prepared.ts';
import type { DB } from '../../db/schema.ts';
import type { Actor } from '../../shared/actor.ts';
import { addBusinessDays } from '../../shared/business-days.ts';
import { nowIso } from '../../shared/time.ts';
import { type AuditItem, auditEntry, recordAudits } from '../audit/index.ts';
import { dateParam, notifyPeople } from '../notifications/index.ts';
import { type LoadedRequest, requesterToNotify } from './load.ts';
import { writeRecord } from './records.ts';

/** The return due date: so many business days after the form's date field (or today), on an open day. */
export function dueDateOf(req: Pick<LoadedRequest, 'def' | 'values'>, today: string): string | null {
  const rt = req.def.returnTracking;
  if (!rt) return null;
  const from = rt.fromField ? req.values[rt.fromField] : undefined;
  const base = typeof from === 'string' && from ? from : today;
  return addBusinessDays(base, rt.dueBusinessDays);
}

const grant = prepared(
  (
    db,
    p: Args<{
      id: string;
      org: string;
      status: string;
      now: string;
      dueOn: string | null;
      closedAt: string | null;
    }>,
  ) =>
    db
      .updateTable('requests')
      .set({ status: p.status, waiting_key: null, decided_at: p.now, due_on: p.dueOn, closed_at: p.closedAt })
      .where('id', '=', p.id)
      .where('organization_id', '=', p.org),
);

/** What granting a request writes to its row: its status, due date and times. */
export interface Grant {
  status: 'approved' | 'closed';
  now: string;
  dueOn: string | null;
  closedAt: string | null;
}

export function grantOf(req: Pick<LoadedRequest, 'def' | 'values'>, today: string): Grant {
  const status = req.def.returnTracking ? 'approved' : 'closed';
  const now = nowIso();
  return { status, now, dueOn: dueDateOf(req, today), closedAt: status === 'closed' ? now : null };
}

/**
 * Grants a request after its last step (or at once when no approval is needed): record, due date,
 * notice. Returns the status it leaves the request in. `granted`: the caller has already written the
 * grant to the row (a decision writes it with its version claim, one statement instead of two).
 */
export async function finalizeApproval(
  trx: Kysely<DB>,
  actor: Actor,
  req: LoadedRequest,
  opts: {
    typeName: string;
    typeNameEn: string;
    today: string;
    approverIds: string[];
    exemptBy?: string | null;
    granted?: Grant;
    /** The approvers' names as the record prints them, where the caller has read them already. */
    labels?: ReadonlyMap<string, string>;
    /** Events of the change that come before the grant's (a decision's), appended with them. */
    audit?: readonly AuditItem[];
  },
): Promise<'approved' | 'closed'> {
  // The one place a request is granted: it names its approvers, or the clause of the body's policy
  // that exempts it. Anything else is a defect, refused before it is written.
  if (!opts.approverIds.length && !opts.exemptBy)
    throw new Error(`request ${req.id} granted without an approver`);
  const g = opts.granted ?? grantOf(req, opts.today);
  const { status, dueOn } = g;
  if (!opts.granted)
    await grant.execute(trx, {
      id: req.id,
      org: req.organization_id,
      status,
      now: g.now,
      dueOn,
      closedAt: g.closedAt,
    });
  const approved = auditEntry(
    'requests.approved',
    { type: 'request', id: req.id },
    {
      code: req.type_code,
      steps: opts.exemptBy ? 0 : req.def.chain.length,
      approvers: opts.approverIds,
      exemptBy: opts.exemptBy ?? null,
    },
  );
  const record = await writeRecord(trx, req, { ...opts, dueOn });
  // The change's events in order — decided, approved, the register entry's — in one append.
  await recordAudits(trx, actor, [...(opts.audit ?? []), approved, ...(record ? [record.audit] : [])]);
  await notifyPeople(trx, req.organization_id, requesterToNotify(req), {
    code: `notice.requests.${req.def.flow === 'approval' ? 'approved' : 'accepted'}${dueOn ? '_due' : ''}`,
    params: { type: { ja: opts.typeName, en: opts.typeNameEn }, due: dueOn ? dateParam(dueOn) : '' },
    link: `/requests/${req.id}`,
  });
  return status;
}
