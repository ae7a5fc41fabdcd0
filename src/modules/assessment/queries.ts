/** Reads of self-assessment campaigns: the list, and one campaign with its items and measures. */
import type { Kysely } from 'kysely';
import { rowsWhere } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { areaTitles } from './areas.ts';
import { loadCampaign } from './load.ts';

/** The organization's campaigns, newest year first. */
export function listCampaigns(db: Kysely<DB>, organizationId: string) {
  return db
    .selectFrom('assessment_campaigns')
    .select([
      'id',
      'fiscal_year as fiscalYear',
      'title',
      'kind',
      'status',
      'due_on as dueOn',
      'notice_id as noticeId',
    ])
    .where('organization_id', '=', organizationId)
    .orderBy('fiscal_year', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

/** A campaign with its items in order and its measures; another organization's id answers 404. */
export async function campaignDetail(db: Kysely<DB>, organizationId: string, id: string) {
  const c = await loadCampaign(db, organizationId, id);
  const items = await rowsWhere(db, 'assessment_items', { campaign_id: c.id }, '*', ['seq']);
  const measures = await rowsWhere(db, 'assessment_measures', { campaign_id: c.id }, '*', ['created_at']);
  return {
    id: c.id,
    title: c.title,
    fiscalYear: c.fiscal_year,
    kind: c.kind,
    status: c.status,
    dueOn: c.due_on,
    policyVersionId: c.policy_version_id,
    staffMode: c.staff_mode,
    sampleSize: c.sample_size,
    noticeId: c.notice_id,
    areas: areaTitles(),
    items: items.map((i) => ({
      id: i.id,
      seq: i.seq,
      area: i.area,
      clausePath: i.clause_path,
      question: i.question,
      sourceText: i.source_text,
      respondentKind: i.respondent_kind,
      roleIds: JSON.parse(i.role_ids),
      unitIds: JSON.parse(i.unit_ids),
      source: i.source,
    })),
    measures: measures.map((m) => ({
      id: m.id,
      title: m.title,
      itemId: m.item_id,
      ownerUserId: m.owner_user_id,
      dueOn: m.due_on,
      status: m.status,
      result: m.result,
    })),
  };
}

/** Recorded contractor reviews, latest first (at most 500), with the vendor's name. */
export async function listVendorReviews(db: Kysely<DB>, organizationId: string) {
  const rows = await db
    .selectFrom('vendor_reviews as r')
    .innerJoin('vendors as v', 'v.id', 'r.vendor_id')
    .selectAll('r')
    .select('v.name as vendor_name')
    .where('r.organization_id', '=', organizationId)
    .orderBy('r.reviewed_on', 'desc')
    .limit(500)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    vendorId: r.vendor_id,
    vendorName: r.vendor_name,
    contractId: r.contract_id,
    kind: r.kind,
    reviewedOn: r.reviewed_on,
    result: r.result,
    summary: r.summary,
    nextReviewOn: r.next_review_on,
    checklist: JSON.parse(r.checklist),
  }));
}
