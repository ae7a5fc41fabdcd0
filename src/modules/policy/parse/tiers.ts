/**
 * Rank order of roles as the text implies it: X reports to Y, X assists Y (補佐), Y appoints X,
 * a role with final authority (最終決定, 総括) is on top, and the posts' own ranks (部長 > 課長 > 係長).
 */
import type { ClauseNode, Role } from '../types.ts';
import type { ActorMatcher } from './actors.ts';
import { flatten } from './clauses.ts';
import { splitSentences } from './sentences.ts';

/** Rank of a post by its ending; lower is higher. Unknown posts have none. */
export function postRank(post: string | undefined): number | null {
  if (!post) return null;
  const p = post.replace(/\([^()]*\)/g, '');
  const ranks: [RegExp, number][] = [
    [/(?:^|[^副])(?:市長|町長|村長|知事|区長|組合長|理事長)$/, 0],
    [/副(?:市長|町長|村長|知事|区長|管理者|組合長|理事長)$/, 1],
    [/(?:局長|部長|本部長|室長級)$/, 2],
    [/次長$/, 3],
    [/課長補佐$|補佐$/, 5],
    [/(?:課長|課の長|室長|所長|センター長|館長)$/, 4],
    [/係長$/, 6],
  ];
  for (const [re, rank] of ranks) if (re.test(p)) return rank;
  return null;
}

/** Sets `tier` (1 = top) and `reportsTo` on the roles, in place. */
export function assignTiers(roles: Role[], tree: ClauseNode[], matcher: ActorMatcher): void {
  const above = new Map<string, Set<string>>(roles.map((r) => [r.name, new Set<string>()]));
  const reports = new Map<string, Set<string>>(roles.map((r) => [r.name, new Set<string>()]));
  const top = new Set<string>();
  const reaches = (from: string, to: string, seen = new Set<string>()): boolean => {
    if (from === to) return true;
    if (seen.has(from)) return false;
    seen.add(from);
    return [...(above.get(from) ?? [])].some((n) => reaches(n, to, seen));
  };
  // `upper` is above `lower`; edges that would close a cycle are ignored.
  const edge = (lower: string, upper: string, explicit: boolean) => {
    if (lower === upper || !above.has(lower) || !above.has(upper) || reaches(upper, lower)) return;
    above.get(lower)?.add(upper);
    if (explicit) reports.get(lower)?.add(upper);
  };
  for (const node of flatten(tree)) {
    for (const s of splitSentences(node.text)) {
      const { actors } = matcher.subject(s);
      const roleActors = actors.filter((a) => above.has(a));
      if (/最終決定権限|総括責任者|を総括する/.test(s)) for (const a of roleActors) top.add(a);
      for (const target of matcher
        .before(s, 'へ速やかに報告')
        .concat(
          matcher.before(s, 'に速やかに報告'),
          matcher.before(s, 'に報告'),
          matcher.before(s, 'へ報告'),
          matcher.before(s, 'を補佐'),
        )) {
        for (const a of roleActors) edge(a, target, true);
      }
    }
  }
  for (const r of roles) if (r.appointedBy && above.has(r.appointedBy)) edge(r.name, r.appointedBy, false);
  for (const t of top) for (const r of roles) if (r.name !== t) edge(r.name, t, false);
  for (const a of roles) {
    for (const b of roles) {
      const ra = postRank(a.post);
      const rb = postRank(b.post);
      if (ra !== null && rb !== null && ra > rb) edge(a.name, b.name, false);
    }
  }
  const tierOf = new Map<string, number>();
  const tier = (name: string, seen = new Set<string>()): number => {
    const known = tierOf.get(name);
    if (known !== undefined) return known;
    if (seen.has(name)) return 1;
    seen.add(name);
    const ups = [...(above.get(name) ?? [])];
    const t = ups.length === 0 ? 1 : 1 + Math.max(...ups.map((u) => tier(u, seen)));
    tierOf.set(name, t);
    return t;
  };
  const connected = roles.filter(
    (r) => (above.get(r.name)?.size ?? 0) > 0 || roles.some((o) => above.get(o.name)?.has(r.name)),
  );
  for (const r of roles) {
    if (connected.includes(r) || roles.length === 1) r.tier = tier(r.name);
    const rep = [...(reports.get(r.name) ?? [])];
    if (rep.length > 0) r.reportsTo = rep;
  }
}
