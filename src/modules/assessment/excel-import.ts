/**
 * Last year's self-assessment (自己点検) from its Excel sheet: a closed campaign of that fiscal year
 * with its check items and answers, so this year's results can be read against it.
 */
import { z } from 'zod';
import { insertInOrg } from '../../db/insert-in-org.ts';
import { rowsInOrg } from '../../db/rows-in-org.ts';
import { recognisedHeadings, recognisedValues } from '../../i18n/headings.ts';
import { t } from '../../i18n/index.ts';
import { newId } from '../../shared/ids.ts';
import { nowIso } from '../../shared/time.ts';
import type { ImportField, ImportTarget } from '../imports/index.ts';
import { personResolver, unitResolver } from '../imports/index.ts';
import { areaOf } from './areas.ts';

const fields: ImportField[] = [
  {
    key: 'no',
    ja: '項番',
    en: 'No.',
    kind: 'code',
    aliases: recognisedHeadings('assessment.answers', 'no'),
    max: 20,
  },
  {
    key: 'area',
    ja: '分野',
    en: 'Area',
    kind: 'text',
    aliases: recognisedHeadings('assessment.answers', 'area'),
    max: 100,
  },
  {
    key: 'clause',
    ja: '根拠条項',
    en: 'Clause',
    kind: 'text',
    aliases: recognisedHeadings('assessment.answers', 'clause'),
    max: 200,
  },
  {
    key: 'question',
    ja: '点検項目',
    en: 'Check item',
    kind: 'text',
    required: true,
    aliases: recognisedHeadings('assessment.answers', 'question'),
    max: 2000,
  },
  {
    key: 'respondent',
    ja: '回答者',
    en: 'Respondent',
    kind: 'ref',
    ref: 'users',
    aliases: recognisedHeadings('assessment.answers', 'respondent'),
  },
  {
    key: 'unit',
    ja: '所属',
    en: 'Unit',
    kind: 'ref',
    ref: 'units',
    aliases: recognisedHeadings('assessment.answers', 'unit'),
  },
  {
    key: 'answer',
    ja: '回答',
    en: 'Answer',
    kind: 'enum',
    required: true,
    aliases: recognisedHeadings('assessment.answers', 'answer'),
    options: recognisedValues('assessment.answers', 'answer'),
  },
  {
    key: 'comment',
    ja: 'コメント',
    en: 'Comment',
    kind: 'text',
    aliases: recognisedHeadings('assessment.answers', 'comment'),
    max: 2000,
  },
];

const context = z.strictObject({
  fiscalYear: z.number().int().min(2000).max(2100),
  title: z.string().trim().min(1).max(200).optional(),
});

/** 前年度の自己点検結果. */
export const answersImport: ImportTarget<z.output<typeof context>> = {
  key: 'assessment.answers',
  ja: '自己点検の回答（前年度）',
  en: 'Self-assessment answers (past year)',
  fields,
  writeFns: ['assessment.manage'],
  context,
  lookups: async (db, org) => ({ users: await personResolver(db, org), units: await unitResolver(db, org) }),
  async write(trx, actor, rows, ctx) {
    const org = actor.organizationId;
    const now = nowIso();
    const campaignId = newId();
    await trx
      .insertInto('assessment_campaigns')
      .values({
        id: campaignId,
        organization_id: org,
        fiscal_year: ctx.fiscalYear,
        // A campaign is one of the body's records: its default title is worded in Japanese, as its documents are.
        title: ctx.title ?? t('ja', 'assessment.import.default_title', { year: ctx.fiscalYear }),
        kind: 'imported',
        policy_version_id: null,
        staff_mode: 'all',
        sample_size: null,
        due_on: null,
        status: 'closed',
        notice_id: null,
        created_by: actor.userId,
        created_at: now,
        launched_at: now,
        closed_at: now,
      })
      .execute();
    // One item per distinct check item (項番 and wording); every row is one answer to it.
    const items = new Map<string, string>();
    const users = await rowsInOrg(trx, 'users', org, {}, ['id', 'unit_id']);
    const unitOf = new Map(users.map((u) => [u.id, u.unit_id]));
    for (const r of rows) {
      const v = r.values;
      const key = `${v.no ?? ''}\u0000${v.question}`;
      let itemId = items.get(key);
      if (!itemId) {
        itemId = newId();
        items.set(key, itemId);
        const heading = typeof v.area === 'string' ? v.area : '';
        await trx
          .insertInto('assessment_items')
          .values({
            id: itemId,
            organization_id: org,
            campaign_id: campaignId,
            seq: items.size,
            area: areaOf(heading ? [heading] : [], String(v.question)),
            clause_path: (v.clause as string) ?? null,
            source_text: null,
            question: String(v.question),
            respondent_kind: 'default',
            role_ids: '[]',
            unit_ids: '[]',
            source: 'import',
            created_at: now,
          })
          .execute();
      }
      // An answer without a named respondent is kept under the person who imported the sheet.
      const userId = (v.respondent as string) ?? actor.userId;
      await insertInOrg(trx, 'assessment_responses', org, {
        campaign_id: campaignId,
        item_id: itemId,
        user_id: userId,
        unit_id: (v.unit as string) ?? unitOf.get(userId) ?? null,
        role_id: null,
        answer: v.answer as 'done' | 'partial' | 'not_done' | 'na',
        comment: (v.comment as string) ?? null,
        answered_at: now,
        last_reminded_on: null,
        escalated_at: null,
      });
    }
    return {
      created: rows.length,
      updated: 0,
      detail: { campaignId, fiscalYear: ctx.fiscalYear, items: items.size },
    };
  },
};
