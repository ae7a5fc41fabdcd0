/**
 * A policy in parts (第1部 基本方針 / 第2部 対策基準): each part starts its numbering again, so a part line
 * closes every open clause (nesting.ts puts it at the top). Whether the part stays in the paths depends on
 * the labels under it: where the parts never share a top label (「1」 then 「1.」) the part line is only a
 * divider, like an unnumbered part title, and the paths keep the labels as written; where they do (「1」 in
 * both parts) the part stays a level, so that no path is written twice.
 */
import type { NormalizedLine } from '../text/normalize.ts';
import { styleOf } from './styles.ts';
import type { RawNode } from './tree.ts';

/** The last clause, deepest first, of a subtree: where text after it belongs when nothing opens. */
function deepestLast(n: RawNode): RawNode {
  let at = n;
  while (at.children.length > 0) at = at.children[at.children.length - 1];
  return at;
}

/** True when two groups of top labels share one. */
function shareLabel(groups: string[][]): boolean {
  const seen = new Map<string, number>();
  for (let g = 0; g < groups.length; g++)
    for (const label of groups[g]) {
      const k = seen.get(label);
      if (k !== undefined && k !== g) return true;
      seen.set(label, g);
    }
  return false;
}

/**
 * Takes the part levels out of `roots` when the parts' top labels never repeat; returns the labels of the
 * parts taken out (a 目次 entry for them has no clause to match). The part line itself becomes no text; the
 * text below it before its first number goes to the preamble (first part) or to the clause above.
 */
export function settleParts(roots: RawNode[], preamble: NormalizedLine[]): Set<string> {
  const removed = new Set<string>();
  if (!roots.some((n) => n.marker.style === 'part')) return removed;
  const groups: string[][] = [];
  const outside: string[] = [];
  for (const n of roots) {
    if (n.marker.style === 'part') groups.push(n.children.map((c) => c.marker.label));
    else if (styleOf(n.marker.style).kind !== 'top') outside.push(n.marker.label);
  }
  groups.push(outside);
  if (shareLabel(groups)) return removed;
  const out: RawNode[] = [];
  for (const n of roots) {
    if (n.marker.style !== 'part') {
      out.push(n);
      continue;
    }
    removed.add(n.marker.label);
    const above = out[out.length - 1];
    if (above) deepestLast(above).body.push(...n.body);
    else preamble.push(...n.headLines, ...n.body);
    for (const c of n.children) {
      c.parent = null;
      c.reason = `「${n.marker.label}」で番号が改まるため最上位`;
      out.push(c);
    }
  }
  roots.splice(0, roots.length, ...out);
  return removed;
}
