import type { Kysely } from 'kysely';
import { insertInOrg } from '../../db/insert-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { badInput, conflict } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import { notify } from '../notifications/index.ts';
import './events.ts';
import { rowInOrg } from '../../db/rows-in-org.ts';
import { transactional } from '../../db/transactional.ts';
import { updateInOrg } from '../../db/update-in-org.ts';
import { findInOrg } from '../../http/find.ts';
import { holdersOf } from './people.ts';
import type { DecideBody, ReinstateBody, ViolationBody } from './schema-registers.ts';
import { loadSettings } from './settings.ts';

/** The people the head-of-body notice goes to, from the organization's incident settings. */
export async function headRecipients(db: Kysely<DB>, orgId: string): Promise<string[]> {
  const { head } = await loadSettings(db, orgId);
  if (!head) return [];
  if (head.kind === 'user') return holdersOf(db, orgId, { userId: head.ref });
  if (head.kind === 'role') return holdersOf(db, orgId, { roleId: head.ref });
  return holdersOf(db, orgId, { functionKey: head.ref });
}

async function requireUser(trx: Kysely<DB>, orgId: string, id: string, field: string) {
  const u = await rowInOrg(trx, 'users', orgId, { id }, ['id', 'login_id']);
  if (!u) throw badInput('incidents.unknown_user', {}, [{ field, code: 'incidents.unknown_user' }]);
  return u;
}

/** Records a violation report; it reaches the holders of violations.manage (the function the policy names). */
export const reportViolation = transactional(async (trx, actor: Actor, b: ViolationBody): Promise<string> => {
  const org = actor.organizationId;
  if (b.subjectUserId) await requireUser(trx, org, b.subjectUserId, 'subjectUserId');
  const now = nowIso();
  const id = await insertInOrg(trx, 'violations', org, {
    reported_at: now,
    reporter_id: actor.userId ?? '',
    subject_user_id: b.subjectUserId ?? null,
    description: b.description,
    clause_path: b.clausePath ?? null,
    decision: null,
    measures: null,
    decided_by: null,
    decided_at: null,
    suspended_at: null,
    suspended_by: null,
    head_notified: null,
    head_notified_at: null,
    reinstated_at: null,
    reinstated_by: null,
    reinstate_reason: null,
    status: 'open',
    created_at: now,
  });
  await recordAudit(
    trx,
    actor,
    'violations.reported',
    { type: 'violation', id },
    { subjectUserId: b.subjectUserId ?? null, clausePath: b.clausePath ?? null },
  );
  return id;
});

/**
 * Decides measures (seed 001 7.(5)); with suspendAccess the person's account is suspended and every
 * session ended, and the head of the body is notified — all in the caller's transaction.
 */
export const decideViolation = transactional(
  async (trx, actor: Actor, id: string, b: DecideBody): Promise<{ headNotified: string[] }> => {
    const org = actor.organizationId;
    const v = await findInOrg(trx, 'violations', org, id, 'violation');
    if (v.status !== 'open') throw conflict('violations.already_decided');
    if (b.suspendAccess && !v.subject_user_id)
      throw badInput('violations.no_subject', {}, [
        { field: 'suspendAccess', code: 'violations.no_subject' },
      ]);
    const now = nowIso();
    const patch: Partial<DB['violations']> = {
      decision: b.decision,
      measures: b.measures ?? null,
      decided_by: actor.userId,
      decided_at: now,
      status: 'decided',
    };
    await recordAudit(
      trx,
      actor,
      'violations.decided',
      { type: 'violation', id },
      { decision: b.decision, measures: b.measures ?? null, suspend: b.suspendAccess },
    );
    let headNotified: string[] = [];
    if (b.suspendAccess && v.subject_user_id) {
      const u = await requireUser(trx, org, v.subject_user_id, 'subjectUserId');
      await updateInOrg(trx, 'users', org, u.id, { status: 'suspended' });
      const ended = await trx.deleteFrom('sessions').where('user_id', '=', u.id).executeTakeFirst();
      await recordAudit(
        trx,
        actor,
        'violations.access_suspended',
        { type: 'user', id: u.id },
        { userId: u.id, loginId: u.login_id, sessionsEnded: Number(ended.numDeletedRows) },
      );
      Object.assign(patch, { suspended_at: now, suspended_by: actor.userId });
      headNotified = await notify(trx, org, await headRecipients(trx, org), {
        code: 'notice.violations.suspended',
        params: { loginId: u.login_id, decision: b.decision },
        link: '/incidents/violations',
      });
      Object.assign(patch, { head_notified: JSON.stringify(headNotified), head_notified_at: now });
      await recordAudit(
        trx,
        actor,
        'violations.head_notified',
        { type: 'violation', id },
        { recipients: headNotified },
      );
    }
    await updateInOrg(trx, 'violations', org, id, patch);
    return { headNotified };
  },
);

/**
 * Lifts a suspension decided for a violation: the person may use the information systems again.
 * Only a suspended account is reactivated (a retired one stays retired); the head of the body is told.
 */
export const reinstateViolation = transactional(
  async (trx, actor: Actor, id: string, b: ReinstateBody): Promise<{ headNotified: string[] }> => {
    const org = actor.organizationId;
    const v = await findInOrg(trx, 'violations', org, id, 'violation');
    if (!v.suspended_at || !v.subject_user_id || v.reinstated_at) throw conflict('violations.not_suspended');
    const u = await requireUser(trx, org, v.subject_user_id, 'subjectUserId');
    const now = nowIso();
    const res = await trx
      .updateTable('users')
      .set({ status: 'active' })
      .where('id', '=', u.id)
      .where('organization_id', '=', org)
      .where('status', '=', 'suspended')
      .executeTakeFirst();
    await updateInOrg(trx, 'violations', org, id, {
      reinstated_at: now,
      reinstated_by: actor.userId,
      reinstate_reason: b.reason,
      status: 'reinstated',
    });
    const headNotified = await notify(trx, org, await headRecipients(trx, org), {
      code: 'notice.violations.reinstated',
      params: { loginId: u.login_id, reason: b.reason },
      link: '/incidents/violations',
    });
    await recordAudit(
      trx,
      actor,
      'violations.access_reinstated',
      { type: 'user', id: u.id },
      {
        violationId: id,
        userId: u.id,
        loginId: u.login_id,
        reason: b.reason,
        accountReactivated: Number(res.numUpdatedRows) > 0,
        headNotified,
      },
    );
    return { headNotified };
  },
);
