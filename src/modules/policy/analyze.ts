/** Policy text → `PolicyAnalysis`: the clause tree and everything read from it, each item linked to its clause. */
import {
  type CorrectionResult,
  correctActors,
  correctClassification,
  correctRoles,
  correctTree,
  renameObligationLevels,
  summaries,
  withAxesAsWritten,
} from './corrections.ts';
import { actorMatcher, prefixedMentions, withIssuer } from './parse/actors.ts';
import { findClassification } from './parse/classification.ts';
import { flatten, parseClauses } from './parse/clauses.ts';
import { committeeApprovals } from './parse/committee-approvals.ts';
import { findCommittees } from './parse/committees.ts';
import { extractDefinitions } from './parse/definitions.ts';
import { heldPostMatcher } from './parse/held-posts.ts';
import { bodyOf, findIssuer, findKinds, findPolicyDates, findTitle } from './parse/meta.ts';
import { extractObligations } from './parse/obligations.ts';
import { attachDuties, findRoles } from './parse/roles.ts';
import { findSegmentRules, findSegments } from './parse/segments.ts';
import { clearSentenceCache } from './parse/sentences.ts';
import { findStaffTerms } from './parse/staff.ts';
import { assignTiers } from './parse/tiers.ts';
import { type Issue, makeIssue } from './parse/warnings.ts';
import type { AnalyzeOptions, ClauseNode, PolicyAnalysis } from './types.ts';

function dropOriginal(nodes: ClauseNode[]): ClauseNode[] {
  return nodes.map((n) => ({ ...n, original: '', children: dropOriginal(n.children) }));
}

/** Analyzes a policy text (already extracted from its file); throws `PolicyInputError` when unreadable. */
export function analyzePolicy(text: string, opts: AnalyzeOptions = {}): PolicyAnalysis {
  clearSentenceCache();
  const parsed = parseClauses(text);
  const corrections = opts.corrections ?? [];
  // The reviewer's corrections of the tree come first: everything else is read from the tree.
  const corrected = corrections.length ? correctTree(parsed.tree, corrections) : null;
  const tree = corrected?.tree ?? parsed.tree;
  const result: CorrectionResult = corrected?.result ?? { applied: 0, warnings: [], unmatched: [] };
  const issues: Issue[] = [...parsed.issues];
  const title = findTitle(parsed.preamble, tree);

  const roles = findRoles(tree);
  const staffTerms = findStaffTerms(tree, parsed.preamble);
  const matcher = actorMatcher(roles, staffTerms);
  assignTiers(roles, tree, matcher);
  attachDuties(roles, tree);
  correctRoles(roles, corrections, result);
  for (const r of roles.filter((x) => x.unappointed))
    issues.push(makeIssue('policy.role_not_appointed', { role: r.name }, { path: r.path }));
  const allText = flatten(tree)
    .map((n) => n.text)
    .join('\n');
  for (const m of prefixedMentions(allText, roles)) {
    issues.push(
      m.typo
        ? makeIssue('policy.role_typo', { written: m.written, role: m.role })
        : makeIssue('policy.role_undefined', { written: m.written }),
    );
  }

  const scheme = findClassification(tree, matcher);
  if (scheme.levelsMissing) {
    issues.push(
      makeIssue(
        'policy.classification_levels_missing',
        { axes: scheme.classification?.axes.join('・') ?? '' },
        { path: scheme.classification?.path },
      ),
    );
  }
  if (scheme.externalRef) {
    issues.push(makeIssue('policy.classification_external', { source: scheme.externalRef }));
  }
  const renamed = new Map<string, string>();
  const classification = correctClassification(scheme.classification, corrections, result, renamed);
  // A renamed axis is still written under its old name in the text: levels are found with that name.
  const asWritten =
    classification && renamed.size ? withAxesAsWritten(classification, renamed) : classification;
  const issuer = findIssuer(title, parsed.preamble);
  const committees = findCommittees(tree, roles);
  const body = bodyOf(title, issuer);
  const held = heldPostMatcher(roles, staffTerms, tree);
  const obligations = extractObligations(
    tree,
    withIssuer(
      held,
      body,
      committees.flatMap((c) => [c.name, ...(c.alias ? [c.alias] : [])]),
    ),
    asWritten,
  );
  committeeApprovals(obligations, committees, held);
  if (classification && renamed.size) renameObligationLevels(obligations, classification, renamed);
  correctActors(obligations, tree, corrections, result);
  issues.push(...result.warnings);
  return {
    title,
    issuer,
    kinds: findKinds(title, tree),
    dates: findPolicyDates(parsed.preamble, tree),
    roles,
    committees,
    classification,
    segments: findSegments(tree),
    segmentRules: findSegmentRules(tree),
    definitions: extractDefinitions(tree),
    clauses: corrected ? summaries(tree) : parsed.clauses,
    tree: opts.omitOriginal ? dropOriginal(tree) : tree,
    toc: parsed.toc,
    obligations,
    warnings: issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)),
    warningDetails: issues,
    ...(corrections.length
      ? { correctionsApplied: result.applied, correctionsUnmatched: result.unmatched.sort((x, y) => x - y) }
      : {}),
  };
}
