/**
 * Offices that hold a role: a text that fills a role with an office (「情報セキュリティ管理者　所属長」) may
 * then name the holder by the office (「所属長の許可」「総務課長は、」); from the clause that fills the role on,
 * the office stands for its role. Before it, an office is only itself.
 */
import type { ClauseNode, Role } from '../types.ts';
import { type ActorMatcher, actorMatcher } from './actors.ts';
import { withOfficeForms } from './approvers-post-forms.ts';
import { flatten } from './clauses.ts';
import { escapeRe, splitSentences } from './sentences.ts';

/** Each office that fills exactly one role, and that role; an office filling several roles names none. */
export function heldPosts(roles: Role[]): Map<string, string> {
  const byPost = new Map<string, string[]>();
  for (const r of roles) {
    if (!r.post || r.post === r.name || r.appointedBy) continue;
    byPost.set(r.post, [...(byPost.get(r.post) ?? []), r.name]);
  }
  const out = new Map<string, string>();
  for (const [post, names] of byPost) if (names.length === 1) out.set(post, names[0]);
  return out;
}

/**
 * 「議会事務局長（以下「事務局長」という。）を情報セキュリティ責任者とし」: the office abbreviated stands for the role
 * by its short name too.
 */
function abbreviations(offices: Map<string, string>, nodes: ClauseNode[]): void {
  for (const [office, name] of [...offices]) {
    const re = new RegExp(`${escapeRe(office)}\\(以下「([^」]+)」という`);
    for (const n of nodes) {
      const short = n.text.includes(office) ? re.exec(n.text)?.[1] : undefined;
      if (!short) continue;
      if (office.endsWith(short) && short !== office && !offices.has(short)) offices.set(short, name);
      break;
    }
  }
}

/**
 * The actor matcher that also reads offices holding a role, each from the clause that fills the role: the
 * role's own clause, or the first clause that refers to the 別表 setting it up (「別表第１の…職にある者をもって充てる」).
 */
export function heldPostMatcher(roles: Role[], staffTerms: string[], tree: ClauseNode[]): ActorMatcher {
  const offices = heldPosts(roles);
  const plain = actorMatcher(roles, staffTerms);
  if (offices.size === 0) return plain;
  const nodes = flatten(tree);
  abbreviations(offices, nodes);
  withOfficeForms(offices, new Set(roles.flatMap((r) => [r.name, ...(r.aliases ?? [])])));
  const at = new Map(nodes.map((n, i) => [n.path, i] as const));
  const from = new Map<string, number>();
  for (const [office, name] of offices) {
    const role = roles.find((r) => r.name === name);
    let start = role ? (at.get(role.path) ?? 0) : 0;
    if (role && /^別表/.test(role.path)) {
      const ref = nodes.findIndex((n) => n.path !== role.path && n.text.includes(role.path));
      if (ref >= 0 && ref < start) start = ref;
    }
    from.set(office, start);
  }
  const sentenceAt = new Map<string, number>();
  nodes.forEach((n, i) => {
    for (const s of splitSentences(n.text)) if (!sentenceAt.has(s)) sentenceAt.set(s, i);
  });
  // One matcher per set of offices in force (a text has a few).
  const matchers = new Map<string, ActorMatcher>([['', plain]]);
  const atClause = new Map<number, ActorMatcher>();
  const matcherAt = (sentence: string): ActorMatcher => {
    const i = sentenceAt.get(sentence) ?? nodes.length;
    const known = atClause.get(i);
    if (known) return known;
    const inForce = [...offices].filter(([o]) => (from.get(o) ?? 0) <= i);
    const key = inForce.map(([o]) => o).join('|');
    let m = matchers.get(key);
    if (!m) {
      m = actorMatcher(roles, staffTerms, new Map(inForce));
      matchers.set(key, m);
    }
    atClause.set(i, m);
    return m;
  };
  const full = matcherAt('');
  return {
    ...full,
    subject: (sentence) => matcherAt(sentence).subject(sentence),
    before: (sentence, particle) => matcherAt(sentence).before(sentence, particle),
  };
}
