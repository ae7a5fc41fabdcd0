/** Text → clause tree, table of contents, preamble and the problems met on the way. */
import { PolicyInputError } from '../text/errors.ts';
import { type NormalizedLine, normalizeText } from '../text/normalize.ts';
import type { ClauseNode, ClauseSummary, TocEntry } from '../types.ts';
import { finalizeTree } from './finalize.ts';
import { settleParts } from './parts.ts';
import { findToc } from './toc.ts';
import { buildRawTree } from './tree.ts';
import { type Issue, lineOf, makeIssue } from './warnings.ts';

export interface ParsedClauses {
  tree: ClauseNode[];
  clauses: ClauseSummary[];
  toc: TocEntry[];
  /** lines before the first numbered clause (title, issuer, dates) */
  preamble: string[];
  issues: Issue[];
}

/** Depth-first list of every node of a tree, in document order. */
export function flatten(nodes: ClauseNode[]): ClauseNode[] {
  // Every stage walks the whole tree: its flat list is kept with it.
  const hit = flatCache.get(nodes);
  if (hit) return hit;
  const out: ClauseNode[] = [];
  const walk = (list: ClauseNode[]) => {
    for (const n of list) {
      out.push(n);
      walk(n.children);
    }
  };
  walk(nodes);
  flatCache.set(nodes, out);
  return out;
}

const flatCache = new WeakMap<ClauseNode[], ClauseNode[]>();

/** Where the 目次 disagrees with the body: entries matched in order by their label. */
function tocIssues(
  toc: TocEntry[],
  flat: ClauseNode[],
  lineOf: (offset: number) => number,
  dividers: Set<string>,
): Issue[] {
  const issues: Issue[] = [];
  let cursor = 0;
  for (const e of toc) {
    // A part the paths leave out (parts.ts) has no clause of its own.
    if (dividers.has(e.label)) continue;
    const at = flat.findIndex((n, i) => i >= cursor && n.label === e.label);
    const entry = `${e.label} ${e.title}`.trim();
    if (at < 0) {
      issues.push(makeIssue('policy.toc_mismatch', { entry }, { key: 'policy.warning.toc_missing' }));
      continue;
    }
    cursor = at + 1;
    const n = flat[at];
    if ((n.title ?? '') !== e.title && e.title !== '') {
      const heading = `${n.label} ${n.title ?? ''}`.trim();
      issues.push(
        makeIssue('policy.toc_mismatch', { entry, line: lineOf(n.span[0]), heading }, { path: n.path }),
      );
    }
  }
  return issues;
}

/** Parses a policy text into its clause tree; throws `policy.unrecognized` when nothing is numbered. */
export function parseClauses(text: string): ParsedClauses {
  const normalized = normalizeText(text);
  if (normalized.lines.length === 0) throw new PolicyInputError('policy.empty');
  const toc = findToc(normalized.lines);
  let lines: NormalizedLine[] = normalized.lines;
  if (toc.range) lines = [...lines.slice(0, toc.range[0]), ...lines.slice(toc.range[1])];
  const raw = buildRawTree(lines);
  const dividers = settleParts(raw.roots, raw.preamble);
  const issues = [...raw.issues];
  const built = finalizeTree(raw.roots, text, issues);
  const flat = flatten(built.nodes);
  if (flat.filter((n) => n.number > 0).length < 2) throw new PolicyInputError('policy.unrecognized');
  for (const issue of issues) if (issue.node) issue.path = built.byRaw.get(issue.node)?.path;
  if (raw.preamble.length > 12) {
    issues.push(makeIssue('policy.unnumbered_text', { count: raw.preamble.length }));
  }
  const at = lineOf(text);
  issues.push(...tocIssues(toc.entries, flat, at, dividers));
  // Each 目次 entry says where it stands, for the explanation of every line.
  toc.entries.forEach((e, k) => {
    const i = toc.lineIndexes?.[k];
    if (i !== undefined) e.line = at(normalized.lines[i].span[0]);
  });
  return {
    tree: built.nodes,
    clauses: flat.map((n) =>
      n.title
        ? { path: n.path, depth: n.depth, label: n.label, title: n.title }
        : { path: n.path, depth: n.depth, label: n.label },
    ),
    toc: toc.entries,
    preamble: raw.preamble.map((l) => l.text),
    issues: issues.map(({ node: _node, ...rest }) => rest),
  };
}
