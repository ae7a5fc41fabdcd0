/** Compiled results of a campaign: by unit, role and policy area, compared with earlier years (R-I1). */
import type { Kysely } from 'kysely';
import { rowsInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { type Lang, t } from '../../i18n/index.ts';
import { areaTitles } from './areas.ts';
import { loadCampaign } from './load.ts';

export interface Tally {
  key: string;
  label: string;
  total: number;
  answered: number;
  done: number;
  partial: number;
  notDone: number;
  na: number;
  /** 実施率: 実施 / (回答 − 該当なし), null when nothing applicable was answered. */
  rate: number | null;
}

type Row = { answer: string | null; unit_id: string | null; role_id: string | null; area: string };

function tally(rows: Row[], keyOf: (r: Row) => string, labels: Map<string, string>): Tally[] {
  const map = new Map<string, Tally>();
  for (const r of rows) {
    const key = keyOf(r);
    const t = map.get(key) ?? {
      key,
      label: labels.get(key) ?? key,
      total: 0,
      answered: 0,
      done: 0,
      partial: 0,
      notDone: 0,
      na: 0,
      rate: null,
    };
    t.total++;
    if (r.answer) t.answered++;
    if (r.answer === 'done') t.done++;
    if (r.answer === 'partial') t.partial++;
    if (r.answer === 'not_done') t.notDone++;
    if (r.answer === 'na') t.na++;
    map.set(key, t);
  }
  for (const t of map.values()) {
    const applicable = t.answered - t.na;
    t.rate = applicable > 0 ? Math.round((t.done / applicable) * 1000) / 10 : null;
  }
  return [...map.values()].sort((a, b) => a.label.localeCompare(b.label, 'ja'));
}

async function rowsOf(db: Kysely<DB>, campaignId: string): Promise<Row[]> {
  return db
    .selectFrom('assessment_responses as r')
    .innerJoin('assessment_items as i', 'i.id', 'r.item_id')
    .select(['r.answer', 'r.unit_id', 'r.role_id', 'i.area'])
    .where('r.campaign_id', '=', campaignId)
    .execute();
}

/** The campaign's results by unit, role and area, with each earlier yearly campaign's overall figures. */
export async function campaignResults(db: Kysely<DB>, org: string, campaignId: string, lang: Lang = 'ja') {
  const c = await loadCampaign(db, org, campaignId);
  const rows = await rowsOf(db, campaignId);
  const units = await rowsInOrg(db, 'units', org, {}, ['id', 'name']);
  const roles = await rowsInOrg(db, 'roles', org, {}, ['id', 'name']);
  const unitLabels = new Map(units.map((u) => [u.id, u.name]));
  unitLabels.set('-', t(lang, 'assessment.results.no_unit'));
  const roleLabels = new Map(roles.map((r) => [r.id, r.name]));
  roleLabels.set('-', t(lang, 'assessment.results.no_role'));
  const areas = new Map(Object.entries(areaTitles(lang)));
  const earlier = await db
    .selectFrom('assessment_campaigns')
    .select(['id', 'fiscal_year', 'title'])
    .where('organization_id', '=', org)
    .where('kind', '=', 'yearly')
    .where('fiscal_year', '<', c.fiscal_year)
    .orderBy('fiscal_year', 'desc')
    .limit(5)
    .execute();
  const history = [];
  for (const e of earlier) {
    const past = await rowsOf(db, e.id);
    history.push({
      fiscalYear: e.fiscal_year,
      campaignId: e.id,
      overall: tally(past, () => 'all', new Map([['all', e.title]]))[0] ?? null,
      byArea: tally(past, (r) => r.area, areas),
    });
  }
  return {
    campaign: {
      id: c.id,
      title: c.title,
      fiscalYear: c.fiscal_year,
      status: c.status,
      noticeId: c.notice_id,
    },
    overall: tally(rows, () => 'all', new Map([['all', c.title]]))[0] ?? null,
    byUnit: tally(rows, (r) => r.unit_id ?? '-', unitLabels),
    byRole: tally(rows, (r) => r.role_id ?? '-', roleLabels),
    byArea: tally(rows, (r) => r.area, areas),
    history,
  };
}
