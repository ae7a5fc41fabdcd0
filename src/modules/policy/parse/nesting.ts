/**
 * Where a numbered line goes in the tree. The document's own hierarchy decides: a style seen for
 * the first time under the open clause becomes its child; a style already open closes the levels
 * below it; a list number that continues a closed list goes back to that list; an order the
 * document has already shown (① under (1)) is kept when it skips a level. Only the structure of
 * 例規 (編 > 章 > 節 > 款 > 条 > 項) uses the table's fixed ranks.
 */
import type { Marker } from './markers.ts';
import { IROHA_ORDER, styleOf } from './styles.ts';

/** The part of a clause that placement needs. */
export interface Placed {
  marker: Marker;
  children: Placed[];
  /** the kana items under this clause count イ, ロ, ハ … */
  iroha?: boolean;
}

export interface Placement {
  /** how many open levels remain (the new clause becomes a child of the last of them) */
  keep: number;
  /** why, in Japanese (shown by the explain command) */
  reason: string;
  /** the number as the list reads it (イロハ lists count イ as 1) */
  number: number;
  /** the clause starts an イロハ list */
  iroha?: boolean;
}

/** Key under which a style nests: compound numbers nest by their number of parts. */
export function nestKey(m: Marker): string {
  return m.parts ? `${m.style}:${m.parts.length}` : m.style;
}

/** Pairs (upper → lower) of styles the document has shown nested; learned while the tree is built. */
export class NestingMemory {
  private readonly below = new Map<string, Set<string>>();

  /** Records that `lower` was placed under `upper`. */
  learn(upper: Marker, lower: Marker): void {
    const u = nestKey(upper);
    const l = nestKey(lower);
    if (u === l) return;
    const set = this.below.get(u) ?? new Set<string>();
    set.add(l);
    this.below.set(u, set);
  }

  /** True when the document has put `lower` under `upper` and never the reverse. */
  above(upper: string, lower: string): boolean {
    return !!this.below.get(upper)?.has(lower) && !this.below.get(lower)?.has(upper);
  }
}

const same = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const ARTICLE_LIKE = new Set(['article', 'article-bare', 'supplementary']);
const HEADING_NUMBERS = new Set([
  'hen',
  'chapter',
  'section',
  'article-bare',
  'article',
  'arabic',
  'arabic-dot',
]);

function structural(stack: Placed[], m: Marker): Placement {
  const rank = styleOf(m.style).rank;
  let higher = -1;
  let level = -1;
  for (let i = stack.length - 1; i >= 0; i--) {
    const s = styleOf(stack[i].marker.style);
    if (s.kind !== 'structure') continue;
    if (s.rank < rank && higher < 0) higher = i;
    if (s.rank === rank && level < 0) level = i;
  }
  if (level > higher)
    return { keep: level, reason: `同じ階層の「${stack[level].marker.label}」の次`, number: m.number };
  const parent = stack[higher];
  return {
    keep: higher + 1,
    reason: parent ? `「${parent.marker.label}」の中（章・節・条の順）` : '最上位（章・節・条の順）',
    number: m.number,
  };
}

/** A compound number (2-4-1) goes under the open clause numbered by its parts before the last (2-4). */
function compound(stack: Placed[], m: Marker): Placement | null {
  const parts = m.parts ?? [];
  const prefix = parts.slice(0, -1);
  for (let i = stack.length - 1; i >= 0; i--) {
    const n = stack[i].marker;
    if (n.parts && same(n.parts, prefix))
      return { keep: i + 1, reason: `番号の上位「${n.label}」の中`, number: m.number };
    if (n.parts && n.parts.length === parts.length && same(n.parts.slice(0, -1), prefix))
      return { keep: i, reason: `同じ上位の「${n.label}」の次`, number: m.number };
  }
  if (prefix.length === 1) {
    for (let i = stack.length - 1; i >= 0; i--) {
      const n = stack[i].marker;
      if (!n.parts && n.number === prefix[0] && HEADING_NUMBERS.has(n.style))
        return { keep: i + 1, reason: `番号の上位「${n.label}」の中`, number: m.number };
    }
  }
  // 7-1 after 6-7 (and its 6-7-3): the first number of the next upper number is the open one's sibling,
  // not a new list inside the deepest open clause.
  if (m.number === 1 && prefix.length > 0) {
    for (let i = stack.length - 1; i >= 0; i--) {
      const n = stack[i].marker;
      if (n.style !== m.style || n.parts?.length !== parts.length) continue;
      if (follows(n.parts.slice(0, -1), prefix))
        return { keep: i, reason: `上位の番号が「${n.label}」の次に進むため、その次`, number: m.number };
      break;
    }
  }
  return null;
}

/** True when `next` is `prev` with its last part one higher (6 → 7, 2-3 → 2-4). */
function follows(prev: number[], next: number[]): boolean {
  const k = next.length - 1;
  return prev.length === next.length && same(prev.slice(0, k), next.slice(0, k)) && next[k] === prev[k] + 1;
}

/** The number of a kana item in its list: イロハ lists count イ, ロ, ハ. */
function kanaNumber(m: Marker, iroha: boolean): number {
  return iroha ? IROHA_ORDER.indexOf(m.label) + 1 : m.number;
}

/** Decides where `m` goes, given the open clauses (outermost first). */
export function place(stack: Placed[], m: Marker, memory: NestingMemory): Placement {
  const style = styleOf(m.style);
  if (style.kind === 'top') return { keep: 0, reason: '附則・別表は常に最上位', number: m.number };
  if (style.kind === 'structure') return structural(stack, m);
  if (style.kind === 'compound') {
    const c = compound(stack, m);
    if (c) return c;
  }
  const key = nestKey(m);
  let open = -1;
  for (let i = stack.length - 1; i >= 0 && open < 0; i--) if (nestKey(stack[i].marker) === key) open = i;

  if (open >= 0) {
    const parent = stack[open - 1];
    const iroha = m.style === 'kana' && !!parent?.iroha;
    const number = m.style === 'kana' ? kanaNumber(m, iroha) : m.number;
    // A list that restarts at 1 under a deeper open item is nested, not a sibling.
    const prev = m.style === 'kana' ? kanaNumber(stack[open].marker, iroha) : stack[open].marker.number;
    if (number === 1 && prev >= 1 && open < stack.length - 1 && m.style !== 'bullet') {
      return {
        keep: stack.length,
        reason: `番号が1に戻るため「${stack[stack.length - 1].marker.label}」の中の新しい列挙`,
        number,
      };
    }
    return { keep: open, reason: `同じ番号形式の「${stack[open].marker.label}」の次`, number };
  }

  // A 項 number (2, 3 …) after a 号 list goes back to its article: the article's first paragraph is 項 1.
  if (style.kind === 'paragraph' && m.number >= 2) {
    for (let i = stack.length - 1; i >= 0; i--) {
      const n = stack[i];
      if (!ARTICLE_LIKE.has(n.marker.style)) {
        if (styleOf(n.marker.style).rank <= style.rank) break;
        continue;
      }
      if (!n.children.some((c) => c.marker.style === m.style))
        return {
          keep: i + 1,
          reason: `「${n.marker.label}」の第${m.number}項（号の列挙の後）`,
          number: m.number,
        };
      break;
    }
  }

  // An order the document has already shown: this style sits above an open one (a level was skipped).
  for (let j = 0; j < stack.length; j++) {
    if (memory.above(key, nestKey(stack[j].marker))) {
      const parent = stack[j - 1];
      return {
        keep: j,
        reason: `文書中で「${m.label}」形式は「${stack[j].marker.label}」形式より上位のため${parent ? `「${parent.marker.label}」の中` : '最上位'}`,
        number: m.number,
      };
    }
  }

  // A list that continues (n after n-1) returns to the clause holding n-1.
  const iroha = m.style === 'kana' && m.label === 'イ';
  if (m.number > 1 && !iroha) {
    for (let i = stack.length - 1; i >= 0; i--) {
      const prev = [...stack[i].children].reverse().find((c) => nestKey(c.marker) === key);
      if (prev && prev.marker.number === m.number - 1)
        return {
          keep: i + 1,
          reason: `「${prev.marker.label}」の続き`,
          number: m.number,
        };
    }
  }
  // A list never starts at 2: a first 「②」 (or 2 of any style) after a 号 list is the article's second
  // 項, its first 項 being the unlabelled text (項 numbered ②③ as some 例規 write them).
  if (m.number === 2 && !iroha) {
    for (let i = stack.length - 1; i >= 0; i--) {
      const n = stack[i];
      if (!ARTICLE_LIKE.has(n.marker.style)) continue;
      if (i < stack.length - 1 && !n.children.some((c) => nestKey(c.marker) === key))
        return { keep: i + 1, reason: `「${n.marker.label}」の第2項（号の列挙の後）`, number: m.number };
      break;
    }
  }
  const top = stack[stack.length - 1];
  return {
    keep: stack.length,
    reason: top ? `「${top.marker.label}」の中で初めての「${m.label}」形式` : '最上位',
    number: iroha ? 1 : m.number,
    ...(iroha ? { iroha } : {}),
  };
}
