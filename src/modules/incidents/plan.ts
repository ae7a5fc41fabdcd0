import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { badInput, notFound } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { newId } from '../../shared/ids.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import './events.ts';
import { insertAudited } from '../../db/insert-audited.ts';
import { transactional } from '../../db/transactional.ts';
import { updateAudited } from '../../db/update-audited.ts';
import { requiredSections } from './plan-policy.ts';
import type { PlanBody, TriggerBody } from './schema-registers.ts';

/** Required sections with no section of the same key and some text (seed 001 7.(3)②). */
export function missingSections(
  required: { key: string; title: string }[],
  sections: { key: string; body: string }[],
): string[] {
  return required
    .filter((r) => !sections.some((s) => s.key === r.key && s.body.trim().length > 0))
    .map((r) => r.key);
}

/** The latest plan version, or undefined. */
export function latestPlan(db: Kysely<DB>, orgId: string) {
  return db
    .selectFrom('emergency_plans')
    .selectAll()
    .where('organization_id', '=', orgId)
    .orderBy('version', 'desc')
    .executeTakeFirst();
}

/** Saves a new version of the plan; refused while a required section is missing. */
export const savePlan = transactional(
  async (trx, actor: Actor, b: PlanBody): Promise<{ id: string; version: number }> => {
    // Sections the policy in force requires stay required whatever the editor sends.
    const policy = await requiredSections(trx, actor.organizationId);
    const fromPolicy = policy.source === 'policy' ? policy.sections : [];
    const required = [...b.required, ...fromPolicy.filter((p) => !b.required.some((r) => r.key === p.key))];
    const missing = missingSections(required, b.sections);
    if (missing.length) {
      throw badInput(
        'emergency_plan.sections_missing',
        { missing: missing.join(', ') },
        missing.map((k) => ({ field: `sections.${k}`, code: 'emergency_plan.sections_missing' })),
      );
    }
    const prev = await latestPlan(trx, actor.organizationId);
    const version = (prev?.version ?? 0) + 1;
    const id = newId();
    // A changed BCP reference must be checked again; an unchanged one keeps its check.
    const sameBcp =
      prev && prev.bcp_title === (b.bcpTitle ?? null) && prev.bcp_reference === (b.bcpReference ?? null);
    await trx
      .insertInto('emergency_plans')
      .values({
        id,
        organization_id: actor.organizationId,
        version,
        title: b.title,
        required: JSON.stringify(required),
        sections: JSON.stringify(b.sections),
        bcp_title: b.bcpTitle ?? null,
        bcp_reference: b.bcpReference ?? null,
        bcp_checked_at: sameBcp ? prev.bcp_checked_at : null,
        bcp_checked_by: sameBcp ? prev.bcp_checked_by : null,
        bcp_note: sameBcp ? prev.bcp_note : null,
        review_due: b.reviewDue ?? null,
        created_by: actor.userId ?? '',
        created_at: nowIso(),
      })
      .execute();
    await recordAudit(
      trx,
      actor,
      'emergency_plan.saved',
      { type: 'emergency_plan', id },
      { version, missing },
    );
    return { id, version };
  },
);

/** Records that the latest plan was checked for consistency with the BCP (seed 001 7.(3)③). */
export const checkBcp = transactional(async (trx, actor: Actor, note: string | null): Promise<void> => {
  const plan = await latestPlan(trx, actor.organizationId);
  if (!plan) throw notFound('emergency_plan');
  if (!plan.bcp_title) throw badInput('request.invalid', {}, [{ field: 'bcpTitle', code: 'field.required' }]);
  // The plan rows are versions; the check is the one field set after saving.
  await updateAudited(
    trx,
    actor,
    'emergency_plans',
    plan.id,
    {
      bcp_checked_at: nowIso(),
      bcp_checked_by: actor.userId,
      bcp_note: note,
    },
    'emergency_plan.bcp_checked',
    'emergency_plan',
    { version: plan.version, bcpTitle: plan.bcp_title, note },
  );
});

/** Records a change of organization or circumstances that calls for a review by a date. */
export const triggerReview = transactional(async (trx, actor: Actor, b: TriggerBody): Promise<string> => {
  const id = await insertAudited(
    trx,
    actor,
    'emergency_plan_triggers',
    {
      reason: b.reason,
      review_due: b.reviewDue,
      created_by: actor.userId ?? '',
      created_at: nowIso(),
    },
    'emergency_plan.review_triggered',
    'emergency_plan_trigger',
    { reason: b.reason, reviewDue: b.reviewDue },
  );
  return id;
});
