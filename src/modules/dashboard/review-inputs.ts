/**
 * The inputs of an open policy review (R-I2, R-I5): self-assessment results, audit findings,
 * incidents since the last review and organizational changes, with the clause paths they point at.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { findInOrg } from '../../http/find.ts';
import { type Lang, t } from '../../i18n/index.ts';
import { answerWord } from './trace.ts';

const ORG_EVENTS = [
  'org.unit_created',
  'org.unit_renamed',
  'org.unit_moved',
  'org.unit_deactivated',
  'org.role_created',
  'org.role_updated',
];

/** Gathers what a review should look at, and proposes the clauses they concern. */
export async function reviewInputs(db: Kysely<DB>, org: string, reviewId: string, lang: Lang) {
  const review = await findInOrg(db, 'policy_reviews', org, reviewId, 'policy_review');
  const last = await db
    .selectFrom('policy_reviews')
    .select('closed_at')
    .where('organization_id', '=', org)
    .where('document_id', '=', review.document_id)
    .where('status', '=', 'closed')
    .orderBy('closed_at', 'desc')
    .executeTakeFirst();
  const since = last?.closed_at ?? '0000';
  const assessment = await db
    .selectFrom('assessment_responses as r')
    .innerJoin('assessment_items as i', 'i.id', 'r.item_id')
    .innerJoin('assessment_campaigns as c', 'c.id', 'r.campaign_id')
    .select(['i.clause_path', 'i.question', 'r.answer', 'c.title'])
    .where('r.organization_id', '=', org)
    .where('r.answer', 'in', ['not_done', 'partial'])
    .where('r.answered_at', '>=', since)
    .execute();
  const findings = await db
    .selectFrom('audit_findings as f')
    .innerJoin('audit_plans as p', 'p.id', 'f.plan_id')
    .select(['f.id', 'f.clause_path', 'f.title', 'f.severity', 'f.status', 'p.title as plan'])
    .where('f.organization_id', '=', org)
    .where('f.created_at', '>=', since)
    .execute();
  const incidents = await db
    .selectFrom('incidents')
    .select(['id', 'title', 'status', 'clause_paths', 'found_at'])
    .where('organization_id', '=', org)
    .where('created_at', '>=', since)
    .execute();
  const changes = await db
    .selectFrom('audit_events')
    .select(['event', 'occurred_at', 'data'])
    .where('organization_id', '=', org)
    .where('event', 'in', ORG_EVENTS)
    .where('occurred_at', '>=', since)
    .orderBy('seq')
    .execute();
  const clauses = new Map<string, string[]>();
  const mark = (path: string | null, why: string) => {
    if (!path) return;
    clauses.set(path, [...(clauses.get(path) ?? []), why]);
  };
  for (const a of assessment)
    mark(
      a.clause_path,
      t(lang, 'dashboard.reason.assessment', {
        answer: answerWord(lang, a.answer === 'partial' ? 'partial' : 'not_done'),
      }),
    );
  for (const f of findings) mark(f.clause_path, t(lang, 'dashboard.reason.finding', { title: f.title }));
  for (const i of incidents)
    for (const p of JSON.parse(i.clause_paths) as string[])
      mark(p, t(lang, 'dashboard.reason.incident', { title: i.title }));
  return {
    reviewId,
    since: last?.closed_at ?? null,
    assessment: { nonCompliant: assessment.length, items: assessment.slice(0, 200) },
    findings,
    incidents: incidents.map((i) => ({
      id: i.id,
      title: i.title,
      status: i.status,
      foundAt: i.found_at,
      clausePaths: JSON.parse(i.clause_paths),
    })),
    orgChanges: changes.map((c) => ({ event: c.event, at: c.occurred_at, data: JSON.parse(c.data) })),
    proposedClauses: [...clauses.entries()]
      .map(([path, reasons]) => ({ path, reasons }))
      .sort((a, b) => b.reasons.length - a.reasons.length),
  };
}
