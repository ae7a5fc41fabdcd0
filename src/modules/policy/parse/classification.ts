/**
 * The classification scheme: axes (重要性, or 機密性/完全性/可用性 …), levels in order with their
 * definitions, and who may designate a level. Null when the text defines none.
 */
import type { Classification, ClassificationLevel, ClauseNode } from '../types.ts';
import type { ActorMatcher } from './actors.ts';
import { flatten } from './clauses.ts';
import { splitSentences } from './sentences.ts';

const AXES = ['自治体機密性', '機密性', '完全性', '可用性', '重要性', '重要度'];
const LEVEL_LABEL = /^(自治体機密性|機密性|完全性|可用性|重要性|重要度)\s*([IVX]+|[0-9]+[A-Z]?|[A-Z])$/;
const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6 };

/** Ordering key of a level label: roman numerals count down (I is highest), digits count up (3 is highest). */
function strength(label: string): number {
  if (label in ROMAN) return -ROMAN[label];
  const m = /^(\d+)([A-Z]?)$/.exec(label);
  if (m) return Number(m[1]) * 10 - (m[2] ? m[2].charCodeAt(0) - 64 : 0);
  return 0;
}

function levelsFromTables(node: ClauseNode): ClassificationLevel[] {
  const levels: ClassificationLevel[] = [];
  for (const table of node.tables ?? []) {
    for (const row of table) {
      const m = LEVEL_LABEL.exec(row[0]?.trim() ?? '');
      if (m) levels.push({ axis: m[1], label: m[2], rank: 0, definition: row.slice(1).join(' ').trim() });
    }
  }
  return levels;
}

function levelsFromItems(node: ClauseNode): ClassificationLevel[] {
  const levels: ClassificationLevel[] = [];
  for (const child of node.children) {
    const head = (child.title ?? child.text.split(/[\s:：]/)[0]).trim();
    const m = LEVEL_LABEL.exec(head);
    if (m)
      levels.push({
        axis: m[1],
        label: m[2],
        rank: 0,
        definition: child.title ? child.text : child.text.slice(head.length).trim(),
      });
  }
  return levels;
}

function rankLevels(levels: ClassificationLevel[]): ClassificationLevel[] {
  const byAxis = new Map<string, ClassificationLevel[]>();
  for (const l of levels) byAxis.set(l.axis, [...(byAxis.get(l.axis) ?? []), l]);
  const out: ClassificationLevel[] = [];
  for (const list of byAxis.values()) {
    const sorted = [...list].sort((a, b) => strength(b.label) - strength(a.label));
    for (const [i, l] of sorted.entries()) out.push({ ...l, rank: i + 1 });
  }
  return out;
}

/** Axes named by a sentence that says assets are classified (…に応じて分類). */
function axesInSentence(s: string): string[] {
  if (!/分類/.test(s)) return [];
  return AXES.filter(
    (a) =>
      s.includes(a) &&
      !(a === '機密性' && s.includes('自治体機密性') && !s.replace(/自治体機密性/g, '').includes('機密性')),
  );
}

export interface ClassificationResult {
  classification: Classification | null;
  /** true when the text names axes but defines no levels */
  levelsMissing: boolean;
  /** the text refers to a scheme defined elsewhere (基本方針 …) */
  externalRef?: string;
}

/** Finds the scheme; see file comment. `matcher` resolves who may designate a level. */
export function findClassification(tree: ClauseNode[], matcher: ActorMatcher): ClassificationResult {
  const nodes = flatten(tree);
  for (const node of nodes) {
    const levels = [...levelsFromTables(node), ...levelsFromItems(node)];
    if (levels.length < 2) continue;
    const ranked = rankLevels(levels);
    const designators = new Set<string>();
    const roleRe = matcher.pattern ? new RegExp(matcher.pattern, 'g') : null;
    for (const l of ranked) {
      const m = /^(.*?)が(?:必要と認め|指定|判断)/.exec(l.definition ?? '');
      if (!m || !roleRe) continue;
      for (const r of m[1].matchAll(roleRe)) {
        const name = matcher.resolve(r[0]);
        if (name) designators.add(name);
      }
    }
    return {
      classification: {
        axes: [...new Set(ranked.map((l) => l.axis))],
        levels: ranked,
        ...(designators.size > 0 ? { designators: [...designators] } : {}),
        path: node.path,
      },
      levelsMissing: false,
    };
  }
  for (const node of nodes) {
    for (const s of splitSentences(node.text)) {
      const axes = axesInSentence(s);
      if (axes.length === 0) continue;
      // 「機密性、完全性及び可用性により重要性に応じて分類」: the three axes are the criteria.
      const named = axes.length > 1 ? axes.filter((a) => a !== '重要性' && a !== '重要度') : axes;
      return { classification: { axes: named, levels: [], path: node.path }, levelsMissing: true };
    }
  }
  for (const node of nodes) {
    const m = /(基本方針|[^、。]*?規程)に(?:従い|基づき|より)分類/.exec(node.text);
    if (m) return { classification: null, levelsMissing: false, externalRef: m[1] };
  }
  return { classification: null, levelsMissing: false };
}
