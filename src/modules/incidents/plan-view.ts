/** The emergency response plan as its screen reads it: the latest version, its checks, versions and triggers. */
import type { Kysely } from 'kysely';
import { listInOrg } from '../../db/list-in-org.ts';
import { rowsInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import type { Lang } from '../../i18n/index.ts';
import { todayJst } from '../../shared/business-days.ts';
import { latestPlan, missingSections } from './plan.ts';
import { requiredSections } from './plan-policy.ts';

/** The latest plan with section checks, versions and review triggers; default section titles in `lang`. */
export async function planView(db: Kysely<DB>, org: string, lang: Lang = 'ja') {
  const plan = await latestPlan(db, org);
  const versions = await rowsInOrg(
    db,
    'emergency_plans',
    org,
    {},
    ['id', 'version', 'created_at', 'created_by'],
    [['version', 'desc']],
  );
  const triggers = await listInOrg(db, 'emergency_plan_triggers', org, 'created_at');
  const proposed = await requiredSections(db, org, lang);
  // The stored plan's list, with any section the policy in force now requires and the plan lacks.
  const stored: { key: string; title: string }[] | null = plan ? JSON.parse(plan.required) : null;
  const fromPolicy = proposed.source === 'policy' ? proposed.sections : [];
  const required = stored
    ? [...stored, ...fromPolicy.filter((p) => !stored.some((s) => s.key === p.key))]
    : proposed.sections;
  const sections = plan ? JSON.parse(plan.sections) : [];
  // A review is due by the earliest date among the plan's own date and triggers raised since it was saved.
  const dues = [
    plan?.review_due,
    ...triggers.filter((t) => !plan || t.created_at > plan.created_at).map((t) => t.review_due),
  ].filter(Boolean) as string[];
  const reviewDue = dues.sort()[0] ?? null;
  return {
    plan: plan ? { ...plan, required, sections } : null,
    required,
    requiredSource: proposed.source,
    requiredClause: proposed.clausePath,
    missing: missingSections(required, sections),
    versions,
    triggers,
    reviewDue,
    reviewOverdue: !!reviewDue && reviewDue < todayJst(),
  };
}
