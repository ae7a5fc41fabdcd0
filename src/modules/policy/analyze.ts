/** Policy text → `PolicyAnalysis`: the clause tree and everything read from it, each item linked to its clause. */
import { actorMatcher, prefixedMentions } from './parse/actors.ts';
import { findClassification } from './parse/classification.ts';
import { flatten, parseClauses } from './parse/clauses.ts';
import { findCommittees } from './parse/committees.ts';
import { extractDefinitions } from './parse/definitions.ts';
import { findIssuer, findKinds, findPolicyDates, findTitle } from './parse/meta.ts';
import { extractObligations } from './parse/obligations.ts';
import { attachDuties, findRoles } from './parse/roles.ts';
import { findSegmentRules, findSegments } from './parse/segments.ts';
import { clearSentenceCache } from './parse/sentences.ts';
import { findStaffTerms } from './parse/staff.ts';
import { assignTiers } from './parse/tiers.ts';
import type { Issue } from './parse/warnings.ts';
import type { AnalyzeOptions, ClauseNode, PolicyAnalysis } from './types.ts';

function dropOriginal(nodes: ClauseNode[]): ClauseNode[] {
  return nodes.map((n) => ({ ...n, original: '', children: dropOriginal(n.children) }));
}

/** Analyzes a policy text (already extracted from its file); throws `PolicyInputError` when unreadable. */
export function analyzePolicy(text: string, opts: AnalyzeOptions = {}): PolicyAnalysis {
  clearSentenceCache();
  const parsed = parseClauses(text);
  const tree = parsed.tree;
  const issues: Issue[] = [...parsed.issues];
  const title = findTitle(parsed.preamble, tree);

  const roles = findRoles(tree);
  const matcher = actorMatcher(roles, findStaffTerms(tree));
  assignTiers(roles, tree, matcher);
  attachDuties(roles, tree);
  const allText = flatten(tree)
    .map((n) => n.text)
    .join('\n');
  for (const m of prefixedMentions(allText, roles)) {
    issues.push(
      m.typo
        ? { code: 'policy.role_typo', message: `「${m.written}」は「${m.role}」の誤記とみなしました。` }
        : { code: 'policy.role_undefined', message: `「${m.written}」は本文で定義されていない役割です。` },
    );
  }

  const scheme = findClassification(tree, matcher);
  if (scheme.levelsMissing) {
    issues.push({
      code: 'policy.classification_levels_missing',
      message: `分類の観点（${scheme.classification?.axes.join('・')}）はありますが、区分（レベル）が定義されていません。`,
      path: scheme.classification?.path,
    });
  }
  if (scheme.externalRef) {
    issues.push({
      code: 'policy.classification_external',
      message: `情報資産の分類は${scheme.externalRef}によるもので、この文書には定義がありません。`,
    });
  }
  const committees = findCommittees(tree);
  return {
    title,
    issuer: findIssuer(title, parsed.preamble),
    kinds: findKinds(title, tree),
    dates: findPolicyDates(parsed.preamble, tree),
    roles,
    committees,
    classification: scheme.classification,
    segments: findSegments(tree),
    segmentRules: findSegmentRules(tree),
    definitions: extractDefinitions(tree),
    clauses: parsed.clauses,
    tree: opts.omitOriginal ? dropOriginal(tree) : tree,
    toc: parsed.toc,
    obligations: extractObligations(tree, matcher, scheme.classification),
    warnings: issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)),
    warningDetails: issues,
  };
}
