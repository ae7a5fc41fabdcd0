/** Network segments of the 三層の対策 and the rules the text sets for crossing them. */
import type { ClauseNode, SegmentRule, SegmentRuleKind } from '../types.ts';
import { flatten } from './clauses.ts';
import { itemSegments } from './segments-items.ts';
import { escapeRe, splitSentences } from './sentences.ts';

const SEGMENTS: [string, RegExp][] = [
  ['マイナンバー利用事務系', /マイナンバー利用事務系|マイナンバー事務系|個人番号利用事務系/],
  ['LGWAN接続系', /LGWAN\s*(?:\([^)]*\))?\s*接続系/],
  ['インターネット接続系', /インターネット接続系/],
  ['独立系', /独立系/],
];

const RULES: [SegmentRuleKind, RegExp][] = [
  ['isolation', /他の領域との通信をできない|通信できないよう|分離|分断/],
  ['no_export', /持ち出し不可|持出し不可/],
  ['mfa', /多要素認証|二要素認証/],
  ['split', /通信経路を分割|通信経路の分割/],
  ['sanitized_transfer', /無害化通信|無害化/],
  ['monitoring', /監視/],
  ['dedicated_terminal', /専用の端末|専用端末/],
];

/**
 * 「年金事務系（…情報システムをいう。以下同じ。）を、…分離しなければならない」: a 系 defined in brackets right after
 * the rule names it.
 */
const DEFINED_IN_BRACKETS =
  /(?<![\u4e00-\u9fffァ-ヴーA-Za-z])([\u4e00-\u9fffァ-ヴーA-Za-z]{1,12}系)\(([^()]*?をいう)。?(?:以下同じ。?)?\)/;

/**
 * Any other 系 the text defines as a segment: 「(3) 指令系　…システム及びネットワークをいう。」,
 * 「校務系とは、…」. A 系 defined as a grouping of other segments (事務系: LGWAN接続系及びインターネット接続系に
 * 属するもの) is not a segment of its own; one kept apart from them (「…接続系から分離されたもの」) is.
 */
function definedSegments(tree: ClauseNode[], parts: string[] = []): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  flatten(tree).forEach((n, at) => {
    // Every form below names a 系.
    if (!n.text.includes('系')) return;
    // The space between term and definition may be lost (a PDF): the term ends at its first 系.
    // 「ただし、会議資料系とは、…をいう。」: a definition in a proviso of another sentence.
    // 「ア．指令系　…をいう。」: one line of a list of terms that stays in its clause's text.
    // 「（３）事務系ネットワーク　…に用いるネットワークであって、…と分離されたもの」: an item of a list of terms
    // that names a network of its own, defined without 「をいう」.
    // 「年金事務系（…をいう。）を、…」: defined in brackets in a rule.
    const m =
      /^([^\s、。()「」]{1,12}?系)\s*([^」].*をいう。?)$/.exec(n.text) ??
      (n.text.includes('系ネットワーク')
        ? /^([^\s、。()]{1,12}?系ネットワーク)\s+([^。]*ネットワーク(?:[^。]*もの)?)。?$/.exec(n.text)
        : null) ??
      /^「?([^\s、。()「」]{1,12}系)」?とは、(.+)$/.exec(n.text) ??
      (n.text.includes('系とは、')
        ? /(?:。|ただし、)「?([^\s、。()「」]{1,12}系)」?とは、([^。]+をいう)/.exec(n.text)
        : null) ??
      (n.text.includes('\n') && n.text.includes('系')
        ? /(?:^|\n)(?:[ア-ン][.．]|[・●])\s*([^\s、。()]{1,12}?系)\s*([^\n]+をいう。?)(?=\n|$)/.exec(n.text)
        : null) ??
      (n.text.includes('系(') ? DEFINED_IN_BRACKETS.exec(n.text) : null);
    if (!m || !/ネットワーク|システム|端末|セグメント/.test(m[2])) return;
    if (SEGMENTS.some(([, re]) => re.test(m[1]))) return;
    // Named in the definition as what it is part of, not as what it is kept apart from (「…から分離された」,
    // 「…に属さないもの」).
    // 「…インターネット接続系に接続されたもの」 is joined to the segment, not part of it.
    const apart = m[2].replace(
      /[^、。]*(?:から(?:分離|独立|切り離)|に属さない|に属しない|に接続され|に接続する)[^、。]*/g,
      '',
    );
    if (SEGMENTS.some(([, re]) => re.test(apart))) {
      parts.push(m[1]);
      return;
    }
    if (!out.some((s) => s.name === m[1])) out.push({ name: m[1], at });
  });
  return out;
}

const KNOWN = SEGMENTS.map(([, re]) => re.source).join('|');
/**
 * 「運行管理系をLGWAN接続系及びインターネット接続系から分離しなければならない」 (or 「運行管理系ネットワークを…」): a 系
 * kept apart from a segment.
 */
const KEPT_APART = new RegExp(
  `([\u4e00-\u9fffァ-ヴーA-Za-z]{1,12}系)(?:ネットワーク)?を[^。]*?(?:${KNOWN})[^。]*?から[^。]*?(?:分離|分割|切り離)`,
);
/**
 * 「券売系のネットワークを事務用のネットワーク…から分離する」「制御系を他の系から分離する」: a 系 whose network is
 * kept apart from other networks or from the other 系.
 */
const NETWORK_APART =
  /(?:^|、|は、)([\u4e00-\u9fffァ-ヴーA-Za-z]{1,12}系)(?:のネットワークを[^。]*?ネットワーク|(?:ネットワーク)?を[^。]*?他の(?:系|ネットワーク))[^。]*?から[^。]*?(?:分離|分割|切り離)/;

/** A 系 named as one (not 他の系, 各系). */
const SEGMENT_WORD = '[\u4e00-\u9fffァ-ヴーA-Za-z]{1,12}系';
const notASegment = (name: string) => /^(?:他の?|各|当該|同|その他の?|全)/.test(name);
/**
 * 「X系のネットワークを、LGWAN接続系又はインターネット接続系のネットワークに接続してはならない」 and the same
 * said the other way round: a 系 that must not be joined to a segment of the 三層の対策 is a segment.
 */
const NOT_JOINED = new RegExp(
  `(?:^|、|は、)(${SEGMENT_WORD})のネットワークを、?[^。]*?(?:${KNOWN})[^。]*?に接続してはならない`,
);
const NOT_JOINED_TO = new RegExp(
  `(?:${KNOWN})のネットワークを、?[^。]*?(${SEGMENT_WORD})のネットワークに接続してはならない`,
);
/**
 * 「X系及びインターネット接続系の情報システム」「LGWAN接続系、X系…のネットワーク」: a 系 listed with the segments
 * of the 三層の対策 as one more kind of the same systems or networks.
 */
const LISTED_WITH = new RegExp(
  `(?:^|[、はをにの])((?:${SEGMENT_WORD}|${KNOWN})(?:(?:、|及び|並びに|又は)(?:${SEGMENT_WORD}|${KNOWN}))+)の(?:情報システム|ネットワーク|端末|通信回線)`,
);

/**
 * Two 系 kept apart from each other: 「校務系ネットワークは、学習系ネットワークから分離しなければならない」,
 * 「校務系と学習系を論理的に分割する」. Each is a segment.
 */
const NET = '(?:のネットワーク|ネットワーク)?';
const APART_FROM = new RegExp(
  `(?:^|、|は、)(${SEGMENT_WORD})${NET}(?:は、?|を、?)(${SEGMENT_WORD})${NET}から[^。]*?(?:分離|分割|切り離)`,
);
const APART_BOTH = new RegExp(
  `(?:^|、|は、)(${SEGMENT_WORD})${NET}(?:と|及び)(${SEGMENT_WORD})${NET}(?:と)?を、?[^。]*?(?:分離|分割|切り離)`,
);

/** A 系 the text keeps apart from a segment of the 三層の対策, though no clause defines it: a segment of its own. */
function separatedSegments(tree: ClauseNode[]): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  const add = (name: string, at: number) => {
    if (!notASegment(name) && !SEGMENTS.some(([, re]) => re.test(name)) && !out.some((x) => x.name === name))
      out.push({ name, at });
  };
  flatten(tree).forEach((n, at) => {
    if (!n.text.includes('系')) return;
    for (const s of splitSentences(n.text)) {
      if (!s.includes('系')) continue;
      const joined = NOT_JOINED.exec(s) ?? NOT_JOINED_TO.exec(s);
      if (joined) add(joined[1], at);
      const apart = APART_FROM.exec(s) ?? APART_BOTH.exec(s);
      if (apart && !notASegment(apart[2])) {
        add(apart[1], at);
        add(apart[2], at);
      }
      const listed = LISTED_WITH.exec(s);
      if (listed) {
        const names = listed[1].split(/、|及び|並びに|又は/);
        if (names.some((x) => SEGMENTS.some(([, re]) => re.test(x))))
          for (const name of names) if (new RegExp(`^${SEGMENT_WORD}$`).test(name)) add(name, at);
      }
    }
    if (!/系(?:のネットワーク|ネットワーク)?を/.test(n.text)) return;
    for (const s of splitSentences(n.text)) {
      const apart = NETWORK_APART.exec(s);
      if (apart) add(apart[1], at);
      const m = KEPT_APART.exec(s);
      if (!m) continue;
      // 「…系を、LGWAN接続系、インターネット接続系及び工業用水道監視系から分離」: each 系 of the list is a segment.
      const list = s.slice(m.index + m[1].length, s.indexOf('から', m.index + m[1].length));
      const others = [
        ...list.matchAll(
          /(?:^|を、?|、|及び|並びに|又は)([\u4e00-\u9fffァ-ヴーA-Za-z]{1,12}系)(?=、|及び|並びに|又は|$)/g,
        ),
      ].map((x) => x[1]);
      for (const name of [m[1], ...others]) {
        if (SEGMENTS.some(([, re]) => re.test(name)) || out.some((x) => x.name === name)) continue;
        out.push({ name, at });
      }
    }
  });
  return out;
}

/**
 * 「組合のネットワークは、港湾系、LGWAN接続系及びインターネット接続系に区分する」 (「…に区分し、」, 「情報システムは、
 * …に分離して構築する」): each 系 of the list, also one named as a network (「制御系ネットワーク、…に区分する」).
 */
function listedSegments(tree: ClauseNode[]): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  flatten(tree).forEach((n, at) => {
    if (!/ネットワーク|システム/.test(n.text)) return;
    for (const s of splitSentences(n.text)) {
      const m =
        /(?:ネットワーク|システム)は、([^。]+?)に(?:区分|分割|分離)(?:する|し|して)/.exec(s) ??
        /(?:^|、)([^、。]*?系(?:(?:、|及び|並びに)[^、。]*?系)+)のネットワークを[^。]*?(?:区分|分割|分離)/.exec(
          s,
        );
      if (!m) continue;
      // 「住民情報系、内部情報系及びインターネット系の３系統に分離する」: the count after the list is not a name.
      // 「…用地管理系と、…インターネット系とに区分する」: the list may join its 系 with と.
      const list = m[1]
        .replace(/の(?:[0-9]+|[一二三四五六])?(?:系統|区分|つ|種類)$/, '')
        .replace(/(?<=系)と$/, '');
      // 「…を行う収納系、…を行うLGWAN接続系並びに…に用いるインターネット接続系」: the 系 each item ends with.
      const items = list.split(/(?<=系(?:ネットワーク)?)と、?|、|及び|並びに/);
      const names = [
        ...list.matchAll(/([\u4e00-\u9fffァ-ヴーA-Za-z]{1,12}系(?:ネットワーク)?)(?=、|及び|並びに|と|$)/g),
      ].map((x) => x[1]);
      const known = names.filter((x) => SEGMENTS.some(([, re]) => re.test(x)));
      // A list of 系 and nothing else (「基幹系ネットワーク及び情報系ネットワーク」) names segments of its own.
      const bare =
        items.length >= 2 &&
        items.every((x) => /^[\u4e00-\u9fffァ-ヴーA-Za-z]{1,12}系(?:ネットワーク)?$/.test(x));
      // 「…を接続するX系と、…を利用するY系とに区分する」: each item ends in the 系 it describes.
      const each =
        items.length >= 2 &&
        names.length === items.length &&
        items.every((x) => /系(?:ネットワーク)?$/.test(x));
      if (!bare && !each && (names.length < 2 || known.length === 0)) continue;
      for (const name of bare ? items : names)
        if (!SEGMENTS.some(([, re]) => re.test(name)) && !out.some((x) => x.name === name))
          out.push({ name, at });
    }
  });
  return out;
}

/**
 * 「事務系は、…LGWAN接続系及びインターネット接続系に分離する」「事務系をLGWAN接続系とインターネット接続系とに分割する」:
 * a 系 divided into segments of the 三層の対策 groups them and is no segment of its own.
 */
const DIVIDED_INTO = new RegExp(
  `(?:^|、|。)(${SEGMENT_WORD})(?:ネットワーク)?(?:は|を)、?[^。]*?(?:${KNOWN})と?に(?:区分|分割|分離)(?:する|し|して|され)`,
);
function groupings(nodes: ClauseNode[]): string[] {
  const out: string[] = [];
  for (const n of nodes) {
    if (!n.text.includes('系') || !/区分|分割|分離/.test(n.text)) continue;
    const m = DIVIDED_INTO.exec(n.text);
    if (m && !SEGMENTS.some(([, re]) => re.test(m[1])) && !out.includes(m[1])) out.push(m[1]);
  }
  return out;
}

/**
 * The 系 of the one sentence that divides the body's own network (「ネットワークは、X系と、Y系とに分離する」), where
 * one of them at least is of the body's own naming; undefined where no sentence, or more than one, does so.
 */
function ownDivision(nodes: ClauseNode[]): string[] | undefined {
  const lists: string[][] = [];
  for (const n of nodes)
    for (const s of splitSentences(n.text)) {
      const m = /ネットワークは、([^。]+?)に(?:区分|分割|分離)(?:する|し|して)/.exec(s);
      if (!m) continue;
      const names = [
        ...m[1].matchAll(/([\u4e00-\u9fffァ-ヴーA-Za-z]{1,12}系)(?:ネットワーク)?(?=、|及び|並びに|と|$)/g),
      ].map((x) => x[1]);
      if (names.length >= 2 && names.some((x) => !SEGMENTS.some(([, re]) => re.test(x)))) lists.push(names);
    }
  return lists.length === 1 ? lists[0] : undefined;
}

/** Segment names: the canonical ones mentioned anywhere and any other the text defines, in order of first mention. */
export function findSegments(tree: ClauseNode[]): string[] {
  const nodes = flatten(tree);
  // One search over the whole text per segment; the offset tells which clause mentions it first.
  const starts: number[] = [];
  let all = '';
  for (const n of nodes) {
    starts.push(all.length);
    // A table's cells name segments too (a table of 系 and what each is for).
    all += `${n.title ?? ''}\n${n.text}\n${n.tables ? `${n.tables.flat(2).join('\t')}\n` : ''}`;
  }
  // 「事務系　…ネットワークで、県のLGWAN接続系に接続されたものをいう」: a segment named only as another body's
  // network (県の, 市の, 本庁の) that a 系 of the body's own is joined to is none of the body's segments; without
  // an owner (「…インターネット接続系に接続されたもの」) it is the body's own.
  const owned = new RegExp(
    `(?<=(?:県|都|道|府|市|町|村|国|庁|本部)の)(?:${KNOWN})(?=に接続され[^。\n]*をいう)`,
    'g',
  );
  const mentions = all.replace(owned, (x) => '_'.repeat(x.length));
  const first = (re: RegExp, text = all) => {
    const at = text.search(re);
    if (at < 0) return -1;
    let k = 0;
    while (k + 1 < starts.length && starts[k + 1] <= at) k++;
    return k;
  };
  // 系 defined as part of a segment (「LGWAN接続系の情報システムであって…」) are none, even where kept apart.
  const parts: string[] = groupings(nodes);
  const defined = definedSegments(tree, parts).filter((d) => !parts.includes(d.name));
  const listed = itemSegments(tree).filter((s) => !SEGMENTS.some(([, re]) => re.test(s.name)));
  // 制御系 and 制御系ネットワーク are one segment: the name first defined or found stands.
  const bare = (name: string) => name.replace(/ネットワーク$/, '');
  const same = (a: string, b: string) => bare(a) === bare(b);
  const separated = [...separatedSegments(tree), ...listedSegments(tree), ...listed].filter(
    (s, i, all) =>
      !defined.some((d) => same(d.name, s.name)) &&
      !parts.includes(s.name) &&
      all.findIndex((x) => same(x.name, s.name)) === i,
  );
  // A segment kept apart but not defined is placed where the text first names it.
  for (const s of separated) s.at = first(new RegExp(escapeRe(s.name)));
  // 「組合のネットワークは、…業務系と、…インターネット接続系とに分離する」: where the body divides its own network
  // into 系 of its own naming, a canonical 系 left out of that division (「構成市町に…LGWAN接続系の電子メールで」) is
  // another's network, not the body's segment.
  const own = ownDivision(nodes);
  return [
    ...SEGMENTS.map(([name, re]) => ({ name, at: first(re, mentions) }))
      .filter((s) => s.at >= 0)
      .filter((s) => !own || own.some((x) => SEGMENTS.find(([n]) => n === s.name)?.[1].test(x))),
    ...defined,
    ...separated,
  ]
    .sort((a, b) => a.at - b.at)
    .map((s) => s.name);
}

/** Rules stated for a segment (sentences that name it), definitions (…をいう) excluded. */
export function findSegmentRules(tree: ClauseNode[]): SegmentRule[] {
  const out: SegmentRule[] = [];
  for (const node of flatten(tree)) {
    // Every segment's name ends in 系: a clause without it names none (most clauses of a policy).
    if (!node.text.includes('系') && !node.title?.includes('系')) continue;
    const context = `${node.title ?? ''} ${node.text}`;
    // Which segments the clause names is the same for each of its sentences: asked once.
    const inContext = SEGMENTS.map(([, re]) => re.test(context));
    for (const s of splitSentences(node.text)) {
      if (/をいう。?$/.test(s)) continue;
      const named = SEGMENTS.filter(([, re], i) => re.test(s) || inContext[i]);
      const segment = named.find(([, re]) => re.test(s)) ?? named[0];
      if (!segment) continue;
      for (const [kind, re] of RULES) {
        if (re.test(s)) out.push({ kind, segment: segment[0], path: node.path, text: s });
      }
    }
  }
  return out;
}
