import type { Insertable, Kysely } from 'kysely';
import { type Args, prepared } from '../../db/prepared.ts';
import type { DB } from '../../db/schema.ts';
import { AppError, conflict, forbidden } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { todayJst } from '../../shared/business-days.ts';
import { newId } from '../../shared/ids.ts';
import { nowIso } from '../../shared/time.ts';
import { auditEntry, recordAudit, recordAudits } from '../audit/index.ts';
import { notifyPeople } from '../notifications/index.ts';
import { stepHolders } from './approvers.ts';
import { finalizeApproval, grantOf } from './finalize.ts';
import { type LoadedRequest, loadRequest, loadRequestWithDecisions, requesterToNotify } from './load.ts';
import { waitingKey } from './waiting.ts';
import './events.ts';

// The statements of every decision, built and compiled once.
const claim = prepared(
  (db, p: Args<{ id: string; org: string; version: number; next: number; status: string }>) =>
    db
      .updateTable('requests')
      .set({ version: p.next })
      .where('id', '=', p.id)
      .where('organization_id', '=', p.org)
      .where('version', '=', p.version)
      .where('status', '=', p.status),
);
// A decision that changes the request's state claims the version in the same statement.
type ClaimArgs = { id: string; org: string; version: number; next: number; status: string };
const claimRejected = prepared((db, p: Args<ClaimArgs & { now: string }>) =>
  db
    .updateTable('requests')
    .set({ version: p.next, status: 'rejected', waiting_key: null, decided_at: p.now, closed_at: p.now })
    .where('id', '=', p.id)
    .where('organization_id', '=', p.org)
    .where('version', '=', p.version)
    .where('status', '=', p.status),
);
const claimNextStep = prepared(
  (db, p: Args<ClaimArgs & { step: number; waitingKey: string | null; now: string }>) =>
    db
      .updateTable('requests')
      .set({
        version: p.next,
        current_step: p.step,
        waiting_key: p.waitingKey,
        step_started_at: p.now,
        escalated_step: null,
      })
      .where('id', '=', p.id)
      .where('organization_id', '=', p.org)
      .where('version', '=', p.version)
      .where('status', '=', p.status),
);
const claimGranted = prepared(
  (
    db,
    p: Args<ClaimArgs & { granted: string; now: string; dueOn: string | null; closedAt: string | null }>,
  ) =>
    db
      .updateTable('requests')
      .set({
        version: p.next,
        status: p.granted,
        waiting_key: null,
        decided_at: p.now,
        due_on: p.dueOn,
        closed_at: p.closedAt,
      })
      .where('id', '=', p.id)
      .where('organization_id', '=', p.org)
      .where('version', '=', p.version)
      .where('status', '=', p.status),
);
type DecisionRow = Insertable<DB['request_decisions']>;
const insertDecision = prepared((db, p: Args<Required<DecisionRow>>) =>
  db.insertInto('request_decisions').values({
    id: p.id,
    organization_id: p.organization_id,
    request_id: p.request_id,
    step: p.step,
    user_id: p.user_id,
    user_label: p.user_label,
    function_key: p.function_key,
    acting: p.acting,
    decision: p.decision,
    comment: p.comment,
    decided_at: p.decided_at,
  }),
);

/**
 * Takes a state change only if nobody else did since `req` was read: the UPDATE matches the
 * version read, so of two approvers deciding at once exactly one wins and the other gets 409.
 */
export async function claimVersion(trx: Kysely<DB>, req: LoadedRequest, status: string): Promise<void> {
  const res = await claim.run(trx, {
    id: req.id,
    org: req.organization_id,
    version: req.version,
    next: req.version + 1,
    status,
  });
  if (Number(res.numAffectedRows) !== 1) throw conflict('requests.already_decided');
}

/** An approver's decision on the current step. Final and audited; the requester cannot decide (兼務の禁止). */
export async function decide(
  db: Kysely<DB>,
  actor: Actor,
  userId: string,
  requestId: string,
  input: { decision: 'approve' | 'reject'; comment?: string | null },
  today = todayJst(),
): Promise<{ status: string }> {
  return db.transaction().execute(async (trx) => {
    // The request with every approval so far, read once: whether this person decided this step already,
    // and (with the decision below) whether the step is done. Nobody can add one before our claim without
    // failing it.
    const { req, decisions: earlier } = await loadRequestWithDecisions(trx, actor.organizationId, requestId);
    if (req.status !== 'pending') throw conflict('requests.already_decided');
    if (req.requester_id === userId) throw new AppError('requests.approver_is_requester', 403);
    const step = req.def.chain[req.current_step];
    const holders = await stepHolders(trx, req.organization_id, step, req, today);
    const me = holders.find((h) => h.userId === userId);
    if (!me) throw forbidden(step.function);
    if (earlier.some((d) => d.step === req.current_step && d.user_id === userId))
      throw conflict('requests.already_decided');
    // What this decision does to the request is known now (the earlier decisions and this one), so the
    // version claim writes it in the same statement.
    const now = nowIso();
    const approvals = [
      ...earlier.filter((d) => d.decision === 'approve'),
      { user_id: userId, step: req.current_step },
    ];
    const atStep = new Set(approvals.filter((a) => a.step === req.current_step).map((a) => a.user_id));
    const stepDone =
      input.decision === 'approve' && (step.mode === 'any' || holders.every((h) => atStep.has(h.userId)));
    const next = req.current_step + 1;
    const granted = stepDone && next >= req.def.chain.length ? grantOf(req, today) : null;
    const claimArgs = {
      id: req.id,
      org: req.organization_id,
      version: req.version,
      next: req.version + 1,
      status: 'pending',
    };
    const claimed =
      input.decision === 'reject'
        ? await claimRejected.run(trx, { ...claimArgs, now })
        : granted
          ? await claimGranted.run(trx, {
              ...claimArgs,
              granted: granted.status,
              now: granted.now,
              dueOn: granted.dueOn,
              closedAt: granted.closedAt,
            })
          : stepDone
            ? await claimNextStep.run(trx, {
                ...claimArgs,
                step: next,
                waitingKey: waitingKey('pending', req.def, next, req.unit_id),
                now,
              })
            : await claim.run(trx, claimArgs);
    if (Number(claimed.numAffectedRows) !== 1) throw conflict('requests.already_decided');
    const comment = input.comment?.trim() || null;
    await insertDecision.execute(trx, {
      id: newId(),
      organization_id: req.organization_id,
      request_id: req.id,
      step: req.current_step,
      user_id: userId,
      user_label: actor.label ?? userId,
      function_key: step.function,
      acting: me.acting ? 1 : 0,
      decision: input.decision,
      comment,
      decided_at: now,
    });
    // The decision's event goes in with the events that follow from it (one append on PostgreSQL).
    const decided = auditEntry(
      'requests.decided',
      { type: 'request', id: req.id },
      {
        code: req.type_code,
        step: req.current_step,
        decision: input.decision,
        function: step.function,
        acting: me.acting,
        comment,
      },
    );
    const type = { name_ja: req.type_name ?? req.type_code, name_en: req.type_name_en ?? req.type_code };
    if (input.decision === 'reject') {
      await recordAudits(trx, actor, [
        decided,
        auditEntry(
          'requests.rejected',
          { type: 'request', id: req.id },
          { code: req.type_code, step: req.current_step },
        ),
      ]);
      await notifyPeople(trx, req.organization_id, requesterToNotify(req), {
        code: 'notice.requests.rejected',
        params: { type: { ja: type.name_ja, en: type.name_en }, comment: comment ?? '' },
        link: `/requests/${req.id}`,
      });
      return { status: 'rejected' };
    }
    if (!granted) await recordAudits(trx, actor, [decided]);
    if (!stepDone) return { status: 'pending' };
    if (!granted) {
      const nextHolders = await stepHolders(trx, req.organization_id, req.def.chain[next], req, today);
      await notifyPeople(
        trx,
        req.organization_id,
        nextHolders.map((h) => ({ id: h.userId, email: h.email })),
        {
          code: 'notice.requests.approval_next',
          params: { type: { ja: type.name_ja, en: type.name_en } },
          link: `/requests/${req.id}`,
        },
      );
      return { status: 'pending' };
    }
    const approverIds = [...new Set(approvals.map((a) => a.user_id))];
    const labels = new Map<string, string>([[userId, me.label]]);
    for (const d of earlier) if (d.display_name != null) labels.set(d.user_id, d.display_name);
    return {
      status: await finalizeApproval(trx, actor, req, {
        typeName: type.name_ja,
        typeNameEn: type.name_en,
        today,
        approverIds,
        granted,
        labels,
        audit: [decided],
      }),
    };
  });
}

/** The requester takes back a pending request; it stays on record as withdrawn. */
export async function withdraw(
  db: Kysely<DB>,
  actor: Actor,
  userId: string,
  requestId: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const req = await loadRequest(trx, actor.organizationId, requestId);
    if (req.requester_id !== userId) throw new AppError('requests.not_requester', 403);
    if (req.status !== 'pending') throw conflict('requests.already_decided');
    await claimVersion(trx, req, 'pending');
    await trx
      .updateTable('requests')
      .set({ status: 'withdrawn', waiting_key: null, closed_at: nowIso() })
      .where('id', '=', req.id)
      .execute();
    await recordAudit(
      trx,
      actor,
      'requests.withdrawn',
      { type: 'request', id: req.id },
      { code: req.type_code },
    );
  });
}
