/** Turns the raw tree into `ClauseNode`s: decides headings, builds texts and stable paths. */
import type { NormalizedLine } from '../text/normalize.ts';
import type { ClauseNode } from '../types.ts';
import { parseMarker } from './markers.ts';
import { IROHA_ORDER, nameOf } from './styles.ts';
import type { RawNode } from './tree.ts';
import { type Issue, lineOf, makeIssue } from './warnings.ts';

/** Text that can be a heading: short and not a finished sentence. */
function headingLike(rest: string): boolean {
  if (rest === '' || rest.length > 80) return false;
  const bare = rest.replace(/\([^()]*\)|「[^「」]*」/g, '');
  return !/[。]$/.test(rest) && !/[。]/.test(bare) && !/(?:こと|もの|する|いう)$/.test(bare);
}

/** A title on a label line: short, no comma, not ending in a particle that a sentence goes on from. */
function shortTitle(rest: string): boolean {
  return headingLike(rest) && rest.length <= 20 && !/[、,]/.test(rest) && !/[はがをにでともへ]$/.test(rest);
}

/**
 * A title standing on the line with its text (「1.目的 この基本方針は、…を目的とする。」): the short title, then
 * a space, then finished sentences that are not a definition of the title (「…をいう。」).
 */
function inlineTitle(rest: string): { title: string; text: string } | null {
  const m = /^([^\s、。]{1,20}) (\S.*。)$/.exec(rest);
  if (!m || !shortTitle(m[1]) || /をいう。$|をいい、/.test(m[2])) return null;
  return { title: m[1], text: m[2] };
}

/**
 * Items whose titles stand on the line with their text, when most of their numbered siblings are written so. Items
 * a lead introduces (「次の各号に掲げる区分に分類する。」 over 「一　機密性　次に掲げる区分とする。」) are a term and
 * what the lead says of it, not titles.
 */
function inlineTitled(
  nodes: RawNode[],
  headings: Set<RawNode>,
  out: Map<RawNode, { title: string; text: string }>,
  parent?: RawNode,
) {
  if (nodes.length === 0) return;
  if (leadsList(parent)) {
    for (const n of nodes) inlineTitled(n.children, headings, out, n);
    return;
  }
  const byStyle = new Map<string, RawNode[]>();
  for (const n of nodes) {
    if (headings.has(n) || n.caption || n.marker.number === 0) continue;
    const list = byStyle.get(n.marker.style);
    if (list) list.push(n);
    else byStyle.set(n.marker.style, [n]);
  }
  for (const list of byStyle.values()) {
    const found = list.map((n) => [n, inlineTitle(n.marker.rest)] as const);
    const titled = found.filter(([, t]) => t !== null);
    // 「…組織体制の整備、情報資産の分類と管理、ネットワークの分離…を講ずる。」 over 「(1) 組織体制 …」: items that
    // take up the terms their lead names one by one are what the lead says of each, not titled clauses.
    const lead = parent ? [parent.marker.rest, ...parent.body.map((l) => l.text)].join('') : '';
    // A lead that introduces its list (「次のとおり分類する。」) leaves the titles to the items.
    const named =
      lead.includes('。') && !INTRODUCES_LIST.test(lead)
        ? titled.filter(([, t]) => t && lead.includes(t.title))
        : [];
    if (named.length * 2 > titled.length) continue;
    if (titled.length >= 2 && titled.length * 2 > list.length)
      for (const [n, t] of titled) if (t) out.set(n, t);
  }
  for (const n of nodes) inlineTitled(n.children, headings, out, n);
}

/**
 * A term and its definition on one line (「甲情報　漏えい、改ざん等により次のいずれかの…情報」), with the
 * items the definition lists below it: an item that defines, not a heading.
 */
const TERM_AND_DEFINITION = /^[^\s、。]{1,12}\s+[^\s].*、/;

/** A lead that introduces list items (次に掲げる事務, 次の各号): its items are not headings. */
const LIST_LEAD =
  /(?:次に掲げる|次の各号|各号に掲げる|次の(?:事項|事務|行為|とおり定める|とおりとする)|以下の(?:事項|事務|行為))[^。]*。?$/;

function leadsList(n: RawNode | undefined): boolean {
  if (!n) return false;
  const last = n.body.length > 0 ? n.body[n.body.length - 1].text : n.marker.rest;
  return LIST_LEAD.test(last);
}

/** Text that introduces the items below it (「次の…」「以下の…」, or ending in a colon). */
const INTRODUCES_LIST = /(?:次の|以下の|次に掲げる|下記の?)[^。]*。?$|[:：]$/;

/** A line with no sentence end and no table cell. */
const holdsNoSentence = (l: NormalizedLine) => !/[。\t]/.test(l.text);

/** Styles of the document's divisions (部, 編, 章, 節, 款, 別表): a title after them is a heading. */
const STRUCTURAL = new Set(['part', 'hen', 'chapter', 'section', 'subsection', 'appendix']);

/** Per numbering style: how many of the nodes have it, and how many of those are headings. */
function countStyles(nodes: RawNode[], headings: Set<RawNode>): Map<string, { all: number; headed: number }> {
  const counts = new Map<string, { all: number; headed: number }>();
  for (const n of nodes) {
    const c = counts.get(n.marker.style);
    const headed = headings.has(n) ? 1 : 0;
    if (c) {
      c.all++;
      c.headed += headed;
    } else counts.set(n.marker.style, { all: 1, headed });
  }
  return counts;
}

function decideHeadings(nodes: RawNode[], headings: Set<RawNode>, parent?: RawNode): void {
  if (nodes.length === 0) return;
  const items = leadsList(parent);
  for (const n of nodes) {
    const isArticle = n.marker.style === 'article' || n.marker.style === 'article-bare';
    const structural = STRUCTURAL.has(n.marker.style);
    // Under 「次に掲げる…」 a plain item is a list item; an item with items of its own (「(1) 機密性」) is a heading.
    // A line below the last item that holds no sentence (an unnumbered part title 「その２　体制」) keeps it an item.
    const bare = n.body.every(holdsNoSentence);
    if (items && !structural && !isArticle && bare && n.children.length === 0) continue;
    if (structural && n.marker.rest !== '') headings.add(n);
    // 「三　電磁的記録媒体にあっては、次に掲げる方法」 over its own items: the item's words lead them, not a title.
    else if (
      !isArticle &&
      headingLike(n.marker.rest) &&
      !TERM_AND_DEFINITION.test(n.marker.rest) &&
      !(n.marker.rest.includes('、') && /(?:次に掲げる|次の各号に掲げる)/.test(n.marker.rest)) &&
      (n.body.length > 0 || n.children.length > 0)
    )
      headings.add(n);
    else if (isArticle && headingLike(n.marker.rest) && n.body.length === 0 && n.children.length > 0)
      headings.add(n);
    // 要綱 style 「第1　目的」 with its text on the next line: a short title, not the start of a sentence.
    else if (n.marker.style === 'article-bare' && shortTitle(n.marker.rest) && n.body.length > 0)
      headings.add(n);
  }
  // A clause without body among headed siblings is an empty heading, not a list item.
  // (Counted per style once: how many siblings of a style there are, and how many are headings so far.)
  let ofStyle: Map<string, { all: number; headed: number }> | undefined;
  for (const n of nodes) {
    if (items || headings.has(n) || !headingLike(n.marker.rest) || n.body.length > 0 || n.children.length > 0)
      continue;
    ofStyle ??= countStyles(nodes, headings);
    const c = ofStyle.get(n.marker.style) as { all: number; headed: number };
    const siblings = c.all - 1;
    if (siblings > 0 && c.headed * 2 > siblings) {
      headings.add(n);
      c.headed++;
    }
  }
  for (const n of nodes) decideHeadings(n.children, headings, n);
}

/** The lines' texts joined, table rows (lines with a tab) left out. */
function ownText(lines: NormalizedLine[]): string {
  let text = '';
  let first = true;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    if (t.includes('\t')) continue;
    text = first ? t : `${text}\n${t}`;
    first = false;
  }
  return text;
}

/** Widens `span` to cover the lines' spans. */
function widen(span: [number, number], lines: NormalizedLine[]): void {
  for (let i = 0; i < lines.length; i++) {
    const s = lines[i].span;
    if (s[0] < span[0]) span[0] = s[0];
    if (s[1] > span[1]) span[1] = s[1];
  }
}

/** The path label: 附則 keep their date (several amendments), 別表 drop their (第N条関係) cross-reference. */
function labelOf(n: RawNode): string {
  const q = n.marker.qualifier && n.marker.style === 'supplementary' ? `(${n.marker.qualifier})` : '';
  return n.marker.label + q;
}

function checkNumbering(
  parent: string,
  parentHasText: boolean,
  iroha: boolean,
  nodes: RawNode[],
  issues: Issue[],
): void {
  if (nodes.length === 0) return;
  const byStyle = new Map<string, RawNode[]>();
  for (const n of nodes) {
    // Articles are numbered through the whole document (checked by `checkArticles`).
    if (n.marker.style === 'article' || n.marker.style === 'article-bare') continue;
    // Compound numbers (2-4-1) are checked within their own parent only.
    const key = n.marker.parts ? `${n.marker.style}:${n.marker.parts.length}` : n.marker.style;
    if (n.marker.number === 0) continue;
    const list = byStyle.get(key);
    if (list) list.push(n);
    else byStyle.set(key, [n]);
  }
  const name = (style: string, k: number) =>
    style === 'kana' && iroha
      ? (IROHA_ORDER[k - 1] ?? String(k))
      : nameOf(style.replace(/:.*$/, '') as never, k);
  for (const [style, list] of byStyle) {
    // In an article, the unnumbered first paragraph is paragraph 1: numbering starts at 2.
    let expected = style === 'arabic' && parentHasText ? 2 : 1;
    for (const n of list) {
      if (n.marker.number > expected) {
        const from = name(style, expected);
        const to = name(style, n.marker.number - 1);
        const missing = from === to ? from : `${from}〜${to}`;
        issues.push(
          makeIssue(
            'policy.numbering_gap',
            { parent, missing, before: n.marker.label },
            { node: n, key: parent ? 'policy.warning.numbering_gap' : 'policy.warning.numbering_gap_top' },
          ),
        );
      }
      expected = n.marker.number + 1;
    }
  }
}

interface Built {
  nodes: ClauseNode[];
  byRaw: Map<RawNode, ClauseNode>;
}

/** Articles run through the whole document, across chapters and sections: a gap is a number skipped there. */
function checkArticles(roots: RawNode[], issues: Issue[]): void {
  let expected = 1;
  const walk = (nodes: RawNode[]) => {
    for (const n of nodes) {
      const article = n.marker.style === 'article' || n.marker.style === 'article-bare';
      // 第5条の2 sits between 第5条 and 第6条.
      if (article && !/の/.test(n.marker.label)) {
        if (n.marker.number > expected) {
          const missing =
            expected === n.marker.number - 1 ? `${expected}` : `${expected}〜${n.marker.number - 1}`;
          issues.push(
            makeIssue(
              'policy.numbering_gap',
              { missing, before: n.marker.label },
              { node: n, key: 'policy.warning.article_gap' },
            ),
          );
        }
        expected = n.marker.number + 1;
      }
      if (n.marker.style !== 'supplementary' && n.marker.style !== 'appendix') walk(n.children);
    }
  };
  walk(roots);
}

/** Converts raw nodes into clause nodes with paths like `第2章/2./(2)/⑦`. */
export function finalizeTree(roots: RawNode[], original: string, issues: Issue[]): Built {
  const headings = new Set<RawNode>();
  decideHeadings(roots, headings);
  const inline = new Map<RawNode, { title: string; text: string }>();
  inlineTitled(roots, headings, inline);
  checkArticles(roots, issues);
  const byRaw = new Map<RawNode, ClauseNode>();
  const lineAt = lineOf(original);

  const build = (
    nodes: RawNode[],
    parentPath: string,
    depth: number,
    parentHasText: boolean,
    parentRaw?: RawNode,
  ): ClauseNode[] => {
    if (nodes.length === 0) return [];
    checkNumbering(parentPath, parentHasText, !!parentRaw?.iroha, nodes, issues);
    const used = new Map<string, RawNode[]>();
    let bullet = 0;
    return nodes.map((n) => {
      let seg = labelOf(n);
      if (n.marker.style === 'bullet') seg = `・${++bullet}`;
      const same = used.get(seg);
      const earlier = same ? same.slice() : [];
      if (same) same.push(n);
      else used.set(seg, [n]);
      if (earlier.length > 0) {
        // The text really repeats a number: the path stays unique and the reviewer is told where.
        const where = (r: RawNode) => lineAt(r.headLines[r.headLines.length - 1].span[0]);
        const params = {
          path: `${parentPath ? `${parentPath}/` : ''}${seg}`,
          first: where(earlier[0]),
          second: where(n),
          renamed: `${seg}#${earlier.length + 1}`,
        };
        issues.push(makeIssue('policy.duplicate_number', params, { node: n }));
        seg = `${seg}#${earlier.length + 1}`;
      }
      const path = parentPath ? `${parentPath}/${seg}` : seg;
      const heading = headings.has(n);
      const own = inline.get(n);
      const title = n.caption ?? (heading ? n.marker.rest : own?.title);
      const rest =
        n.marker.rest === '' ? '' : (parseMarker(n.headLines[n.headLines.length - 1].text)?.rest ?? '');
      const lead = heading ? '' : (own?.text ?? rest);
      const body = ownText(n.body);
      const text = lead === '' ? body : body === '' ? lead : `${lead}\n${body}`;
      const span: [number, number] = [Infinity, -Infinity];
      widen(span, n.headLines);
      widen(span, n.body);
      const label = labelOf(n);
      const line = lineAt(n.headLines[n.headLines.length - 1].span[0]);
      // Two literals rather than a spread: the same keys in the same order, built without copying.
      const node: ClauseNode =
        title !== undefined
          ? {
              path,
              label,
              style: n.marker.style,
              number: n.marker.number,
              depth,
              title,
              text,
              original: original.slice(span[0], span[1]),
              span,
              line,
              why: n.reason,
              children: [],
            }
          : {
              path,
              label,
              style: n.marker.style,
              number: n.marker.number,
              depth,
              text,
              original: original.slice(span[0], span[1]),
              span,
              line,
              why: n.reason,
              children: [],
            };
      if (n.tables.length > 0)
        node.tables = n.tables.map((t) => t.map((l) => l.text.split('\t').map((c) => c.trim())));
      byRaw.set(n, node);
      node.children = build(n.children, path, depth + 1, node.text !== '', n);
      if (heading && n.body.length === 0 && n.children.length === 0) {
        issues.push(makeIssue('policy.empty_heading', { heading: `${path} ${title}` }, { node: n }));
      }
      // Asked only of a clause with plain items below it (the pattern is slow on long texts).
      const plain = node.children.every((c) => c.title === undefined && c.children.length === 0);
      if (node.children.length > 0 && plain && (node.text === '' || INTRODUCES_LIST.test(node.text))) {
        node.list = node.children.map((c) => c.text);
      }
      return node;
    });
  };
  return { nodes: build(roots, '', 1, false), byRaw };
}
