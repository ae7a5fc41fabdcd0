/**
 * What the engine made of each line of a policy text, and why: numbering style, place in the
 * tree (path, depth, parent and the reason), heading or body, the obligations a line starts (modality,
 * who must act and where that came from, approvers), the roles, committees and classification
 * levels read there, and lines left out (blank, page numbers, running headers, 目次).
 */
import { analyzePolicy } from './analyze.ts';
import { levelName } from './parse/classification.ts';
import { flatten } from './parse/clauses.ts';
import { styleOf } from './parse/styles.ts';
import { normalizeText } from './text/normalize.ts';
import type { ActorSource, AnalyzeOptions, ClauseNode, Obligation, PolicyAnalysis } from './types.ts';

export interface ExplainedLine {
  /** 1-based line number in the text */
  line: number;
  text: string;
  notes: string[];
}

const FROM: Record<ActorSource, string> = {
  subject: '文の主語',
  previous: '前の文の主語',
  list: '列挙を導く文の主語',
  heading: '見出し',
  unknown: '不明（確認が必要）',
  corrected: '訂正による',
};

const MODALITY: Record<Obligation['modality'], string> = {
  must: '義務（must）',
  must_not: '禁止（must_not）',
  shall: '定め（shall）',
  endeavor: '努力義務（endeavor）',
  may: '許容（may）',
};

/** Folds a line for matching a sentence to the line it starts on: NFKC, no spaces. */
const fold = (s: string) => s.normalize('NFKC').replace(/\s/g, '');

function describeObligation(o: Obligation): string {
  const who = o.actors.length > 0 ? o.actors.join('・') : '—';
  const parts = [
    `${MODALITY[o.modality]}「${o.text.slice(0, 24)}…」 行為者: ${who}（${FROM[o.actorFrom ?? 'subject']}）`,
  ];
  if (o.approverByLevel)
    parts.push(
      `承認者（区分別）: ${Object.entries(o.approverByLevel)
        .map(([l, r]) => `${l}→${r.join('・')}`)
        .join(' / ')}`,
    );
  else if (o.approver?.length) parts.push(`承認者: ${o.approver.join('・')}`);
  for (const act of o.approvalsByAct ?? [])
    parts.push(
      `承認者（${act.act}）: ${Object.entries(act.approverByLevel)
        .map(([l, r]) => `${l}→${r.join('・')}`)
        .join(' / ')}`,
    );
  if (o.topic) parts.push(`種別: ${o.topic}`);
  return parts.join('、');
}

function describeClause(n: ClauseNode, parent: ClauseNode | null): string {
  const place = `${styleOf(n.style).ja}「${n.label}」→ ${n.path}（深さ ${n.depth}、親: ${parent?.path ?? '最上位'}）: ${n.why}`;
  const kind = n.title !== undefined ? `見出し「${n.title}」` : n.text ? '本文あり' : '番号のみ';
  return `${place}、${kind}`;
}

/** Explains every line of `text` (see file comment); `analysis` may be passed when already computed. */
export function explainPolicy(
  text: string,
  opts: AnalyzeOptions = {},
  given?: PolicyAnalysis,
): ExplainedLine[] {
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
    note(lineAt(f.at) + 1, f.kind === 'page' ? 'ページ番号（除外）' : '各ページの柱（除外）');
  for (const e of a.toc)
    if (e.line) note(e.line, `目次「${`${e.label} ${e.title}`.trim()}」（本文として扱わない）`);

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
    note(n.line, describeClause(n, parents.get(n) ?? null));
    const first = lineAt(n.span[0]) + 1;
    if (first < n.line) note(first, `条の見出し → ${n.path}`);
    const last = lineAt(Math.max(n.span[0], n.span[1] - 1)) + 1;
    for (let l = n.line + 1; l <= last; l++) {
      const t = raw[l - 1] ?? '';
      if (t.trim() === '' || out[l - 1].notes.length > 0) continue;
      note(l, t.includes('\t') ? `表の行 → ${n.path}` : `本文 → ${n.path}`);
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
    note(at, describeObligation(o));
  }
  for (const r of a.roles) {
    const n = byPath.get(r.path);
    const details = [
      r.post ? `充て職 ${r.post}` : '充て職なし',
      r.tier !== undefined ? `階層 ${r.tier}: ${r.tierReason ?? ''}` : '階層不明',
      ...(r.aliases?.length ? [`別名 ${r.aliases.join('・')}`] : []),
      ...(r.appointedBy ? [`指名 ${r.appointedBy}`] : []),
    ];
    if (n) note(n.line, `役割「${r.name}」（${details.join('、')}）`);
  }
  for (const c of a.committees) {
    const n = byPath.get(c.path);
    const details = [
      c.chair ? `${c.chair.title} ${c.chair.post ?? ''}` : null,
      c.viceChair ? `${c.viceChair.title} ${c.viceChair.post ?? ''}` : null,
      c.memberNames?.length ? `委員 ${c.memberNames.join('・')}` : null,
      c.secretariat ? `事務局 ${c.secretariat}` : null,
    ].filter(Boolean);
    if (n) note(n.line, `委員会「${c.name}」（${details.join('、') || '構成の記載なし'}）`);
  }
  const scheme = a.classification;
  const schemeNode = scheme ? byPath.get(scheme.path) : undefined;
  if (scheme && schemeNode)
    for (const axis of scheme.axes)
      note(
        schemeNode.line,
        `分類「${axis}」: ${scheme.levels
          .filter((l) => l.axis === axis)
          .map((l) => levelName(l))
          .join(' > ')}`,
      );
  for (const w of a.warningDetails) {
    const n = w.path ? byPath.get(w.path) : undefined;
    if (n) note(n.line, `警告: ${w.message}`);
  }
  // What is left before the first clause is the preamble (title, issuer, dates).
  const firstClause = Math.min(...flatten(a.tree).map((n) => n.line));
  for (const l of out)
    if (l.line < firstClause && l.notes.length === 0 && l.text.trim() !== '')
      l.notes.push(l.text.includes(a.title) && a.title ? `前文: 表題「${a.title}」` : '前文');
  return out;
}
