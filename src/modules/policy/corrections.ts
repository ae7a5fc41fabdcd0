/**
 * The reviewer's corrections, applied to an analysis as a pure function. A correction names the
 * clause it concerns by an anchor made from the clause's own text, so that it applies again to the
 * next version of the document wherever that text is unchanged (even if the numbering moved), and
 * is reported — not silently dropped — where the text changed.
 */

import { levelName } from './parse/classification.ts';
import type {
  Classification,
  ClauseNode,
  ClauseSummary,
  Obligation,
  PolicyCorrection,
  PolicyWarning,
  Role,
} from './types.ts';
import { warningText } from './warning-messages.ts';

/** A short stable fingerprint of a clause's own text and title (FNV-1a, 53 bits, base 36). */
export function anchorOf(node: Pick<ClauseNode, 'title' | 'text'>): string {
  const s = `${node.title ?? ''}\u0000${node.text}`;
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619) >>> 0;
    h2 = Math.imul(h2 ^ c, 2246822519) >>> 0;
  }
  return ((h2 & 0x1fffff) * 0x100000000 + h1).toString(36);
}

export interface CorrectionResult {
  applied: number;
  warnings: PolicyWarning[];
  /** positions in the corrections list of those that did not apply */
  unmatched: number[];
}

function clone(nodes: ClauseNode[]): ClauseNode[] {
  return nodes.map((n) => ({ ...n, children: clone(n.children) }));
}

function walk(
  nodes: ClauseNode[],
  visit: (n: ClauseNode, parent: ClauseNode | null) => void,
  parent: ClauseNode | null = null,
) {
  for (const n of nodes) {
    visit(n, parent);
    walk(n.children, visit, n);
  }
}

/** The clause an anchor names; among several with the same text, the one at the recorded path. */
function find(
  tree: ClauseNode[],
  anchor: string,
  path: string,
): { node: ClauseNode; parent: ClauseNode | null } | null {
  const hits: { node: ClauseNode; parent: ClauseNode | null }[] = [];
  walk(tree, (node, parent) => {
    if (anchorOf(node) === anchor) hits.push({ node, parent });
  });
  return hits.find((h) => h.node.path === path) ?? hits[0] ?? null;
}

/** Paths and depths of a moved clause and everything under it, from its new place. */
function renumber(node: ClauseNode, parentPath: string, depth: number, siblings: ClauseNode[]): void {
  const own = node.path.slice(node.path.lastIndexOf('/') + 1).replace(/#\d+$/, '');
  let seg = own;
  for (
    let k = 2;
    siblings.some((s) => s !== node && s.path === (parentPath ? `${parentPath}/${seg}` : seg));
    k++
  )
    seg = `${own}#${k}`;
  node.path = parentPath ? `${parentPath}/${seg}` : seg;
  node.depth = depth;
  for (const c of node.children) renumber(c, node.path, depth + 1, node.children);
}

/** A correction of the previous version that no longer applies: `what` it corrected names the message. */
const unmatched = (
  what: 'clause' | 'parent' | 'role' | 'actor' | 'level' | 'axis',
  params: Record<string, string>,
): PolicyWarning => {
  const key = `policy.warning.correction_unmatched_${what}`;
  return { code: 'policy.correction_unmatched', key, params, message: warningText(key, params) };
};

/** Clause corrections: a heading's title, a clause's parent (its level follows). Returns a new tree. */
export function correctTree(
  tree: ClauseNode[],
  corrections: PolicyCorrection[],
): { tree: ClauseNode[]; result: CorrectionResult } {
  let out = clone(tree);
  const result: CorrectionResult = { applied: 0, warnings: [], unmatched: [] };
  for (const [at, c] of corrections.entries()) {
    if (c.kind !== 'clause') continue;
    const hit = find(out, c.anchor, c.path);
    if (!hit) {
      result.warnings.push({ ...unmatched('clause', { path: c.path }), path: c.path });
      result.unmatched.push(at);
      continue;
    }
    const { node } = hit;
    if (c.title === null) delete node.title;
    else if (c.title !== undefined) node.title = c.title;
    if (c.parent !== undefined) {
      const target = c.parent === null ? null : find(out, c.parent.anchor, c.parent.path);
      if (
        c.parent !== null &&
        (!target || target.node === node || target.node.path.startsWith(`${node.path}/`))
      ) {
        result.warnings.push({ ...unmatched('parent', { path: c.path }), path: c.path });
        result.unmatched.push(at);
        continue;
      }
      const from = hit.parent ? hit.parent.children : out;
      const was = from.indexOf(node);
      if (was >= 0) from.splice(was, 1);
      const into = target ? target.node.children : out;
      // The clause keeps its place in document order among its new siblings.
      const pos = into.findIndex((s) => s.span[0] > node.span[0]);
      into.splice(pos < 0 ? into.length : pos, 0, node);
      renumber(node, target ? target.node.path : '', target ? target.node.depth + 1 : 1, into);
      out = [...out];
    }
    result.applied++;
  }
  return { tree: out, result };
}

/** The clause list in document order, as the tree now stands. */
export function summaries(tree: ClauseNode[]): ClauseSummary[] {
  const out: ClauseSummary[] = [];
  walk(tree, (n) =>
    out.push({ path: n.path, depth: n.depth, label: n.label, ...(n.title ? { title: n.title } : {}) }),
  );
  return out;
}

/** Role corrections: post, tier and short names, by the role's name or one of its aliases. */
export function correctRoles(roles: Role[], corrections: PolicyCorrection[], result: CorrectionResult): void {
  for (const [at, c] of corrections.entries()) {
    if (c.kind !== 'role') continue;
    const role = roles.find((r) => r.name === c.name || r.aliases?.includes(c.name));
    if (!role) {
      result.warnings.push(unmatched('role', { role: c.name }));
      result.unmatched.push(at);
      continue;
    }
    if (c.post === null) delete role.post;
    else if (c.post !== undefined) role.post = c.post;
    if (c.tier !== undefined) role.tier = c.tier;
    if (c.aliases !== undefined) role.aliases = c.aliases.filter((a) => a !== role.name);
    result.applied++;
  }
}

/** Actor corrections: who must act in one sentence of a clause whose text is unchanged. */
export function correctActors(
  obligations: Obligation[],
  tree: ClauseNode[],
  corrections: PolicyCorrection[],
  result: CorrectionResult,
): void {
  for (const [at, c] of corrections.entries()) {
    if (c.kind !== 'actor') continue;
    const hit = find(tree, c.anchor, c.path);
    const ob = hit ? obligations.find((o) => o.path === hit.node.path && o.text === c.sentence) : undefined;
    if (!ob) {
      result.warnings.push({ ...unmatched('actor', { sentence: c.sentence.slice(0, 20) }), path: c.path });
      result.unmatched.push(at);
      continue;
    }
    if (c.actors) {
      ob.actors = [...c.actors];
      ob.actorFrom = 'corrected';
    }
    if (c.modality) ob.modality = c.modality;
    if (c.approver) {
      if (c.approver.length) ob.approver = [...c.approver];
      else delete ob.approver;
      delete ob.approverByLevel;
      delete ob.approvalsByAct;
    }
    result.applied++;
  }
}

/** Classification corrections: a level's place in the order or its definition, an added or removed level, an axis renamed. */
export function correctClassification(
  scheme: Classification | null,
  corrections: PolicyCorrection[],
  result: CorrectionResult,
  /** filled with each renamed axis: its new name → the name the text writes */
  renamed?: Map<string, string>,
): Classification | null {
  let out = scheme;
  for (const [at, c] of corrections.entries()) {
    if (c.kind === 'axis') {
      if (!out?.axes.includes(c.axis)) {
        result.warnings.push(unmatched('axis', { axis: c.axis }));
        result.unmatched.push(at);
        continue;
      }
      const from = c.axis;
      out.axes = [...new Set(out.axes.map((a) => (a === from ? c.name : a)))];
      out.levels = out.levels.map((l) => (l.axis === from ? { ...l, axis: c.name } : l));
      // The text still writes the old name: obligations are read with it (see `withAxesAsWritten`).
      renamed?.set(c.name, renamed.get(from) ?? from);
      if (renamed && c.name !== from) renamed.delete(from);
      result.applied++;
      continue;
    }
    if (c.kind !== 'level') continue;
    out ??= { axes: [], levels: [], path: '' };
    const i = out.levels.findIndex((l) => l.axis === c.axis && l.label === c.label);
    if (c.remove) {
      if (i < 0) {
        result.warnings.push(unmatched('level', { level: `${c.axis}${c.label}` }));
        result.unmatched.push(at);
        continue;
      }
      out.levels.splice(i, 1);
    } else if (i < 0) {
      out.levels.push({
        axis: c.axis,
        label: c.label,
        rank: c.rank ?? 99,
        ...(c.definition ? { definition: c.definition } : {}),
      });
    } else {
      if (c.definition !== undefined) out.levels[i].definition = c.definition;
      if (c.rank !== undefined) {
        // The level moves to that place in its axis; the others keep their order around it.
        const level = out.levels[i];
        const own = out.levels
          .filter((l) => l.axis === c.axis && l !== level)
          .sort((a, b) => a.rank - b.rank);
        own.splice(Math.max(0, Math.min(own.length, c.rank - 1)), 0, level);
        own.forEach((l, k) => {
          l.rank = k + 1;
        });
      }
    }
    // Ranks stay 1, 2, 3 … per axis, the levels listed axis by axis in rank order.
    const all = out.levels;
    const axes = [...new Set(all.map((l) => l.axis))];
    out.levels = axes.flatMap((axis) =>
      all
        .filter((l) => l.axis === axis)
        .sort((a, b) => a.rank - b.rank)
        .map((l, k) => ({ ...l, rank: k + 1 })),
    );
    out.axes = axes;
    result.applied++;
  }
  return out;
}

/** The scheme with renamed axes under the names the text writes, to find the levels a sentence names. */
export function withAxesAsWritten(scheme: Classification, renamed: Map<string, string>): Classification {
  const written = (a: string) => renamed.get(a) ?? a;
  return {
    ...scheme,
    axes: scheme.axes.map(written),
    levels: scheme.levels.map((l) => ({ ...l, axis: written(l.axis) })),
  };
}

/** Level names in obligations (levels, approvers by level) as read from the text → under the renamed axes. */
export function renameObligationLevels(
  obligations: Obligation[],
  scheme: Classification,
  renamed: Map<string, string>,
): void {
  const names = new Map<string, string>();
  for (const l of scheme.levels) {
    const written = renamed.get(l.axis);
    if (written !== undefined) names.set(levelName({ axis: written, label: l.label }), levelName(l));
  }
  const rename = (n: string) => names.get(n) ?? n;
  for (const ob of obligations) {
    if (ob.levels) ob.levels = ob.levels.map(rename);
    if (ob.approverByLevel)
      ob.approverByLevel = Object.fromEntries(
        Object.entries(ob.approverByLevel).map(([level, roles]) => [rename(level), roles]),
      );
    for (const act of ob.approvalsByAct ?? [])
      act.approverByLevel = Object.fromEntries(
        Object.entries(act.approverByLevel).map(([level, roles]) => [rename(level), roles]),
      );
  }
}
