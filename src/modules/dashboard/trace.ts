/** The traceability matrix: every clause → what it drives (decisions, check items) → latest result and evidence. */
import type { Kysely } from 'kysely';
import { rowsInOrg } from '../../db/rows-in-org.ts';
import type { DB } from '../../db/schema.ts';
import { hasMessage, type Lang, t } from '../../i18n/index.ts';
import { versionInForce } from '../assessment/index.ts';

/** An answer to a check item in words (`partial` → 一部実施). */
export const answerWord = (lang: Lang, answer: string) =>
  hasMessage(`dashboard.answer.${answer}`) ? t(lang, `dashboard.answer.${answer}`) : answer;

/** One row per clause of the version in force (or the given version). */
export async function traceability(db: Kysely<DB>, org: string, lang: Lang, versionId?: string) {
  const v = versionId ? { id: versionId } : await versionInForce(db, org);
  if (!v) return { versionId: null, rows: [] };
  const clauses = await rowsInOrg(
    db,
    'policy_clauses',
    org,
    { version_id: v.id },
    ['path', 'label', 'title', 'text'],
    ['seq'],
  );
  const decisions = await rowsInOrg(
    db,
    'policy_proposal_decisions',
    org,
    { version_id: v.id, decision: 'accepted' },
    ['clause_path', 'kind', 'title', 'record_type'],
  );
  const latest = await db
    .selectFrom('assessment_campaigns')
    .select(['id', 'title'])
    .where('organization_id', '=', org)
    .where('policy_version_id', '=', v.id)
    .where('status', '!=', 'draft')
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  const answers = latest
    ? await db
        .selectFrom('assessment_responses as r')
        .innerJoin('assessment_items as i', 'i.id', 'r.item_id')
        .leftJoin('assessment_evidence as e', 'e.response_id', 'r.id')
        .select(['i.clause_path', 'i.question', 'r.answer', 'e.file_name', 'e.sha256', 'e.created_at'])
        .where('r.campaign_id', '=', latest.id)
        .execute()
    : [];
  const findings = await rowsInOrg(db, 'audit_findings', org, {}, ['clause_path', 'title', 'status']);
  const rows = clauses.map((c) => {
    const mine = answers.filter((a) => a.clause_path === c.path);
    const counts = new Map<string, number>();
    for (const a of mine) if (a.answer) counts.set(a.answer, (counts.get(a.answer) ?? 0) + 1);
    const evidence = mine
      .filter((a) => a.file_name)
      .sort((a, b) => String(b.created_at).localeCompare(String(a.created_at)))[0];
    return {
      path: c.path,
      heading: [c.label, c.title].filter(Boolean).join(' '),
      drives: decisions.filter((d) => d.clause_path === c.path).map((d) => `${d.kind}: ${d.title}`),
      checkItems: [...new Set(mine.map((a) => a.question))],
      result: [...counts.entries()].map(([k, n]) => `${answerWord(lang, k)} ${n}`).join('・'),
      evidence: evidence ? `${evidence.file_name} (${String(evidence.sha256).slice(0, 12)}…)` : '',
      findings: findings.filter((f) => f.clause_path === c.path).map((f) => `${f.title}（${f.status}）`),
    };
  });
  return { versionId: v.id, campaign: latest ?? null, rows };
}
