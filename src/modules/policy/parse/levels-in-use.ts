/**
 * The levels a text's rules use for its information assets, where it defines no scheme of its own (the scheme is
 * set in another document): 「機密性３の情報資産」「機密性２以上の情報」「重要度Ａ及び重要度Ｂの情報」. An axis is
 * proposed only where what is used is a full run of one kind of symbol down to the end of the scale the symbols
 * count from (３／２／１, Ａ／Ｂ／Ｃ, Ⅰ／Ⅱ／Ⅲ, with 2A/2B as one step): two levels or more, no gap, nothing else.
 */
import type { ClassificationLevel, ClauseNode } from '../types.ts';
import { LETTER } from './levels-order.ts';

/** A level written with its axis and symbol, not part of a longer word or symbol. */
const USED = new RegExp(
  `(?<![\\u4e00-\\u9fff])(機密性|完全性|可用性|重要性分類|重要性|重要度)((?:[0-9]+[A-Z]?|[IVX]+|${LETTER}))(?![0-9A-Za-z])`,
  'g',
);
/** What a level is used for right after it: assets, information, systems, or a range of levels. */
const FOR_ASSETS =
  /^(?:(?:の|に該当する|に当たる|に分類される|に格付けされた)(?:情報|資産|文書|データ|電磁的記録|記録|媒体|システム|情報システム|もの)|以上|以下|又は|及び|、|・)/;

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];
const LETTERS = 'ABCDEF';
/** Grades some bodies set above A, highest first: AAA, AA, SSS, SS, S. */
const ABOVE_A = ['AAA', 'AA', 'SSS', 'SS', 'S'];
/** Letter grades from the top: the grades above A (at most one of each kind), then A, B, C … in order. */
function letterOrder(symbols: string[]): string[] | null {
  const above = ABOVE_A.filter((s) => symbols.includes(s));
  const run = symbols.filter((s) => !above.includes(s));
  if (!run.every((s) => /^[A-F]$/.test(s)) || !run.every((s) => LETTERS.indexOf(s) < run.length)) return null;
  // AA over A, S over A; not AA beside SS (two scales).
  if (above.length > 1 && !above.every((s) => s[0] === above[0][0])) return null;
  return [...above, ...run.sort()];
}

/** Whether the symbols of one axis are a full run of one kind: 1…n (each step plain or lettered), A…, I…. */
function fullRun(symbols: string[]): boolean {
  if (symbols.length < 2 || symbols.length > 6) return false;
  if (symbols.every((s) => /^[0-9]+[A-Z]?$/.test(s))) {
    const steps = new Map<number, string[]>();
    for (const s of symbols) {
      const n = Number.parseInt(s, 10);
      steps.set(n, [...(steps.get(n) ?? []), s.replace(/^[0-9]+/, '')]);
    }
    const max = Math.max(...steps.keys());
    if (max < 2 || steps.size !== max) return false;
    // A step written both plain and lettered (機密性２ beside 機密性２Ａ) is not one scale.
    return [...steps.values()].every((s) => s.length === 1 || s.every((x) => x !== ''));
  }
  if (symbols.every((s) => ROMAN.includes(s))) return symbols.every((s) => ROMAN.indexOf(s) < symbols.length);
  return letterOrder(symbols) !== null;
}

/** The levels in use, each axis a full run; none where any axis used is not. */
export function levelsInUse(nodes: ClauseNode[]): { levels: ClassificationLevel[]; path: string } | null {
  const byAxis = new Map<string, Set<string>>();
  let path: string | null = null;
  for (const node of nodes) {
    // Every axis USED names is written with 性 or 度.
    if (!node.text.includes('性') && !node.text.includes('度')) continue;
    for (const m of node.text.matchAll(USED)) {
      if (!FOR_ASSETS.test(node.text.slice(m.index + m[0].length))) continue;
      if (!byAxis.has(m[1])) byAxis.set(m[1], new Set());
      byAxis.get(m[1])?.add(m[2]);
      path ??= node.path;
    }
  }
  if (!path || byAxis.size === 0) return null;
  const levels: ClassificationLevel[] = [];
  for (const [axis, used] of byAxis) {
    const written = [...used];
    if (!fullRun(written)) return null;
    // Letters are ranked by the text's order: put them in the order of the grades.
    const symbols = letterOrder(written) ?? written;
    levels.push(...symbols.map((label) => ({ axis, label, rank: 0 })));
  }
  return { levels, path };
}
