/**
 * Builds the clause tree. Nesting follows the document's own hierarchy: a numbering style seen
 * for the first time under the open clause becomes its child; a style already open higher up
 * closes the levels below it and starts a sibling. 附則 and 別表 always start at the top.
 */
import type { NormalizedLine } from '../text/normalize.ts';
import type { MarkerStyle } from '../types.ts';
import { type Marker, parseCaption, parseMarker } from './markers.ts';
import type { Issue } from './warnings.ts';

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
}

export interface RawTree {
  roots: RawNode[];
  preamble: NormalizedLine[];
  issues: Issue[];
}

const ALWAYS_TOP: MarkerStyle[] = ['supplementary', 'appendix'];
/** Structural levels whose relative order is fixed by the conventions of 例規. */
const STRUCTURAL: MarkerStyle[] = ['hen', 'chapter', 'section', 'subsection', 'article', 'article-bare'];

function lastIndexOf(stack: RawNode[], pred: (n: RawNode) => boolean): number {
  for (let i = stack.length - 1; i >= 0; i--) if (pred(stack[i])) return i;
  return -1;
}

/** How many open levels remain once `marker` arrives (the new node becomes a child of the last). */
function keepDepth(stack: RawNode[], marker: Marker): number {
  if (ALWAYS_TOP.includes(marker.style)) return 0;
  const rank = STRUCTURAL.indexOf(marker.style);
  if (rank >= 0) {
    // A chapter closes everything below an open chapter; a section closes open sections and articles.
    const higher = lastIndexOf(stack, (n) => {
      const r = STRUCTURAL.indexOf(n.marker.style);
      return r >= 0 && r < rank;
    });
    const same = lastIndexOf(stack, (n) => n.marker.style === marker.style);
    if (same > higher) return same;
    return higher + 1;
  }
  const same = lastIndexOf(stack, (n) => n.marker.style === marker.style);
  if (same < 0) return stack.length;
  // A list that restarts at 1 under an open item of the same style is nested, not a sibling.
  const restart = marker.number === 1 && stack[same].marker.number >= 1 && same < stack.length - 1;
  if (restart && marker.style !== 'bullet') return stack.length;
  return same;
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
  issues.push({
    code: 'policy.glued_heading',
    message: `見出し「${tail}」が前の文の末尾に付いていたため、前の文から除きました。`,
    node,
  });
}

/** Builds the raw tree from normalized lines (TOC lines already removed). */
export function buildRawTree(lines: NormalizedLine[]): RawTree {
  const roots: RawNode[] = [];
  const preamble: NormalizedLine[] = [];
  const issues: Issue[] = [];
  let stack: RawNode[] = [];
  let caption: { text: string; line: NormalizedLine } | null = null;
  let lastNode: RawNode | undefined;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const cap = parseCaption(line.text);
    if (cap) {
      const next = lines[i + 1] ? parseMarker(lines[i + 1].text) : null;
      if (next && (next.style === 'article' || next.style === 'article-bare')) {
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
    stack = stack.slice(0, keepDepth(stack, marker));
    const parent = stack[stack.length - 1] ?? null;
    const node: RawNode = {
      marker,
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
