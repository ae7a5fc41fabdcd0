/**
 * Builds the clause tree from normalized lines: captions attach to the article below them (or to a
 * number that stands as one), tables
 * and body lines to the open clause, and each numbered line goes where `place` (nesting.ts) says.
 */
import type { NormalizedLine } from '../text/normalize.ts';
import { type Marker, parseCaption, parseMarker } from './markers.ts';
import { NestingMemory, place } from './nesting.ts';
import { type Issue, makeIssue } from './warnings.ts';

/** A clause while it is being built: lines still separate, title not decided yet. */
export interface RawNode {
  marker: Marker;
  caption?: string;
  /** caption line and marker line */
  headLines: NormalizedLine[];
  body: NormalizedLine[];
  tables: NormalizedLine[][];
  children: RawNode[];
  parent: RawNode | null;
  /** why the clause sits where it does (explain output) */
  reason: string;
  /** the kana items under this clause count イ, ロ, ハ */
  iroha?: boolean;
}

export interface RawTree {
  roots: RawNode[];
  preamble: NormalizedLine[];
  issues: Issue[];
}

/** A sentence fragment glued after the last 。 of `line` that repeats the next heading. */
function stripGluedHeading(node: RawNode | undefined, marker: Marker, issues: Issue[]): void {
  if (!node) return;
  const lines = node.body.length > 0 ? node.body : node.headLines;
  const last = lines[lines.length - 1];
  if (!last || marker.rest === '') return;
  const cut = last.text.lastIndexOf('。');
  if (cut < 0 || cut === last.text.length - 1) return;
  const tail = last.text.slice(cut + 1).trim();
  if (tail !== marker.rest) return;
  lines[lines.length - 1] = {
    text: last.text.slice(0, cut + 1),
    map: last.map.slice(0, cut + 1),
    span: last.span,
  };
  issues.push(makeIssue('policy.glued_heading', { heading: tail }, { node }));
}

const DIVISIONS = new Set(['part', 'hen', 'chapter', 'section', 'subsection']);

/**
 * Whether a number in the style of `next` would stand as the document's article: the open clause
 * is a 編/章/節/款 (or none), or a clause of that style right under one. Captioned items numbered
 * 「１」…「４５」 through a whole document under its chapters are its articles.
 */
function standsAsArticle(stack: RawNode[], next: Marker): boolean {
  // A number whose line is only a heading (「1 目的」) has a title of its own; the line above is not its caption.
  if (!/[、。]/.test(next.rest)) return false;
  const at = stack.findIndex((n) => n.marker.style === next.style);
  const above = stack[at < 0 ? stack.length - 1 : at - 1];
  return !above || DIVISIONS.has(above.marker.style);
}

/** Builds the raw tree from normalized lines (TOC lines already removed). */
export function buildRawTree(lines: NormalizedLine[]): RawTree {
  const roots: RawNode[] = [];
  const preamble: NormalizedLine[] = [];
  const issues: Issue[] = [];
  let stack: RawNode[] = [];
  let caption: { text: string; line: NormalizedLine } | null = null;
  let lastNode: RawNode | undefined;
  const memory = new NestingMemory();

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const cap = parseCaption(line.text);
    if (cap) {
      const next = lines[i + 1] ? parseMarker(lines[i + 1].text) : null;
      // A caption names the article below it, or a 項 of a 附則 (「(施行期日)」 over 「1 この規程は…」).
      const inSupplementary = stack[0]?.marker.style === 'supplementary' && next?.style === 'arabic';
      const asArticle = next?.style === 'arabic' && standsAsArticle(stack, next);
      if (
        next &&
        (next.style === 'article' || next.style === 'article-bare' || inSupplementary || asArticle)
      ) {
        caption = { text: cap, line };
        continue;
      }
    }
    const marker = parseMarker(line.text);
    const top = stack[stack.length - 1];
    if (!marker) {
      if (line.text.includes('\t') && top) {
        const table = top.tables[top.tables.length - 1];
        const prev = top.body[top.body.length - 1] ?? top.headLines[top.headLines.length - 1];
        // Consecutive tab-separated lines form one table.
        if (table && prev === table[table.length - 1]) table.push(line);
        else top.tables.push([line]);
        top.body.push(line);
      } else if (top) {
        top.body.push(line);
      } else {
        preamble.push(line);
      }
      continue;
    }
    stripGluedHeading(lastNode, marker, issues);
    const placed = place(stack, marker, memory);
    stack = stack.slice(0, placed.keep);
    const parent = stack[stack.length - 1] ?? null;
    if (placed.iroha && parent) parent.iroha = true;
    if (parent) memory.learn(parent.marker, marker);
    const node: RawNode = {
      marker: placed.number === marker.number ? marker : { ...marker, number: placed.number },
      reason: placed.reason,
      headLines: caption ? [caption.line, line] : [line],
      body: [],
      tables: [],
      children: [],
      parent,
      ...(caption ? { caption: caption.text } : {}),
    };
    caption = null;
    if (parent) parent.children.push(node);
    else roots.push(node);
    stack.push(node);
    lastNode = node;
  }
  return { roots, preamble, issues };
}
