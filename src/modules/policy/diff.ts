/**
 * Clause diff between two versions of a policy: clauses are paired by path when their content
 * still matches, otherwise by heading or text similarity (numbering often shifts when a section
 * is inserted), and the rest are added or removed.
 */
import { flatten } from './parse/clauses.ts';
import type { ClauseNode, ClauseSummary } from './types.ts';

export interface ClauseChange {
  path: string;
  /** set when the clause moved (renumbered) */
  previousPath?: string;
  title?: string;
  titleChanged: boolean;
  textChanged: boolean;
  before: string;
  after: string;
  /** 0..1 text similarity of the pair */
  similarity: number;
}

export interface ClauseDiff {
  added: ClauseSummary[];
  removed: ClauseSummary[];
  changed: ClauseChange[];
  unchanged: number;
}

function bigrams(text: string): Map<string, number> {
  const m = new Map<string, number>();
  const t = text.replace(/\s/g, '');
  for (let i = 0; i < t.length - 1; i++) {
    const g = t.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Dice coefficient of character bigrams: robust for Japanese, which has no word spaces. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = bigrams(a);
  const y = bigrams(b);
  let total = 0;
  let common = 0;
  for (const n of x.values()) total += n;
  for (const n of y.values()) total += n;
  for (const [g, n] of x) common += Math.min(n, y.get(g) ?? 0);
  return total === 0 ? 0 : (2 * common) / total;
}

const content = (n: ClauseNode) => `${n.title ?? ''}\n${n.text}`;
const summary = (n: ClauseNode): ClauseSummary => ({
  path: n.path,
  depth: n.depth,
  label: n.label,
  ...(n.title ? { title: n.title } : {}),
});

/** Compares two clause trees (or analyses); see file comment. */
export function diffClauses(
  a: ClauseNode[] | { tree: ClauseNode[] },
  b: ClauseNode[] | { tree: ClauseNode[] },
): ClauseDiff {
  const left = flatten(Array.isArray(a) ? a : a.tree);
  const right = flatten(Array.isArray(b) ? b : b.tree);
  const pairs: [ClauseNode, ClauseNode][] = [];
  const freeLeft = new Set(left);
  const freeRight = new Set(right);
  const pair = (x: ClauseNode, y: ClauseNode) => {
    pairs.push([x, y]);
    freeLeft.delete(x);
    freeRight.delete(y);
  };
  const byPath = new Map(right.map((n) => [n.path, n] as const));
  for (const x of left) {
    const y = byPath.get(x.path);
    if (
      y &&
      freeRight.has(y) &&
      ((x.title && x.title === y.title) || similarity(content(x), content(y)) >= 0.5)
    )
      pair(x, y);
  }
  for (const x of [...freeLeft]) {
    const sameTitle = x.title
      ? [...freeRight].find((y) => y.title === x.title && y.depth === x.depth)
      : undefined;
    if (sameTitle) {
      pair(x, sameTitle);
      continue;
    }
    let best: ClauseNode | undefined;
    let score = 0.6;
    for (const y of freeRight) {
      const s = similarity(content(x), content(y));
      if (s >= score) {
        best = y;
        score = s;
      }
    }
    if (best) pair(x, best);
  }
  const changed: ClauseChange[] = [];
  let unchanged = 0;
  for (const [x, y] of pairs) {
    const titleChanged = (x.title ?? '') !== (y.title ?? '');
    const textChanged = x.text !== y.text;
    if (!titleChanged && !textChanged && x.path === y.path) {
      unchanged++;
      continue;
    }
    changed.push({
      path: y.path,
      ...(x.path !== y.path ? { previousPath: x.path } : {}),
      ...(y.title ? { title: y.title } : {}),
      titleChanged,
      textChanged,
      before: x.text,
      after: y.text,
      similarity: Math.round(similarity(content(x), content(y)) * 1000) / 1000,
    });
  }
  return {
    added: right.filter((n) => freeRight.has(n)).map(summary),
    removed: left.filter((n) => freeLeft.has(n)).map(summary),
    changed,
    unchanged,
  };
}
