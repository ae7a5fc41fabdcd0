/** Turns the raw tree into `ClauseNode`s: decides headings, builds texts and stable paths. */
import type { NormalizedLine } from '../text/normalize.ts';
import type { ClauseNode } from '../types.ts';
import { KANA_ORDER, parseMarker } from './markers.ts';
import type { RawNode } from './tree.ts';
import type { Issue } from './warnings.ts';

/** Text that can be a heading: short and not a finished sentence. */
function headingLike(rest: string): boolean {
  if (rest === '' || rest.length > 80) return false;
  const bare = rest.replace(/\([^()]*\)|「[^「」]*」/g, '');
  return !/[。]$/.test(rest) && !/[。]/.test(bare) && !/(?:こと|もの|する|いう)$/.test(bare);
}

function decideHeadings(nodes: RawNode[], headings: Set<RawNode>): void {
  for (const n of nodes) {
    const isArticle = n.marker.style === 'article' || n.marker.style === 'article-bare';
    const structural = ['hen', 'chapter', 'section', 'subsection', 'appendix'].includes(n.marker.style);
    if (structural && n.marker.rest !== '') headings.add(n);
    else if (!isArticle && headingLike(n.marker.rest) && (n.body.length > 0 || n.children.length > 0))
      headings.add(n);
    else if (isArticle && headingLike(n.marker.rest) && n.body.length === 0 && n.children.length > 0)
      headings.add(n);
  }
  // A clause without body among headed siblings is an empty heading, not a list item.
  for (const n of nodes) {
    if (headings.has(n) || !headingLike(n.marker.rest) || n.body.length > 0 || n.children.length > 0)
      continue;
    const siblings = nodes.filter((s) => s !== n && s.marker.style === n.marker.style);
    if (siblings.length > 0 && siblings.filter((s) => headings.has(s)).length * 2 > siblings.length)
      headings.add(n);
  }
  for (const n of nodes) decideHeadings(n.children, headings);
}

function joinText(lines: NormalizedLine[]): string {
  return lines.map((l) => l.text).join('\n');
}

function labelOf(n: RawNode): string {
  const q = n.marker.qualifier ? `(${n.marker.qualifier})` : '';
  return n.marker.label + q;
}

function checkNumbering(parent: string, parentHasText: boolean, nodes: RawNode[], issues: Issue[]): void {
  const byStyle = new Map<string, RawNode[]>();
  for (const n of nodes)
    if (n.marker.number > 0) byStyle.set(n.marker.style, [...(byStyle.get(n.marker.style) ?? []), n]);
  const name = (style: string, k: number) =>
    style.startsWith('kana')
      ? KANA_ORDER[k - 1]
      : style.startsWith('latin')
        ? String.fromCharCode(96 + k)
        : String(k);
  for (const [style, list] of byStyle) {
    // In an article, the unnumbered first paragraph is paragraph 1: numbering starts at 2.
    let expected = style === 'arabic' && parentHasText ? 2 : 1;
    for (const n of list) {
      if (n.marker.number > expected) {
        const from = name(style, expected);
        const to = name(style, n.marker.number - 1);
        const missing = from === to ? from : `${from}〜${to}`;
        issues.push({
          code: 'policy.numbering_gap',
          message: `${parent || '文書の最上位'}で番号「${missing}」が抜けています（「${n.marker.label}」の前）。`,
          node: n,
        });
      }
      expected = n.marker.number + 1;
    }
  }
}

interface Built {
  nodes: ClauseNode[];
  byRaw: Map<RawNode, ClauseNode>;
}

/** Converts raw nodes into clause nodes with paths like `第2章/2./(2)/⑦`. */
export function finalizeTree(roots: RawNode[], original: string, issues: Issue[]): Built {
  const headings = new Set<RawNode>();
  decideHeadings(roots, headings);
  const byRaw = new Map<RawNode, ClauseNode>();

  const build = (
    nodes: RawNode[],
    parentPath: string,
    depth: number,
    parentHasText: boolean,
  ): ClauseNode[] => {
    checkNumbering(parentPath, parentHasText, nodes, issues);
    const used = new Map<string, number>();
    let bullet = 0;
    return nodes.map((n) => {
      let seg = labelOf(n);
      if (n.marker.style === 'bullet') seg = `・${++bullet}`;
      const seen = (used.get(seg) ?? 0) + 1;
      used.set(seg, seen);
      if (seen > 1) seg = `${seg}#${seen}`;
      const path = parentPath ? `${parentPath}/${seg}` : seg;
      const heading = headings.has(n);
      const title = n.caption ?? (heading ? n.marker.rest : undefined);
      const ownLines = n.body.filter((l) => !l.text.includes('\t'));
      const rest =
        n.marker.rest === '' ? '' : (parseMarker(n.headLines[n.headLines.length - 1].text)?.rest ?? '');
      const parts = [heading ? '' : rest, joinText(ownLines)].filter((t) => t !== '');
      const all = [...n.headLines, ...n.body];
      const span: [number, number] = [
        Math.min(...all.map((l) => l.span[0])),
        Math.max(...all.map((l) => l.span[1])),
      ];
      const node: ClauseNode = {
        path,
        label: labelOf(n),
        style: n.marker.style,
        number: n.marker.number,
        depth,
        ...(title !== undefined ? { title } : {}),
        text: parts.join('\n'),
        original: original.slice(span[0], span[1]),
        span,
        children: [],
      };
      if (n.tables.length > 0)
        node.tables = n.tables.map((t) => t.map((l) => l.text.split('\t').map((c) => c.trim())));
      byRaw.set(n, node);
      node.children = build(n.children, path, depth + 1, node.text !== '');
      if (heading && n.body.length === 0 && n.children.length === 0) {
        issues.push({
          code: 'policy.empty_heading',
          message: `見出し「${path} ${title}」に本文がありません。`,
          node: n,
        });
      }
      const introducesList =
        node.text === '' || /(?:次の|以下の|次に掲げる|下記の?)[^。]*。?$|[:：]$/.test(node.text);
      const plain = node.children.every((c) => c.title === undefined && c.children.length === 0);
      if (node.children.length > 0 && plain && introducesList) {
        node.list = node.children.map((c) => c.text);
      }
      return node;
    });
  };
  return { nodes: build(roots, '', 1, false), byRaw };
}
