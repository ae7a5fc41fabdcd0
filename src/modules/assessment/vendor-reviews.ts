/** Recording a contractor review against its contract checklist, reported up to vendors.review_receive (R-H3). */

import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import { badInput } from '../../http/errors.ts';
import { type Lang, t } from '../../i18n/index.ts';
import type { Actor } from '../../shared/actor.ts';
import { dateInput } from '../../shared/date-input.ts';
import { nowIso } from '../../shared/time.ts';
import { recordAudit } from '../audit/index.ts';
import { notify } from '../notifications/index.ts';
import './events.ts';
import { insertInOrg } from '../../db/insert-in-org.ts';
import { rowInOrg } from '../../db/rows-in-org.ts';
import { findInOrg } from '../../http/find.ts';
import { functionHolders } from './people.ts';

const date = dateInput();
export const reviewBody = z.strictObject({
  vendorId: z.string().trim().min(1).max(64),
  contractId: z.string().trim().min(1).max(64).optional(),
  kind: z.enum(['periodic', 'end_of_contract']),
  reviewedOn: date,
  checklist: z
    .array(
      z.strictObject({
        text: z.string().trim().min(1).max(500),
        ok: z.boolean(),
        note: z.string().trim().max(1000).default(''),
      }),
    )
    .min(1)
    .max(100),
  summary: z.string().trim().min(1).max(4000),
  nextReviewOn: date.optional(),
});
export type ReviewInput = z.output<typeof reviewBody>;

/**
 * What to check at the end of a contract: the information goes back or is destroyed, with proof
 * (`assessment.vendor_review.end.<check>`).
 */
export const END_OF_CONTRACT_CHECKS = [
  'returned',
  'erased',
  'certificate',
  'access_revoked',
  'subcontractors',
];

/**
 * The checklist to fill for a review: the contract's clause checklist, or the end-of-contract list in the
 * reviewer's language (the review stores the texts as filled in).
 */
export async function reviewTemplate(
  db: Kysely<DB>,
  org: string,
  contractId: string,
  kind: string,
  lang: Lang = 'ja',
) {
  const c = await findInOrg(db, 'vendor_contracts', org, contractId, 'vendor_contract');
  if (kind === 'end_of_contract')
    return END_OF_CONTRACT_CHECKS.map((check) => ({
      text: t(lang, `assessment.vendor_review.end.${check}`),
      ok: false,
      note: '',
    }));
  const clauses = JSON.parse(c.clauses) as { text: string }[];
  return clauses.map((x) => ({ text: x.text, ok: false, note: '' }));
}

/** Records a review and tells the holders of vendors.review_receive the result. */
export async function recordReview(db: Kysely<DB>, actor: Actor, input: ReviewInput): Promise<string> {
  const org = actor.organizationId;
  return db.transaction().execute(async (trx) => {
    const vendor = await rowInOrg(trx, 'vendors', org, { id: input.vendorId }, ['id', 'name']);
    if (!vendor)
      throw badInput('org.unknown_reference', { field: 'vendorId' }, [
        { field: 'vendorId', code: 'org.unknown_reference' },
      ]);
    if (input.contractId) {
      const c = await rowInOrg(trx, 'vendor_contracts', org, { id: input.contractId }, ['vendor_id']);
      if (!c || c.vendor_id !== vendor.id) {
        throw badInput('vendors.review_contract_mismatch', {}, [
          { field: 'contractId', code: 'vendors.review_contract_mismatch' },
        ]);
      }
    }
    const issues = input.checklist.filter((x) => !x.ok).length;
    const result = issues ? 'issues' : 'ok';
    const id = await insertInOrg(trx, 'vendor_reviews', org, {
      vendor_id: vendor.id,
      contract_id: input.contractId ?? null,
      kind: input.kind,
      reviewed_on: input.reviewedOn,
      checklist: JSON.stringify(input.checklist),
      result,
      summary: input.summary,
      next_review_on: input.nextReviewOn ?? null,
      reviewed_by: actor.userId,
      created_at: nowIso(),
    });
    const receivers = await functionHolders(trx, org, 'vendors.review_receive');
    const reported = await notify(trx, org, receivers, {
      code: issues ? 'notice.vendors.reviewed_issues' : 'notice.vendors.reviewed_ok',
      params: { vendor: vendor.name, count: issues, summary: input.summary },
      link: '/inspections/vendors',
    });
    await recordAudit(
      trx,
      actor,
      'vendors.reviewed',
      { type: 'vendor_review', id },
      {
        vendorId: vendor.id,
        contractId: input.contractId ?? null,
        kind: input.kind,
        result,
        issues,
        reportedTo: reported.length,
      },
    );
    return id;
  });
}
