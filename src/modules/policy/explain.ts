/**
 * What the engine made of each line of a policy text, and why: numbering style, place in the
 * tree (path, depth, parent and the reason), heading or body, the obligations a line starts (modality,
 * who must act and where that came from, approvers), the roles, committees and classification
 * levels read there, and lines left out (blank, page numbers, running headers, 目次).
 */
import { analyzePolicy } from './analyze.ts';
import { explainText } from './explain-messages.ts';
import { levelName } from './parse/classification.ts';
import { flatten } from './parse/clauses.ts';
import { styleOf } from './parse/styles.ts';
import { normalizeText } from './text/normalize.ts';
import type { ActorSource, AnalyzeOptions, ClauseNode, Obligation, PolicyAnalysis } from './types.ts';
import { warningIn } from './warning-messages.ts';

export interface ExplainedLine {
  /** 1-based line number in the text */
  line: number;
  text: string;
  notes: string[];
}

type Lang = 'ja' | 'en';

/** Folds a line for matching a sentence to the line it starts on: NFKC, no spaces. */
const fold = (s: string) => s.normalize('NFKC').replace(/\s/g, '');

/** Approvers by level: `level→role・role / level→role`. */
const byLevel = (lang: Lang, levels: Record<string, string[]>) =>
  Object.entries(levels)
    .map(([l, r]) => `${l}→${r.join(explainText('explain.list', {}, lang))}`)
    .join(' / ');

function describeObligation(o: Obligation, lang: Lang): string {
  const x = (key: string, params?: Record<string, string | number>) => explainText(key, params, lang);
  const list = x('explain.list');
  const who = o.actors.length > 0 ? o.actors.join(list) : '—';
  const from: ActorSource = o.actorFrom ?? 'subject';
  const parts = [
    x('explain.obligation', {
      modality: x(`explain.modality.${o.modality}`),
      text: o.text.slice(0, 24),
      who,
      from: x(`explain.from.${from}`),
    }),
  ];
  if (o.approverByLevel)
    parts.push(x('explain.approver_by_level', { levels: byLevel(lang, o.approverByLevel) }));
  else if (o.approver?.length) parts.push(x('explain.approver', { approvers: o.approver.join(list) }));
  for (const act of o.approvalsByAct ?? [])
    parts.push(x('explain.approver_by_act', { act: act.act, levels: byLevel(lang, act.approverByLevel) }));
  if (o.topic) parts.push(x('explain.topic', { topic: o.topic }));
  return parts.join(x('explain.separator'));
}

function describeClause(n: ClauseNode, parent: ClauseNode | null, lang: Lang): string {
  const x = (key: string, params?: Record<string, string | number>) => explainText(key, params, lang);
  const place = x('explain.clause', {
    style: styleOf(n.style).ja,
    label: n.label,
    path: n.path,
    depth: n.depth,
    parent: parent?.path ?? x('explain.top'),
    why: n.why,
  });
  const kind =
    n.title !== undefined
      ? x('explain.heading', { title: n.title })
      : x(n.text ? 'explain.has_text' : 'explain.number_only');
  return `${place}${x('explain.separator')}${kind}`;
}

/** Explains every line of `text` (see file comment); `analysis` may be passed when already computed. */
export function explainPolicy(
  text: string,
  opts: AnalyzeOptions = {},
  given?: PolicyAnalysis,
  lang: Lang = 'ja',
): ExplainedLine[] {
  const x = (key: string, params?: Record<string, string | number>) => explainText(key, params, lang);
  const list = x('explain.list');
  const separator = x('explain.separator');
  const a = given ?? analyzePolicy(text, opts);
  const raw = text.replace(/\r\n?/g, '\n').split('\n');
  const out: ExplainedLine[] = raw.map((t, i) => ({ line: i + 1, text: t, notes: [] }));
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineAt = (offset: number) => {
    let k = 0;
    while (k + 1 < starts.length && starts[k + 1] <= offset) k++;
    return k;
  };
  const note = (line: number, s: string) => out[line - 1]?.notes.push(s);

  for (const f of normalizeText(text).furniture)
    note(lineAt(f.at) + 1, x(f.kind === 'page' ? 'explain.page_number' : 'explain.running_header'));
  for (const e of a.toc)
    if (e.line) note(e.line, x('explain.toc', { entry: `${e.label} ${e.title}`.trim() }));

  const parents = new Map<ClauseNode, ClauseNode | null>();
  const index = (nodes: ClauseNode[], parent: ClauseNode | null) => {
    for (const n of nodes) {
      parents.set(n, parent);
      index(n.children, n);
    }
  };
  index(a.tree, null);
  const byPath = new Map(flatten(a.tree).map((n) => [n.path, n] as const));
  for (const n of flatten(a.tree)) {
    note(n.line, describeClause(n, parents.get(n) ?? null, lang));
    const first = lineAt(n.span[0]) + 1;
    if (first < n.line) note(first, x('explain.article_heading', { path: n.path }));
    const last = lineAt(Math.max(n.span[0], n.span[1] - 1)) + 1;
    for (let l = n.line + 1; l <= last; l++) {
      const t = raw[l - 1] ?? '';
      if (t.trim() === '' || out[l - 1].notes.length > 0) continue;
      note(l, x(t.includes('\t') ? 'explain.table_row' : 'explain.body', { path: n.path }));
    }
  }
  // Obligations on the line where their sentence starts (or the clause's numbered line).
  for (const o of a.obligations) {
    const n = byPath.get(o.path);
    if (!n) continue;
    const head = fold(o.text).slice(0, 10);
    const last = lineAt(Math.max(n.span[0], n.span[1] - 1)) + 1;
    let at = n.line;
    for (let l = n.line; l <= last; l++) if (fold(raw[l - 1] ?? '').includes(head)) at = l;
    note(at, describeObligation(o, lang));
  }
  for (const r of a.roles) {
    const n = byPath.get(r.path);
    const details = [
      r.post ? x('explain.post', { post: r.post }) : x('explain.no_post'),
      r.tier !== undefined
        ? x('explain.tier', { tier: r.tier, reason: r.tierReason ?? '' })
        : x('explain.no_tier'),
      ...(r.aliases?.length ? [x('explain.aliases', { aliases: r.aliases.join(list) })] : []),
      ...(r.appointedBy ? [x('explain.appointed_by', { by: r.appointedBy })] : []),
    ];
    if (n) note(n.line, x('explain.role', { name: r.name, details: details.join(separator) }));
  }
  for (const c of a.committees) {
    const n = byPath.get(c.path);
    const details = [
      c.chair ? `${c.chair.title} ${c.chair.post ?? ''}` : null,
      c.viceChair ? `${c.viceChair.title} ${c.viceChair.post ?? ''}` : null,
      c.memberNames?.length ? x('explain.members', { names: c.memberNames.join(list) }) : null,
      c.secretariat ? x('explain.secretariat', { name: c.secretariat }) : null,
    ].filter(Boolean);
    if (n)
      note(
        n.line,
        x('explain.committee', {
          name: c.name,
          details: details.join(separator) || x('explain.no_composition'),
        }),
      );
  }
  const scheme = a.classification;
  const schemeNode = scheme ? byPath.get(scheme.path) : undefined;
  if (scheme && schemeNode)
    for (const axis of scheme.axes)
      note(
        schemeNode.line,
        x('explain.axis', {
          axis,
          levels: scheme.levels
            .filter((l) => l.axis === axis)
            .map((l) => levelName(l))
            .join(' > '),
        }),
      );
  for (const w of a.warningDetails) {
    const n = w.path ? byPath.get(w.path) : undefined;
    if (n) note(n.line, x('explain.warning', { message: warningIn(lang, w).message }));
  }
  // What is left before the first clause is the preamble (title, issuer, dates).
  const firstClause = Math.min(...flatten(a.tree).map((n) => n.line));
  for (const l of out)
    if (l.line < firstClause && l.notes.length === 0 && l.text.trim() !== '')
      l.notes.push(
        l.text.includes(a.title) && a.title
          ? x('explain.preamble_title', { title: a.title })
          : x('explain.preamble'),
      );
  return out;
}
