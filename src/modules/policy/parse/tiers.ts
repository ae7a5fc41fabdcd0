/**
 * Rank order of roles as the text states it. Strong relations decide first: X assists Y (補佐),
 * X works under Y's command or instructions (指揮の下, 指示に従い, の下に置く), Y designates X
 * (指名), Y supervises X (Xを統括する), X acts for Y (代理). Roles the strong relations leave
 * unplaced hang under the roles they report to, then under a role with final authority
 * (最終決定権限, 総括); only then are the posts' own ranks (部長 > 課長 > 係長) used.
 */
import type { ClauseNode, Role } from '../types.ts';
import { type ActorMatcher, actorMatcher } from './actors.ts';
import { flatten } from './clauses.ts';
import { heldPosts } from './held-posts.ts';
import { escapeRe, splitSentences, stripParens } from './sentences.ts';

/** Rank of a post by its ending; lower is higher. Unknown posts have none. */
export function postRank(post: string | undefined): number | null {
  if (!post) return null;
  const p = post.replace(/\([^()]*\)/g, '');
  const ranks: [RegExp, number][] = [
    [/(?:^|[^副])(?:市長|町長|村長|知事|区長|組合長|理事長|教育長|議長)$/, 0],
    [/副(?:市長|町長|村長|知事|区長|管理者|組合長|理事長|議長)$/, 1],
    [/(?:局長|部長|本部長|室長級)$/, 2],
    [/次長$/, 3],
    [/課長補佐$|補佐$/, 5],
    [/(?:課長|課の長|課長等|室長|所長|センター長|館長)$/, 4],
    [/係長$/, 6],
  ];
  for (const [re, rank] of ranks) if (re.test(p)) return rank;
  return null;
}

/** Relations a sentence states between its subject and another role (the subject is below). */
const BELOW_OBJECT = [
  'を補佐',
  // 「総括責任者の補佐」 in a 別表's column of duties.
  'の補佐',
  'の指揮の下',
  'の指揮監督の下',
  'の指揮を受け',
  'の指揮監督を受け',
  'の監督の下',
  'の命により',
  'の指示に従い',
  'の指示に従う',
  'の指示に従って',
  'の指示に従った',
  'の指示により',
  'の指揮により',
  'の指揮命令',
  'の命に従',
  'の監督を受け',
  'の統括の下',
  'の統括を受け',
  // 「CISOの下で、…を行う」
  'の下で',
  'を補助',
  'の指示等に従い',
  'の指示を受け',
  'の指示の下',
  'の命を受け',
  'の下に置',
  'の職務を代理',
  'を助け',
  // 「Yの指導の下」「Yの指導監督を受け」「Yの指揮に従い」
  'の指導の下',
  'の指導監督を受け',
  'の指導監督の下',
  'の指揮に従',
  '直属の',
  // 「CIOの直属として監査を行う」
  'の直属',
  // 「Yの指導を受け」「Yの命令を受け」「Yの指示に基づき（基づいて）」
  'の指導を受け',
  'の命令を受け',
  'の指示に基づ',
  // 「Yの職務を補佐する」「Yの事務を補助し」「Yの補助者として」: the role's work in between.
  'の職務を補佐',
  'の事務を補佐',
  'の職務を補助',
  'の事務を補助',
  'の補助者',
];
/** 「Xの指揮（監督）の下」: an aside inside the relation is part of it (read as 指揮監督). */
const relationAside = (s: string) =>
  s.includes('(') ? s.replace(/(指揮|指示|監督|命令)\(([^()]{1,4})\)/g, '$1$2') : s;

/**
 * 「Xは、…Yを補助する者を指名する」「Yの指示を受ける職員を置く」: a relation in a clause that describes someone the
 * sentence picks or sets up says what that person does, not where the subject stands; it is read as naming no
 * relation. A term defined as such a person (「…を補佐する者をいう」) keeps it.
 */
const describes = (s: string) =>
  s.includes('る者') || s.includes('る職員')
    ? s.replace(
        /(?:を補助|を補佐|を助け|の(?:指示|指揮|命)を受け)(?:する|る)(?=(?:者|職員)を(?!いう))/g,
        'に係る',
      )
    : s;

/**
 * A term defined as who does something (「（３）X　Yの指揮を受け、…する者をいう。」「「X」とは、Yを補佐する者をいう。」)
 * read as the sentence 「Xは、Yの指揮を受け、…」 when X is a role.
 */
function asDefined(sentence: string, matcher: ActorMatcher, names: Set<string>): string {
  const m =
    /^([^\s、。「」()]+)[ \u3000]+(.+をいう。?)$/.exec(sentence) ??
    /^(?:この[^、。「」]*?において、?)?「([^」]+)」とは、(.+をいう。?)$/.exec(sentence);
  const role = m ? matcher.resolve(m[1]) : null;
  return m && role && names.has(role) ? `${m[1]}は、${m[2]}` : sentence;
}

/** The subject is above the roles it names with these. */
const ABOVE_OBJECT = [
  'を統括し',
  'を統括する',
  'を指揮し',
  'を指揮する',
  'を指揮監督',
  'を指導監督',
  'を総括し',
  'を総括する',
  'を指名',
  'を任命',
  'を監督',
  // 「Xを統轄し」 (the older kanji), 「Xを指揮命令する」, 「Xを指導し」
  'を統轄',
  'を指揮命令',
  'を指導し',
  'を指導する',
  // 「Xに対し、必要な指示を行う」「Xに必要な指示をする」
  'に対し、必要な指示',
  'に対して、必要な指示',
  'に対し必要な指示',
  'に必要な指示',
];
/** The subject works beside the role it names: 「所属管理者と連携し」 puts it on that role's tier. */
const PEER = ['と連携し', 'と連携して', 'と協力し', 'と協力して'];
const REPORTS = ['へ速やかに報告', 'に速やかに報告', 'に報告', 'へ報告', 'に通知', 'に連絡'];

/**
 * A 別表 row of a role and its duties (役割 | 充てる職 | 職務) read as the sentence it stands for:
 * 「投票システム管理者は、事業課長、責任者の指示に従った…」.
 */
function rowSentences(node: ClauseNode, matcher: ActorMatcher, names: Set<string>): string[] {
  const out: string[] = [];
  for (const table of node.tables ?? [])
    for (const row of table) {
      if (row.length < 2) continue;
      const role = matcher.resolve(stripParens(row[0] ?? ''));
      if (role && names.has(role)) out.push(`${role}は、${row.slice(1).join('、')}。`);
    }
  return out;
}

/** Sets `tier` (1 = top) and `reportsTo` on the roles, in place. */
export function assignTiers(roles: Role[], tree: ClauseNode[], matcher: ActorMatcher): void {
  const names = new Set(roles.map((r) => r.name));
  const strong = new Map<string, Set<string>>(roles.map((r) => [r.name, new Set<string>()]));
  const weak = new Map<string, Set<string>>(roles.map((r) => [r.name, new Set<string>()]));
  const reports = new Map<string, Set<string>>(roles.map((r) => [r.name, new Set<string>()]));
  const beside = new Map<string, Set<string>>(roles.map((r) => [r.name, new Set<string>()]));
  const top = new Set<string>();
  const why = new Map<string, string>();
  const because = (lower: string, upper: string, reason: string) => {
    if (!why.has(`${lower}\u0000${upper}`)) why.set(`${lower}\u0000${upper}`, reason);
  };

  // 「総務部長の指示を受け」: an office that holds one role stands for it in a relation.
  const offices = heldPosts(roles);
  const byOffice = offices.size > 0 ? actorMatcher(roles, [], offices) : null;
  const before = (s: string, p: string): string[] => {
    const named = matcher.before(s, p);
    if (!byOffice) return named;
    const held = byOffice.before(s, p).filter((r) => !named.includes(r));
    return held.length > 0 ? [...named, ...held] : named;
  };
  // Only sentences that state a relation are read (most sentences of a policy state none).
  const relation = new RegExp(
    [
      ...BELOW_OBJECT,
      ...ABOVE_OBJECT,
      ...REPORTS,
      ...PEER,
      '代理',
      'の下に',
      '最終決定権限',
      '最終的な',
      '総括',
      '統括',
      '統理',
      '総理',
    ]
      .map(escapeRe)
      .join('|'),
  );
  for (const node of flatten(tree)) {
    const sentences = splitSentences(node.text);
    const rows = rowSentences(node, matcher, names);
    for (const raw of rows.length > 0 ? [...sentences, ...rows] : sentences) {
      // 「Yの指揮のもと、」「Yの監督のもとに」: the kana spelling of 「の下」.
      const written = raw.includes('のもと') ? raw.replace(/のもと(?=に|で|、)/g, 'の下') : raw;
      if (!relation.test(written)) continue;
      const s = asDefined(relationAside(describes(written)), matcher, names);
      // 「Xの下に、Yを置き、…」: the role set up is below X.
      if (s.includes('の下に') && s.includes('を置')) {
        const set = /の下に、?([^。]+?)を置/.exec(s);
        const uppers = set ? matcher.before(s, 'の下に') : [];
        const lowers = set && uppers.length > 0 ? matcher.before(s, 'を置') : [];
        for (const lower of lowers)
          for (const upper of uppers)
            if (lower !== upper && names.has(lower)) {
              strong.get(lower)?.add(upper);
              because(lower, upper, `「${upper}」の下に置く（${node.path}）`);
            }
      }
      // 「…を行う者を、情報システム担当者とする」: the role appointed is who the relations are about.
      // 「部長をXとし、Yの指示を受け、…」: the role appointed first is who the rest of the sentence is about.
      const appointed =
        /を、?([^、。を]+?)とする。?$/.exec(s) ?? /^[^、。]+?を、?([^、。を]+?)とし、/.exec(s);
      // 「Yの指示に従い、…を担うため、Xを置き、係長をもって充てる」「Yを補佐する者としてXを置き、…」: with no subject of
      // its own, the sentence is about the role it sets up.
      const placed = appointed
        ? null
        : /^(?:(?!は、)[^。])*?(?:、|する者として)([^、。を]+?)を置(?:き、|く。?$)/.exec(s);
      // 「各課長は、それぞれXとして、Yの指示の下、…」: an office acting as a role, the sentence is about the role.
      const actingAs =
        appointed || placed || !s.includes('として')
          ? null
          : /^[^、。]+?は、(?:それぞれ、?)?(?:[\u4e00-\u9fff]{1,8}の)?([^、。をの]+?)として/.exec(s);
      const appointee = appointed
        ? matcher.before(`${appointed[1]}とする`, 'とする')
        : placed
          ? matcher.before(`${placed[1]}を置`, 'を置')
          : actingAs
            ? matcher.before(`${actingAs[1]}として`, 'として')
            : [];
      const subjects = (appointee.length > 0 ? appointee : matcher.subject(s).actors).filter((a) =>
        names.has(a),
      );
      if (subjects.length === 0) continue;
      // 「議長は、…議会の事務を統理する」「村長は、…を総理する」: the head's own words for final authority.
      // 「…の総括及び最終的な決定」 (a 別表's column of duties) says the same; 「…の最終的な決定に従い」 does not.
      if (
        /最終決定権限|最終的な(?:決定)?権限|最終的な(?:決定|判断)(?!に)|総括責任者|を総括する|全体を統括|を(?:統理|総理)する/.test(
          s,
        )
      )
        for (const a of subjects) top.add(a);
      // 「CISOに事故があるとき…その職務を代理する」: the role named before に事故 is the one acted for.
      const actedFor = /代理/.test(s) ? matcher.before(s, 'に事故') : [];
      for (const p of [...BELOW_OBJECT, 'の職務を代理'])
        for (const target of p === 'の職務を代理' ? actedFor : before(s, p))
          for (const a of subjects)
            if (a !== target) {
              // The role a sentence sets up is only what it is about: a weaker reading than its own subject.
              (placed && !appointed ? weak : strong).get(a)?.add(target);
              because(
                a,
                target,
                `「${target}」${p === '直属の' ? '直属' : p.replace(/^[のを]/, 'の').replace(/^の補佐/, 'を補佐')}（${node.path}）`,
              );
            }
      for (const p of ABOVE_OBJECT)
        for (const lower of before(s, p))
          for (const a of subjects)
            if (a !== lower) {
              strong.get(lower)?.add(a);
              because(lower, a, `「${a}」が${p.replace(/^を/, '')}（${node.path}）`);
            }
      for (const target of PEER.flatMap((p) => before(s, p)))
        for (const a of subjects)
          if (a !== target) {
            beside.get(a)?.add(target);
            because(a, target, `「${target}」と連携（${node.path}）`);
          }
      for (const target of REPORTS.flatMap((p) => before(s, p)))
        for (const a of subjects)
          if (a !== target) {
            weak.get(a)?.add(target);
            reports.get(a)?.add(target);
            because(a, target, `「${target}」に報告（${node.path}）`);
          }
    }
  }
  // 「副CISO」「副情報セキュリティ統括者」「情報セキュリティ副総括者」: a deputy stands under the role its name is the
  // deputy of, 副 written before the name or before its last word.
  for (const r of roles)
    for (const n of [r.name, ...(r.aliases ?? [])]) {
      const of = n.startsWith('副')
        ? matcher.resolve(n.slice(1))
        : n.includes('副')
          ? matcher.resolve(n.replace(/副(?=[\u4e00-\u9fff]{2,}$)/, ''))
          : null;
      if (of && of !== r.name && names.has(of)) {
        strong.get(r.name)?.add(of);
        because(r.name, of, `「${of}」の副（${r.path}）`);
      }
    }
  for (const r of roles)
    if (r.appointedBy && names.has(r.appointedBy)) {
      strong.get(r.name)?.add(r.appointedBy);
      because(r.name, r.appointedBy, `「${r.appointedBy}」が指名（${r.path}）`);
    }

  const above = new Map<string, Set<string>>(roles.map((r) => [r.name, new Set<string>()]));
  const reaches = (from: string, to: string, seen = new Set<string>()): boolean => {
    if (from === to) return true;
    if (seen.has(from)) return false;
    seen.add(from);
    return [...(above.get(from) ?? [])].some((n) => reaches(n, to, seen));
  };
  // `upper` is above `lower`; an edge that would close a cycle is ignored.
  const edge = (lower: string, upper: string) => {
    if (lower === upper || reaches(upper, lower)) return;
    above.get(lower)?.add(upper);
  };
  for (const [lower, uppers] of strong) for (const u of uppers) edge(lower, u);
  const unplaced = (r: Role) => (above.get(r.name)?.size ?? 0) === 0 && !top.has(r.name);
  // A role that works beside another (「…と連携して」) stands where that one stands, or lower where the text
  // places it lower: 「統括責任者の指揮を受け」 and 「課の管理者と連携して」 put it on the 管理者's tier.
  for (const r of roles)
    for (const p of beside.get(r.name) ?? [])
      for (const u of above.get(p) ?? []) {
        edge(r.name, u);
        because(r.name, u, why.get(`${r.name}\u0000${p}`) ?? `「${p}」と連携`);
      }
  for (const r of roles) if (unplaced(r)) for (const u of weak.get(r.name) ?? []) edge(r.name, u);
  // Offices that are roles themselves (a text that names no role) rank by the office first: a 係長 the text
  // relates to nobody stands below the 事務局長, not beside it under the 議長.
  const byPost = (lower: Role, upper: Role) => {
    edge(lower.name, upper.name);
    because(lower.name, upper.name, `充て職の職位（${lower.post} は ${upper.post} の下）`);
  };
  for (const a of roles) {
    const ra = a.post === a.name && unplaced(a) ? postRank(a.post) : null;
    if (ra === null) continue;
    // An office of the same rank as one the text places (認定審査課長 beside 課長) stands where that one stands.
    // The office its name says it is a kind of (認定審査課長 is a 課長) comes first.
    const peers = roles.filter(
      (b) => b !== a && b.post === b.name && postRank(b.post) === ra && (above.get(b.name)?.size ?? 0) > 0,
    );
    const peer = peers.find((b) => a.post?.endsWith(b.post ?? '\u0000')) ?? peers[0];
    if (peer) {
      for (const u of above.get(peer.name) ?? []) {
        edge(a.name, u);
        because(a.name, u, `充て職の職位（${a.post} は ${peer.post} と同じ職位）`);
      }
      continue;
    }
    for (const b of roles) {
      const rb = b.post === b.name ? postRank(b.post) : null;
      if (rb !== null && ra > rb) byPost(a, b);
    }
  }
  // A role the text relates to nobody, filled by an office of the same rank as the office of a role the text
  // places (情報システム管理者 held by a 課長, beside 情報セキュリティ管理者 held by 課長), stands where that role stands.
  for (const a of roles) {
    const ra = unplaced(a) && a.post !== a.name ? postRank(a.post) : null;
    if (ra === null) continue;
    const peer = roles.find((b) => b !== a && postRank(b.post) === ra && (above.get(b.name)?.size ?? 0) > 0);
    for (const u of above.get(peer?.name ?? '') ?? []) {
      edge(a.name, u);
      because(a.name, u, `充て職の職位（${a.post} は ${peer?.post} と同じ職位）`);
    }
  }
  // A role the text puts under another (「監査の実施を総括する」 under the CIO who appoints it) is no top authority.
  const heads = [...top].filter((t) => (above.get(t)?.size ?? 0) === 0);
  for (const r of roles)
    if (unplaced(r))
      for (const t of heads) {
        edge(r.name, t);
        because(r.name, t, `「${t}」が最終決定権限・総括をもつ`);
      }
  for (const a of roles) {
    if (!unplaced(a)) continue;
    const ra = postRank(a.post);
    for (const b of roles) {
      const rb = postRank(b.post);
      if (ra !== null && rb !== null && ra > rb) byPost(a, b);
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
  const connected = (r: Role) =>
    (above.get(r.name)?.size ?? 0) > 0 ||
    top.has(r.name) ||
    roles.some((o) => above.get(o.name)?.has(r.name));
  for (const r of roles) {
    if (connected(r) || roles.length === 1) {
      r.tier = tier(r.name);
      // The reason is the relation to the upper role that puts it lowest.
      const ups = [...(above.get(r.name) ?? [])].sort((x, y) => tier(y) - tier(x));
      r.tierReason =
        ups.length === 0
          ? top.has(r.name)
            ? '最上位（最終決定権限・総括）'
            : '最上位（上位の役割なし）'
          : (why.get(`${r.name}\u0000${ups[0]}`) ?? `「${ups[0]}」の下`);
    }
    const rep = [...(reports.get(r.name) ?? [])];
    if (rep.length > 0) r.reportsTo = rep;
  }
}
