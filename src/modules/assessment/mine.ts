/** 「自分の点検項目」: the caller's items of open campaigns, last year's answer and the evidence kept with each. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

export interface EvidenceRow {
  id: string;
  fileName: string;
  sha256: string;
  size: number;
  createdAt: string;
}

/** Evidence files of the responses (newest last), by response id. */
async function evidenceOf(db: Kysely<DB>, org: string, responseIds: string[]) {
  const out = new Map<string, EvidenceRow[]>();
  for (let i = 0; i < responseIds.length; i += 500) {
    const rows = await db
      .selectFrom('assessment_evidence')
      .select(['id', 'response_id', 'file_name', 'sha256', 'size', 'created_at'])
      .where('organization_id', '=', org)
      .where('response_id', 'in', responseIds.slice(i, i + 500))
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    for (const r of rows) {
      const list = out.get(r.response_id) ?? [];
      list.push({
        id: r.id,
        fileName: r.file_name,
        sha256: r.sha256,
        size: Number(r.size),
        createdAt: r.created_at,
      });
      out.set(r.response_id, list);
    }
  }
  return out;
}

/** A person's items in open campaigns, with last year's answer to the same clause beside each. */
export async function myItems(db: Kysely<DB>, org: string, userId: string) {
  const rows = await db
    .selectFrom('assessment_responses as r')
    .innerJoin('assessment_items as i', 'i.id', 'r.item_id')
    .innerJoin('assessment_campaigns as c', 'c.id', 'r.campaign_id')
    .select([
      'r.id',
      'r.answer',
      'r.comment',
      'r.answered_at',
      'i.question',
      'i.clause_path',
      'i.area',
      'c.id as campaign_id',
      'c.title',
      'c.fiscal_year',
      'c.due_on',
    ])
    .where('r.organization_id', '=', org)
    .where('r.user_id', '=', userId)
    .where('c.status', '=', 'open')
    .orderBy('c.created_at')
    .orderBy('i.seq')
    .execute();
  const evidence = await evidenceOf(
    db,
    org,
    rows.map((r) => r.id),
  );
  const out = [];
  for (const r of rows) {
    const last = r.clause_path
      ? await db
          .selectFrom('assessment_responses as r')
          .innerJoin('assessment_items as i', 'i.id', 'r.item_id')
          .innerJoin('assessment_campaigns as c', 'c.id', 'r.campaign_id')
          .select(['r.answer', 'r.comment'])
          .where('r.organization_id', '=', org)
          .where('r.user_id', '=', userId)
          .where('i.clause_path', '=', r.clause_path)
          .where('c.fiscal_year', '=', r.fiscal_year - 1)
          .executeTakeFirst()
      : undefined;
    out.push({
      id: r.id,
      campaignId: r.campaign_id,
      campaignTitle: r.title,
      fiscalYear: r.fiscal_year,
      dueOn: r.due_on,
      question: r.question,
      clausePath: r.clause_path,
      area: r.area,
      answer: r.answer,
      comment: r.comment,
      answeredAt: r.answered_at,
      lastYear: last ? { answer: last.answer, comment: last.comment } : null,
      evidence: evidence.get(r.id) ?? [],
    });
  }
  return out;
}
