import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { conflict, forbidden } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import { notify } from '../notifications/index.ts';
import './events.ts';
import { insertAudited } from '../../db/insert-audited.ts';
import { insertInOrg } from '../../db/insert-in-org.ts';
import { transactional } from '../../db/transactional.ts';
import { updateAudited } from '../../db/update-audited.ts';
import { findInOrg } from '../../http/find.ts';
import { holdersOf, topTierHolders } from './people.ts';
import type { ComplianceBody, FailureBody, FailureUpdateBody, LogReviewBody } from './schema-registers.ts';

/** Records a failure in the 障害記録 (R-F5). */
export const recordFailure = transactional(async (trx, actor: Actor, b: FailureBody): Promise<string> => {
  const id = await insertAudited(
    trx,
    actor,
    'failures',
    {
      received_at: b.receivedAt,
      reporter_id: b.reporterId ?? null,
      reporter_name: b.reporterName,
      system_id: b.systemId ?? null,
      system_name: b.systemName,
      event: b.event,
      handling: b.handling ?? null,
      result: b.result ?? null,
      problems: b.problems ?? null,
      handler_id: b.handlerId ?? actor.userId,
      status: 'open',
      created_at: nowIso(),
    },
    'failures.recorded',
    'failure',
    { systemName: b.systemName, event: b.event },
  );
  return id;
});

/** Records the handling and result of a failure. */
export const updateFailure = transactional(
  async (trx, actor: Actor, id: string, b: FailureUpdateBody): Promise<void> => {
    await findInOrg(trx, 'failures', actor.organizationId, id, 'failure');
    await updateAudited(
      trx,
      actor,
      'failures',
      id,
      {
        handling: b.handling ?? null,
        result: b.result ?? null,
        problems: b.problems ?? null,
        handler_id: b.handlerId ?? actor.userId,
        status: b.status,
      },
      'failures.updated',
      'failure',
      { status: b.status, result: b.result ?? null },
    );
  },
);

/** Records a periodic log review: period, reviewer, findings (R-F4). */
export const recordLogReview = transactional(async (trx, actor: Actor, b: LogReviewBody): Promise<string> => {
  const now = nowIso();
  const id = await insertInOrg(trx, 'log_reviews', actor.organizationId, {
    period_from: b.periodFrom,
    period_to: b.periodTo,
    target: b.target,
    reviewer_id: actor.userId ?? '',
    reviewed_at: now,
    findings: b.findings,
    result: b.result,
    created_at: now,
  });
  await recordAudit(
    trx,
    actor,
    'log_reviews.recorded',
    { type: 'log_review', id },
    { periodFrom: b.periodFrom, periodTo: b.periodTo, target: b.target, result: b.result },
  );
  return id;
});

/** Who compliance findings go up to: holders of compliance.receive, else the tier-1 role holders (R-G2). */
export async function complianceRecipients(db: Kysely<DB>, orgId: string): Promise<string[]> {
  const dedicated = await holdersOf(db, orgId, { functionKey: 'compliance.receive' });
  return dedicated.length ? dedicated : topTierHolders(db, orgId);
}

/** Records a compliance check; its findings are routed up to the CISO-equivalent. */
export const recordCompliance = transactional(
  async (trx, actor: Actor, b: ComplianceBody): Promise<{ id: string; routedTo: string[] }> => {
    const now = nowIso();
    const routedTo = await complianceRecipients(trx, actor.organizationId);
    const id = await insertInOrg(trx, 'compliance_checks', actor.organizationId, {
      checked_at: now,
      checker_id: actor.userId ?? '',
      scope: b.scope,
      findings: b.findings,
      result: b.result,
      routed_to: JSON.stringify(routedTo),
      acknowledged_by: null,
      acknowledged_at: null,
      created_at: now,
    });
    if (b.result === 'findings') {
      await notify(trx, actor.organizationId, routedTo, {
        code: 'notice.compliance.problem',
        params: { scope: b.scope },
        link: '/incidents/compliance',
      });
    }
    await recordAudit(
      trx,
      actor,
      'compliance.recorded',
      { type: 'compliance_check', id },
      { scope: b.scope, result: b.result, routedTo },
    );
    return { id, routedTo };
  },
);

/** A recipient acknowledges the findings of a compliance check. */
export const acknowledgeCompliance = transactional(async (trx, actor: Actor, id: string): Promise<void> => {
  const row = await findInOrg(trx, 'compliance_checks', actor.organizationId, id, 'compliance_check');
  if (!(JSON.parse(row.routed_to) as string[]).includes(actor.userId ?? ''))
    throw forbidden('compliance.receive');
  if (row.acknowledged_at) throw conflict('incidents.step_not_waiting');
  await updateAudited(
    trx,
    actor,
    'compliance_checks',
    id,
    {
      acknowledged_by: actor.userId,
      acknowledged_at: nowIso(),
    },
    'compliance.acknowledged',
    'compliance_check',
    { checkId: id },
  );
});
