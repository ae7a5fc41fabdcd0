/** Policy text → `PolicyAnalysis`: the clause tree and everything read from it, each item linked to its clause. */
import { parseClauses } from './parse/clauses.ts';
import { findIssuer, findKinds, findPolicyDates, findTitle } from './parse/meta.ts';
import type { AnalyzeOptions, ClauseNode, PolicyAnalysis } from './types.ts';

function dropOriginal(nodes: ClauseNode[]): ClauseNode[] {
  return nodes.map((n) => ({ ...n, original: '', children: dropOriginal(n.children) }));
}

/** Analyzes a policy text (already extracted from its file); throws `PolicyInputError` when unreadable. */
export function analyzePolicy(text: string, opts: AnalyzeOptions = {}): PolicyAnalysis {
  const parsed = parseClauses(text);
  const title = findTitle(parsed.preamble, parsed.tree);
  const issues = [...parsed.issues];
  return {
    title,
    issuer: findIssuer(title, parsed.preamble),
    kinds: findKinds(title, parsed.tree),
    dates: findPolicyDates(parsed.preamble, parsed.tree),
    roles: [],
    committees: [],
    classification: null,
    segments: [],
    segmentRules: [],
    definitions: [],
    clauses: parsed.clauses,
    tree: opts.omitOriginal ? dropOriginal(parsed.tree) : parsed.tree,
    toc: parsed.toc,
    obligations: [],
    warnings: issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)),
    warningDetails: issues,
  };
}
