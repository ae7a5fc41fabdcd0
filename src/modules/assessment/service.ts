/** Writes of self-assessment campaigns and their items: each in one transaction with its audit event. */
import type { Kysely } from 'kysely';
import { insertAudited } from '../../db/insert-audited.ts';
import type { DB } from '../../db/schema.ts';
import { badInput } from '../../http/errors.ts';
import type { Actor } from '../../shared/actor.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import { mustReference } from '../org/index.ts';
import type { PolicyAnalysis } from '../policy/index.ts';
import './events.ts';
import { insertInOrg } from '../../db/insert-in-org.ts';
import { rowInOrg, rowsInOrg } from '../../db/rows-in-org.ts';
import { updateAudited } from '../../db/update-audited.ts';
import { draftItems } from './generate.ts';
import { draftCampaign, loadItem, versionInForce } from './load.ts';
import type { CampaignInput, ItemInput } from './schema.ts';

/** Creates a campaign with one item per obligation of the policy version (in force unless named). */
export async function createCampaign(db: Kysely<DB>, actor: Actor, input: CampaignInput): Promise<string> {
  const org = actor.organizationId;
  return db.transaction().execute(async (trx) => {
    const version = input.policyVersionId
      ? await rowInOrg(trx, 'policy_versions', org, { id: input.policyVersionId }, ['id', 'analysis'])
      : await versionInForce(trx, org);
    if (!version) {
      throw badInput('assessment.no_policy', {}, [
        { field: 'policyVersionId', code: 'assessment.no_policy' },
      ]);
    }
    if (input.staffMode === 'sample' && !input.sampleSize) {
      throw badInput('request.invalid', {}, [{ field: 'sampleSize', code: 'field.required' }]);
    }
    const drafts = await draftItems(trx, org, version.id, JSON.parse(version.analysis) as PolicyAnalysis);
    // Wording accepted (and possibly edited) at import time wins over the generated question.
    const catalogue = await rowsInOrg(trx, 'assessment_catalogue', org, { policy_version_id: version.id }, [
      'key',
      'question',
      'area',
    ]);
    const accepted = new Map(catalogue.map((c) => [c.key, c]));
    const now = nowIso();
    const id = await insertInOrg(trx, 'assessment_campaigns', org, {
      fiscal_year: input.fiscalYear,
      title: input.title,
      kind: input.kind,
      policy_version_id: version.id,
      staff_mode: input.staffMode,
      sample_size: input.sampleSize ?? null,
      due_on: input.dueOn ?? null,
      status: 'draft',
      notice_id: null,
      created_by: actor.userId,
      created_at: now,
      launched_at: null,
      closed_at: null,
    });
    for (const [seq, d] of drafts.entries()) {
      const a = accepted.get(d.key);
      await insertInOrg(trx, 'assessment_items', org, {
        campaign_id: id,
        seq: seq + 1,
        area: a?.area ?? d.area,
        clause_path: d.clausePath,
        source_text: d.sourceText,
        question: a?.question ?? d.question,
        respondent_kind: d.respondentKind,
        role_ids: JSON.stringify(d.roleIds),
        unit_ids: JSON.stringify(d.unitIds),
        source: 'policy',
        created_at: now,
      });
    }
    await recordAudit(
      trx,
      actor,
      'assessment.campaign_created',
      { type: 'assessment_campaign', id },
      {
        fiscalYear: input.fiscalYear,
        kind: input.kind,
        policyVersionId: version.id,
        itemCount: drafts.length,
      },
    );
    return id;
  });
}

async function checkRoles(trx: Kysely<DB>, org: string, roleIds: string[]) {
  for (const [i, r] of roleIds.entries()) await mustReference(trx, 'roles', org, r, `roleIds.${i}`);
}

/** Adds an item of the organization's own to a draft campaign. */
export async function addItem(db: Kysely<DB>, actor: Actor, campaignId: string, input: ItemInput) {
  const org = actor.organizationId;
  return db.transaction().execute(async (trx) => {
    await draftCampaign(trx, org, campaignId);
    await checkRoles(trx, org, input.roleIds);
    if (input.respondentKind === 'roles' && !input.roleIds.length) {
      throw badInput('request.invalid', {}, [{ field: 'roleIds', code: 'field.required' }]);
    }
    const last = await trx
      .selectFrom('assessment_items')
      .select((eb) => eb.fn.max('seq').as('m'))
      .where('campaign_id', '=', campaignId)
      .executeTakeFirst();
    const id = await insertAudited(
      trx,
      actor,
      'assessment_items',
      {
        campaign_id: campaignId,
        seq: Number(last?.m ?? 0) + 1,
        area: input.area,
        clause_path: input.clausePath,
        source_text: null,
        question: input.question,
        respondent_kind: input.respondentKind,
        role_ids: JSON.stringify(input.roleIds),
        unit_ids: '[]',
        source: 'manual',
        created_at: nowIso(),
      },
      'assessment.item_added',
      'assessment_item',
      {
        campaignId,
        question: input.question,
        clausePath: input.clausePath,
      },
    );
    return id;
  });
}

/** Edits an item's wording, area or addressed roles while its campaign is a draft. */
export async function updateItem(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  patch: { question?: string; area?: string; roleIds?: string[] },
): Promise<void> {
  const org = actor.organizationId;
  await db.transaction().execute(async (trx) => {
    const item = await loadItem(trx, org, id);
    await draftCampaign(trx, org, item.campaign_id);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    const set: { question?: string; area?: string; role_ids?: string; respondent_kind?: string } = {};
    if (patch.question !== undefined && patch.question !== item.question) {
      [before.question, after.question, set.question] = [item.question, patch.question, patch.question];
    }
    if (patch.area !== undefined && patch.area !== item.area) {
      [before.area, after.area, set.area] = [item.area, patch.area, patch.area];
    }
    if (patch.roleIds !== undefined) {
      await checkRoles(trx, org, patch.roleIds);
      [before.roleIds, after.roleIds] = [JSON.parse(item.role_ids), patch.roleIds];
      set.role_ids = JSON.stringify(patch.roleIds);
      if (patch.roleIds.length && item.respondent_kind === 'default') set.respondent_kind = 'roles';
    }
    if (!Object.keys(set).length) return;
    await updateAudited(
      trx,
      actor,
      'assessment_items',
      id,
      set,
      'assessment.item_updated',
      'assessment_item',
      { before, after },
    );
  });
}
