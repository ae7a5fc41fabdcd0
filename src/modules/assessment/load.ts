/** Loads self-assessment records of the caller's organization (another organization's id answers 404). */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { conflict } from '../../http/errors.ts';
import { findInOrg } from '../../http/find.ts';

/** A campaign of the organization. */
export async function loadCampaign(db: Kysely<DB>, org: string, id: string) {
  return findInOrg(db, 'assessment_campaigns', org, id, 'assessment_campaign');
}

/** A campaign that is still being prepared (items can change). */
export async function draftCampaign(db: Kysely<DB>, org: string, id: string) {
  const c = await loadCampaign(db, org, id);
  if (c.status !== 'draft') throw conflict('assessment.not_draft');
  return c;
}

/** An item of the organization. */
export async function loadItem(db: Kysely<DB>, org: string, id: string) {
  return findInOrg(db, 'assessment_items', org, id, 'assessment_item');
}

/** A response of the organization. */
export async function loadResponse(db: Kysely<DB>, org: string, id: string) {
  return findInOrg(db, 'assessment_responses', org, id, 'assessment_response');
}

/** The policy version in force for the organization (the newest one if several documents are). */
export async function versionInForce(db: Kysely<DB>, org: string) {
  return db
    .selectFrom('policy_versions')
    .select(['id', 'analysis'])
    .where('organization_id', '=', org)
    .where('status', '=', 'in_force')
    .orderBy('in_force_at', 'desc')
    .executeTakeFirst();
}
