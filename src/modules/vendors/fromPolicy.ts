/** Pure readers of a policy analysis for the vendors module: contract clauses (R-H2) and laws (R-G5). */
import type { ClauseNode, PolicyAnalysis } from '../policy/index.ts';
import { type LawKind, lawKindOf } from './law-kinds.ts';
import { CONTRACT, LAW, LEADING_CONJUNCTION, OUTSOURCING } from './policy-patterns.ts';

export interface ClauseList {
  /** The clause that enumerates them, e.g. 第2章/8./(1)/②. */
  path: string;
  clauses: string[];
}

/**
 * The policy's own list of clauses every outsourcing contract must contain: the obligation about
 * outsourcing (委託) and contracts whose sentence introduces a list. The longest such list wins.
 */
export function contractClausesFromAnalysis(
  analysis: Pick<PolicyAnalysis, 'obligations'>,
): ClauseList | null {
  const candidates = analysis.obligations.filter(
    (o) =>
      (o.list?.length ?? 0) >= 2 &&
      (o.topic === 'outsourcing' || OUTSOURCING.test(o.text)) &&
      CONTRACT.test(o.text),
  );
  const best = candidates.sort((a, b) => (b.list?.length ?? 0) - (a.list?.length ?? 0))[0];
  return best?.list ? { path: best.path, clauses: [...best.list] } : null;
}

export interface LawMention {
  name: string;
  number: string | null;
  kind: LawKind;
  path: string;
}

function walk(nodes: ClauseNode[], out: { path: string; text: string }[]): void {
  for (const n of nodes) {
    out.push({ path: n.path, text: [n.text, ...(n.list ?? [])].join('\n') });
    walk(n.children, out);
  }
}

/** Laws and ordinances the policy cites with their numbers, each once, with the first clause citing it. */
export function lawsFromAnalysis(analysis: Pick<PolicyAnalysis, 'tree'>): LawMention[] {
  const texts: { path: string; text: string }[] = [];
  walk(analysis.tree, texts);
  const seen = new Map<string, LawMention>();
  for (const { path, text } of texts) {
    for (const m of text.matchAll(LAW)) {
      const name = m[1].replace(LEADING_CONJUNCTION, '');
      if (!seen.has(name)) seen.set(name, { name, number: m[2], kind: lawKindOf(m[3]), path });
    }
  }
  return [...seen.values()];
}
