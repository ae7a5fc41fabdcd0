/** The sections the emergency response plan must contain, read from the organization's own policy (R-A3). */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Lang } from '../../i18n/index.ts';
import { defaultPlanSections } from './catalogue.ts';
import { PLAN, SECTION_WORDS } from './policy-patterns.ts';

export interface PlanSection {
  key: string;
  title: string;
}

export interface RequiredSections {
  sections: PlanSection[];
  /** 'policy': the in-force policy lists them; 'default': seed 001's three, as nothing better is known. */
  source: 'policy' | 'default';
  /** The clause that lists them, e.g. 第2章/7./(3)/②. */
  clausePath: string | null;
}

/** Turns the items a policy lists into plan sections, reusing the catalogue's keys where an item matches one. */
export function sectionsFromList(list: string[]): PlanSection[] {
  const used = new Set<string>();
  // The policy is written in Japanese: an item matches a default section by its Japanese title.
  const defaults = defaultPlanSections('ja');
  return list.map((title, i) => {
    const exact = defaults.find((d) => d.title === title && !used.has(d.key));
    const byWord = SECTION_WORDS.find(([k, re]) => !used.has(k) && re.test(title));
    const key = exact?.key ?? byWord?.[0] ?? `section_${i + 1}`;
    used.add(key);
    return { key, title };
  });
}

/** The in-force policy's obligation about the emergency plan that introduces a list, if any. */
export async function policyPlanObligation(
  db: Kysely<DB>,
  orgId: string,
): Promise<{ path: string; list: string[] } | null> {
  const rows = await db
    .selectFrom('policy_obligations as o')
    .innerJoin('policy_versions as v', 'v.id', 'o.version_id')
    .select(['o.path', 'o.list', 'o.text'])
    .where('o.organization_id', '=', orgId)
    .where('v.organization_id', '=', orgId)
    .where('v.status', '=', 'in_force')
    .where('o.list', 'is not', null)
    .orderBy('v.in_force_at', 'desc')
    .orderBy('o.seq')
    .execute();
  for (const r of rows) {
    const list = JSON.parse(r.list ?? 'null') as string[] | null;
    if (list && list.length >= 2 && PLAN.test(r.text)) return { path: r.path, list };
  }
  return null;
}

/** Required sections: the policy's own list when the in-force policy has one, else the defaults. */
export async function requiredSections(
  db: Kysely<DB>,
  orgId: string,
  lang: Lang = 'ja',
): Promise<RequiredSections> {
  const o = await policyPlanObligation(db, orgId);
  if (o) return { sections: sectionsFromList(o.list), source: 'policy', clausePath: o.path };
  return { sections: defaultPlanSections(lang), source: 'default', clausePath: null };
}
