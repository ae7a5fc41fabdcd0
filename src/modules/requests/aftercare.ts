import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError, conflict, forbidden } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { todayJst } from '../../shared/business-days.ts';
import { newId } from '../../shared/ids.ts';
import { nowIso } from '../../shared/time.ts';
import { notify } from '../notifications/index.ts';
import { holdersOf } from './approvers.ts';
import { claimVersion } from './decide.ts';
import { READ_ALL } from './functions.ts';
import { loadRequest } from './load.ts';
import { updateRecord } from './records.ts';
import { auditRequest } from './request-audit.ts';
import { waitingKey } from './waiting.ts';

/** Records that a taken-out asset came back; when the type wants confirmations, asks their holders. */
export async function markReturned(
  db: Kysely<DB>,
  actor: Actor,
  auth: { userId: string; functions: Set<string> },
  requestId: string,
  today = todayJst(),
): Promise<{ status: string }> {
  return db.transaction().execute(async (trx) => {
    const req = await loadRequest(trx, actor.organizationId, requestId);
    if (req.requester_id !== auth.userId && !auth.functions.has(READ_ALL))
      throw new AppError('requests.not_requester', 403);
    if (!req.def.returnTracking) throw conflict('requests.no_return');
    if (req.status !== 'approved') throw conflict('requests.not_out');
    await claimVersion(trx, req, 'approved');
    const now = nowIso();
    const conf = req.def.confirmations;
    const status = conf ? 'returned' : 'closed';
    await trx
      .updateTable('requests')
      .set({
        status,
        waiting_key: waitingKey(status, req.def, req.current_step, req.unit_id),
        returned_at: now,
        closed_at: status === 'closed' ? now : null,
      })
      .where('id', '=', req.id)
      .execute();
    await updateRecord(trx, req.organization_id, req.id, { returned_at: now });
    await auditRequest(trx, actor, 'requests.returned', req, {
      returnedAt: now,
      dueOn: req.due_on,
      late: !!req.due_on && today > req.due_on,
    });
    if (conf) {
      const holders = await holdersOf(trx, req.organization_id, conf.function, { today });
      await notify(
        trx,
        req.organization_id,
        holders.map((h) => h.userId).filter((u) => u !== req.requester_id),
        {
          code: 'notice.requests.confirm_return',
          params: { count: conf.count },
          link: `/requests/${req.id}`,
        },
      );
    } else {
      await auditRequest(trx, actor, 'requests.closed', req, {});
    }
    return { status };
  });
}

/** One person confirms after the return that nothing leaked (seed 003); the N-th closes the request. */
export async function confirmReturn(
  db: Kysely<DB>,
  actor: Actor,
  userId: string,
  requestId: string,
  note: string | null,
  today = todayJst(),
): Promise<{ status: string; count: number }> {
  return db.transaction().execute(async (trx) => {
    const req = await loadRequest(trx, actor.organizationId, requestId);
    const conf = req.def.confirmations;
    if (!conf) throw conflict('requests.no_confirmation');
    if (req.requester_id === userId) throw new AppError('requests.approver_is_requester', 403);
    const holders = await holdersOf(trx, req.organization_id, conf.function, { today });
    if (!holders.some((h) => h.userId === userId)) throw forbidden(conf.function);
    if (req.status !== 'returned') throw conflict('requests.not_returned');
    const mine = await trx
      .selectFrom('request_confirmations')
      .select('id')
      .where('request_id', '=', req.id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (mine) throw conflict('requests.already_confirmed');
    await claimVersion(trx, req, 'returned');
    await trx
      .insertInto('request_confirmations')
      .values({
        id: newId(),
        organization_id: req.organization_id,
        request_id: req.id,
        user_id: userId,
        user_label: actor.label ?? userId,
        note: note?.trim() || null,
        confirmed_at: nowIso(),
      })
      .execute();
    const all = await trx
      .selectFrom('request_confirmations')
      .select('user_label')
      .where('request_id', '=', req.id)
      .orderBy('confirmed_at')
      .execute();
    await auditRequest(trx, actor, 'requests.confirmed', req, { count: all.length, required: conf.count });
    await updateRecord(trx, req.organization_id, req.id, {
      confirmers: all.map((a) => a.user_label).join('、'),
    });
    if (all.length < conf.count) return { status: 'returned', count: all.length };
    await trx
      .updateTable('requests')
      .set({ status: 'closed', waiting_key: null, closed_at: nowIso() })
      .where('id', '=', req.id)
      .execute();
    await auditRequest(trx, actor, 'requests.closed', req, {});
    return { status: 'closed', count: all.length };
  });
}
