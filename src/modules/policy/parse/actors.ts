/**
 * Resolves who a sentence is about: the document's roles (by name or alias, tolerating typos
 * such as 情報情報システム担当者) or its staff term (職員, 職員等).
 */
import type { Role } from '../types.ts';
import { alternation, escapeRe, splitNames, stripParens } from './sentences.ts';

export interface ActorMatcher {
  /** canonical role name for a written name (alias, typo-prefixed) or null */
  resolve(name: string): string | null;
  /**
   * actors of the sentence's subject (`Xは、`), in order; empty when it has none. `unbound` where the sentence
   * binds no one named, so that no actor of the sentence before carries over to it.
   */
  subject(sentence: string): Subject;
  /** role names listed right before a particle, e.g. `Aの許可`, `Bに報告` */
  before(sentence: string, particle: string): string[];
  /** the role-name alternation (for other patterns) */
  pattern: string;
  staffTerms: string[];
}

export interface Subject {
  actors: string[];
  condition?: string;
  unbound?: true;
}

/** The end of a condition before the subject: 「…場合は、」「…ときは、」. */
const CONDITION = /(?:場合(?:に|には|は)?|ときは|際は|際には|において)、/g;

/** A party outside the body named at the end of a phrase: 委託事業者, 保守事業者, 受託者. */
const PARTY_AT_END = /[\u4e00-\u9fff]{0,8}(?:事業者|受託者|委託先)$/;

/**
 * Staff named by their kind or by another body they belong to: 派遣職員, 会計年度任用職員, 構成町村の職員.
 * Staff of a unit of the body itself (保養施設の職員) and 当該職員 are its staff all the same.
 */
const NARROWER_STAFF =
  /^(?:(?!当該|全|各|所属|担当)[\u4e00-\u9fff]{2,8}職員|[\u4e00-\u9fff]{0,6}(?:町村|市町|団体|機関|法人)の職員)$/;

/** Staff of another body at the end of a phrase: 「…する構成市町村の職員」. */
const OTHER_BODY_STAFF = /(?:^|[ぁ-ん])([\u4e00-\u9fff]{0,6}(?:町村|市町|団体|機関|法人)の職員等?)$/;

/**
 * A kind of people written as one word: 学生, 生徒, 教員, 看護師, 臨床工学技士, 研修医, 運転士, 傍聴者, 来庁者, 認定調査員,
 * 審査会委員, 学級担任 (not seats such as 委員 or 幹事, and not a role's word such as 管理者 or 責任者).
 */
const PEOPLE_KIND =
  /^(?!委員|構成員|班員|本部員)(?:[\u4e00-\u9fff]{1,3}(?:員|生|徒|医)|[\u4e00-\u9fff]{1,6}(?:師|士)|[\u4e00-\u9fff]{2,6}(?:調査員|委員|担任)|[\u4e00-\u9fff]{2,4}者|[\u4e00-\u9fff]{2}人)$/;
/** 「職員以外の者は」: people named by who they are not, kept as written. */
const OTHER_THAN = /^[\u4e00-\u9fff]{1,8}以外の者$/;
const ROLE_WORD = /(?:管理者|責任者|担当者|統括者|取扱者|監督者|監査者|指揮者|代理者)$/;
/** The members of a board or council of their own (介護認定審査会の委員): people of one kind, named as written. */
const MEMBER_OF = /^[\u4e00-\u9fff]{2,12}会の委員$/;
const isPeopleKind = (words: string) =>
  (PEOPLE_KIND.test(words) && !ROLE_WORD.test(words)) || MEMBER_OF.test(words);
/** A word of its own for the staff of a kind (教職員, 役職員): one kanji in front of 職員 that is no 全, 各 or 当. */
const STAFF_WORD = /^(?![全各当本同他])[\u4e00-\u9fff]職員等?$/;
/** The one who represents or heads a group: 会派の代表者, 各団体の長. */
const GROUP_HEAD = /^[\u4e00-\u9fff]{1,8}の(?:代表者|長)$/;
/**
 * Staff named by the task they are given (監査を行う職員, 窓口業務を担当する職員): a narrower group than all
 * staff, kept as written. Staff described by what they do with the information (情報資産を廃棄する職員等)
 * are the staff term.
 */
const STAFF_BY_TASK =
  /^[^、。]{0,16}?(?:(?:監査|点検|検査|審査|保守|運用)を(?:行う|実施する)|を担当する|に従事する)職員$/;

/** The auditor's independence: 「監査を行う者（職員）は、自ら（が）所属する…を監査してはならない」. */
const SELF_AUDIT =
  /^(?:[^、。]*?(?:監査|点検)を(?:行う|実施する)(?:者|職員)|監査人)は、(?:自ら|自己)(?:が|の)?(?:所属|属|勤務)する/;

/**
 * The sanction for a breach (「この規程に違反した職員は、その重大性に応じて、懲戒処分の対象とするものとする」): the body
 * acts on the one who broke the rules, who has no duty in the sentence.
 */
const SANCTION = /^[^、。]*に違反した[^、。]{0,6}は、[^。]*懲戒処分[^。]*の対象と(?:する|なる)/;

/**
 * A proviso with no subject of its own that asks a further leave for some of the cases (「ただし、機密性３の情報資産
 * については、統括責任者の許可を得なければならない」): a rule on who gives the leave, not a duty of the one named before.
 */
const STRICTER_LEAVE = /^ただし、[^。]*(?:許可|承認|了承|同意|決裁)[^。]*(?:得|受け)なければならない。?$/;
/** Who gives a leave (「…の提供の承認は、統括責任者が行うものとする」): the approver, no one's duty. */
const LEAVE_GIVEN_BY =
  /^(?:ただし、)?[^。]*の(?:許可|承認|了承|同意|決裁)は、[^、。]+が行う(?:もの)?とする。?$/;

/**
 * Each case's giver of the leave, the sentence's act waiting on it (「機密性３についてはXが、機密性２についてはYが、…持出しを
 * 許したときは、持ち出すことができる」): X and Y allow, and are not who acts.
 */
const PER_CASE_LEAVE =
  /(?:については|にあっては)[^、。]+が、[^。]*?(?:許可|承認|許し|認め)[^。、]{0,6}?(?:とき|場合)/;

/** Words that really modify a role name (統括…, 最高…) rather than being a typo. */
const MEANINGFUL_PREFIX = /^(?:統括|最高|副|主任|総括|各|全|局|部|課|区)/;

/** A mention of a role with an unexpected prefix: a typo (情報情報…) or an undefined role (統括…). */
export interface PrefixedMention {
  written: string;
  role: string;
  typo: boolean;
}

/** Builds the matcher for a document's roles; `staffTerms` are 職員/職員等 as the document defines them. */
export function actorMatcher(
  roles: Role[],
  staffTerms: string[],
  offices: ReadonlyMap<string, string> = new Map(),
): ActorMatcher {
  const names = new Map<string, string>();
  for (const r of roles) {
    names.set(r.name, r.name);
    for (const a of r.aliases ?? []) names.set(a, r.name);
  }
  const roleNames = alternation([...names.keys()]);
  // An office that holds a role (`offices`: 所属長 → 情報セキュリティ管理者) names it only as a whole word:
  // 「施設課長」 is no 課長 and 「副議長」 no 議長.
  const held = [...offices.keys()].filter((o) => !names.has(o));
  const officeNames = held.length ? `(?<![\u4e00-\u9fffァ-ヴー])(?:${alternation(held)})` : '';
  const pattern = [roleNames, officeNames].filter(Boolean).join('|');
  const roleRe = roleNames ? new RegExp(`(?:${roleNames})$`) : null;

  const resolve = (written: string): string | null => {
    const w = written.replace(/^(?:本組合の|当該)/, '').trim();
    if (names.has(w)) return names.get(w) ?? null;
    // 「当該システムを所管する課長」: an office described with 当該 is filled as written.
    const office = offices.get(w) ?? offices.get(written.trim());
    if (office) return office;
    const m = roleRe?.exec(w);
    if (!m) return null;
    const prefix = w.slice(0, m.index);
    // 「総務課の課情報セキュリティ管理者」「運輸部の部情報セキュリティ責任者」: the role as one unit holds it.
    if (/^[\u4e00-\u9fff]{1,8}の$/.test(prefix)) return names.get(m[0]) ?? null;
    // 情報情報システム担当者 / 機情報セキュリティ責任者: a short garbled prefix is a typo.
    if (prefix.length <= 2 && !MEANINGFUL_PREFIX.test(prefix)) return names.get(m[0]) ?? null;
    return null;
  };

  // Each people term also as written without 等 (議員等 → 議員): 「議員は」 stays 議員.
  const staffWords = alternation([
    ...staffTerms,
    ...staffTerms.map((t) => t.replace(/等$/, '')),
    '職員等',
    '職員',
  ]);
  const staffAtEnd = new RegExp(`(?:${staffWords})$`);
  const staffOnly = new RegExp(`^(?:${staffWords})$`);
  const roleAtEnd = pattern ? new RegExp(`(?:${pattern})$`) : null;
  const designee = pattern ? new RegExp(`^(?:${pattern})が(?:指名|指定|任命)した者$`) : null;
  // The patterns of a subject found without 「は、」, built once per document (they hold every role name).
  const actorWords = `${pattern ? `${pattern}|` : ''}${staffWords}`;
  const bareSubject = new RegExp(`(?:^|、)(${actorWords})は(?!、)`);
  // Not a condition (「Xが許可した場合」) and not a clause that describes a thing by what X did (「Xが設定した端末」).
  const gaDoer = new RegExp(
    `(${actorWords})が(?![^。]{0,12}(?:判断|認め|許可|許し|承認|指示|指名|指定|定め|必要と))(?![^、。]{0,10}?(?:した|された)[\\u4e00-\\u9fffァ-ヴー])`,
    'g',
  );
  const gaFirst = new RegExp(
    `^(${actorWords})が(?![^。]{0,12}(?:判断|認め|指示|指名|指定|定め|必要と))(?![^、。]{0,10}?(?:した|された)[\\u4e00-\\u9fffァ-ヴー])`,
  );
  const gaToEnd = new RegExp(`(${actorWords})が([^、。を]{1,15})。?$`);
  // 「…場合は、Xが別の者を指名するものとする。」: a が whose words run to the sentence's modal end is its doer, even where
  // they choose or allow (指名, 許可), which after a が otherwise describe a thing or a condition.
  const gaMain = new RegExp(
    `(?:^|、)(${actorWords})が([^、。がは]{1,30}?)(?:ものとする|なければならない)。?$`,
  );

  // 職員等 stays 職員等 and 職員 stays 職員: the staff word as the sentence writes it.
  const staffTerm = (written: string) => written;

  /**
   * A subject written as an office or a party rather than a role: 議長, 総務課長, 委託事業者 (kept as written);
   * 「各係の係長」 is each unit's holder of the office, the office 係長.
   */
  const asWritten = (p: string): string | null =>
    /^[\u4e00-\u9fff]{1,10}長$/.test(p) || /^[\u4e00-\u9fff]{0,8}(?:事業者|受託者|委託先)$/.test(p)
      ? p
      : (/^各[\u4e00-\u9fff]{1,6}の([\u4e00-\u9fff]{1,10}長)$/.exec(p)?.[1] ?? null);

  function resolveList(phrase: string): string[] | null {
    const parts = splitNames(phrase);
    if (parts.length === 0) return null;
    const out: string[] = [];
    for (const p of parts) {
      const r = resolve(p) ?? (staffOnly.test(p) ? staffTerm(p) : designee?.test(p) ? p : asWritten(p));
      if (!r) return null;
      if (!out.includes(r)) out.push(r);
    }
    return out;
  }

  /** The actor a topic phrase (the part before は、) names, if any. */
  const topic = (prefix: string): { actors: string[]; condition?: string } | null => {
    let cut = 0;
    for (const m of prefix.matchAll(CONDITION)) cut = m.index + m[0].length;
    const afterCondition = prefix.slice(cut);
    const lastPart = prefix.split('、').pop() ?? '';
    for (const candidate of [prefix, afterCondition, lastPart]) {
      const list = resolveList(candidate);
      if (list) return { actors: list };
    }
    // 「前項の報告を受けた情報セキュリティ管理者は」: the role that ends the phrase.
    const role = roleAtEnd?.exec(lastPart);
    if (role) {
      const name = resolve(role[0]);
      const condition = lastPart.slice(0, role.index).trim();
      if (name) return { actors: [name], ...(condition ? { condition } : {}) };
    }
    // 「議員及び職員は」「職員及び学生は」: the staff and other kinds of people, each who it is.
    // 「前項の許可を受けた議員及び職員は」: the words before the first say which of them all, and are no name.
    const person = (k: string) =>
      resolve(k) ?? (staffOnly.test(k) || STAFF_WORD.test(k) || isPeopleKind(k) ? k : null);
    for (const list of [afterCondition, lastPart]) {
      const people = splitNames(list);
      if (people.length < 2) continue;
      const described = /^(.*[たる])([\u4e00-\u9fffァ-ヴー]+)$/.exec(people[0]);
      const firstAlone = described && !person(people[0]) ? described[2] : null;
      const each = (firstAlone ? [firstAlone, ...people.slice(1)] : people).map(person);
      if (each.every((k) => k !== null))
        return {
          actors: [...new Set(each)],
          ...(described && firstAlone ? { condition: described[1] } : {}),
        };
    }
    // 「教職員は」「役職員は」: a word of its own that ends in 職員, not the staff term with something before it.
    if (STAFF_WORD.test(lastPart)) return { actors: [lastPart] };
    // 「窓口端末を利用する構成市町村の職員は」: the staff of another body, whatever the words before say of them.
    const ofBody = OTHER_BODY_STAFF.exec(lastPart);
    if (ofBody) return { actors: [ofBody[1]] };
    // 「持出しの許可を受けた教職員は」: a word of its own for the staff, whatever the words before say of them.
    const word = /[ぁ-ん]([\u4e00-\u9fff]職員等?)$/.exec(lastPart);
    if (word && STAFF_WORD.test(word[1]))
      return { actors: [word[1]], condition: lastPart.slice(0, word.index + 1) };
    const staff = staffAtEnd.exec(lastPart);
    // A narrower group of staff is who it says (会計年度任用職員, 構成町村の職員), not all staff.
    if (staff && staff.index > 0 && (NARROWER_STAFF.test(lastPart) || STAFF_BY_TASK.test(lastPart)))
      return { actors: [lastPart] };
    if (staff) {
      const condition = lastPart.slice(0, staff.index).trim();
      return { actors: [staffTerm(staff[0])], ...(condition ? { condition } : {}) };
    }
    // 「学生は」「教員は」「薬剤師は」: people of one kind, named as a whole phrase, are who they are.
    if (isPeopleKind(lastPart) || GROUP_HEAD.test(lastPart) || OTHER_THAN.test(lastPart))
      return { actors: [lastPart] };
    // 「学級担任及び教科担任は」: several kinds of people, each who it is.
    const kinds = splitNames(lastPart);
    if (kinds.length > 1 && kinds.every(isPeopleKind)) return { actors: kinds };
    // 「委託事業者の従業者は」: a party's staff act for the party.
    const staffOf =
      /([\u4e00-\u9fff]{0,8}(?:事業者|受託者|委託先))の(?:従業者|従業員|社員|作業員|技術者)等?$/.exec(
        lastPart,
      );
    if (staffOf) return { actors: [staffOf[1]] };
    // 「医療機器の保守事業者は」「保守を行う事業者は」: the party the phrase ends with.
    const party = PARTY_AT_END.exec(lastPart);
    if (party) {
      const condition = lastPart.slice(0, party.index).trim();
      return { actors: [party[0]], ...(condition ? { condition } : {}) };
    }
    // 「…を行う者は」 describes whoever acts and names nobody: the reviewer is asked.
    return null;
  };

  // Tiers, obligations and committees ask about the same sentences: the answer is kept.
  const subjects = new Map<string, Subject>();
  const subject = (sentence: string): Subject => {
    let hit = subjects.get(sentence);
    if (!hit) {
      hit = findSubject(sentence);
      if (hit.actors.length === 0 && STRICTER_LEAVE.test(sentence)) hit = { actors: [], unbound: true };
      subjects.set(sentence, hit);
    }
    return { ...hit, actors: [...hit.actors] };
  };

  const findSubject = (sentence: string): Subject => {
    // 「監査を行う職員は、自らが所属する課の監査を行ってはならない」: a rule on who may audit what, binding no one named.
    if (SELF_AUDIT.test(sentence) || LEAVE_GIVEN_BY.test(sentence) || SANCTION.test(sentence))
      return { actors: [], unbound: true };
    // 「管理者にあっては課の台帳を、システム管理者にあってはシステムの台帳を整備しなければならない」: each acts.
    if (sentence.includes('にあっては')) {
      const each = before(sentence, 'にあっては');
      if (each.length > 1) return { actors: each };
    }
    // 「電気課長は、監視システム管理者として、…」: the office acts as the role it fills.
    // (The role's short name may be given on the way: 「…統括管理者（以下「統括管理者」という。）として、」.)
    const as = sentence.includes('として、')
      ? /^[^、。]+?は、([^、。を]+?)として、/.exec(stripParens(sentence))
      : null;
    const asRole = as ? resolve(as[1]) : null;
    if (asRole) return { actors: [asRole] };
    for (const m of sentence.matchAll(/(?:は|にあっては)、/g)) {
      const prefix = sentence.slice(0, m.index);
      const defined = /以下「([^」]+)」という/.exec(prefix);
      if (defined && staffTerms.includes(defined[1])) return { actors: [defined[1]] };
      // 「…の委託を受けた者（以下「委託先」という。）は、」: the subject as the text names it from here on.
      const short = defined ? /\(以下「([^」]+)」という。?\)$/.exec(prefix) : null;
      const named = short ? topic(short[1]) : null;
      if (named && !named.condition) return named;
      // 「…する場合は、」「…ときは、」 is a condition, not the subject.
      if (/(?:場合|とき|際|ところ)(?:に)?$/.test(prefix)) continue;
      // 「職員等(会計年度任用職員を含む。)は」: an aside in brackets is not part of the subject.
      // (A short bracket belongs to a name: 情報セキュリティ管理者(係長).)
      const aside = prefix.replace(/\([^()]*[、。「][^()]*\)|\([^()]{9,}\)/g, '');
      const found = topic(prefix) ?? (aside !== prefix ? topic(aside) : null);
      if (found) return found;
    }
    // 「情報セキュリティ責任者(次長)、…を見直すものとする」: the は was left out.
    const lead = /^([^、。]+?)、/.exec(sentence);
    const leadRole = lead ? resolve(lead[1]) : null;
    if (leadRole) return { actors: [leadRole] };
    // 「…分類し、職員は必要に応じ…行うものとする」: a subject without the comma.
    const bare = bareSubject.exec(sentence);
    if (bare) return { actors: [resolve(bare[1]) ?? staffTerm(bare[1])] };
    // 「…はネットワーク管理者が一括して管理すること」「…場合は、職員等が立ち会わなければならない」: the doer marked with が.
    // 「…申請者であるときは、議長が許可又は承認を行うものとする」: the main clause after the condition says who acts.
    const cut = sentence.includes('は、') ? /^.*(?:とき|場合)(?:に)?は、/.exec(sentence) : null;
    const rest = cut ? sentence.slice(cut[0].length) : '';
    const head = rest && !/場合|とき|除き/.test(rest) ? gaFirst.exec(rest) : null;
    if (head) return { actors: [resolve(head[1]) ?? staffTerm(head[1])] };
    if (PER_CASE_LEAVE.test(sentence)) return { actors: [] };
    // (Not 「Xが承認した方法による」「Xが定める経路に限る」: what X did or does describes a thing.)
    const runs = sentence.includes('が') ? gaMain.exec(sentence) : null;
    if (runs && !/[るた][\u4e00-\u9fffァ-ヴー]/.test(runs[2]))
      return { actors: [resolve(runs[1]) ?? staffTerm(runs[1])] };
    const last = sentence.includes('が') ? [...sentence.matchAll(gaDoer)].pop() : undefined;
    if (last) return { actors: [resolve(last[1]) ?? staffTerm(last[1])] };
    // 「委託事業者が再委託をするときは、…」「…は、事業課長が保管し」: a party or an office marked with が.
    const other =
      /(?:^|、|は、)([\u4e00-\u9fff]{0,8}(?:事業者|受託者|委託先)|[\u4e00-\u9fff]{1,10}長)が(?![^。]{0,12}(?:判断|認め|許可|承認|指示|指名|指定|定め|必要と))/.exec(
        sentence,
      );
    if (other) return { actors: [other[1]] };
    // 「…必要な事項は、CISOが別に定める。」: a が that runs to the end of the sentence is its subject.
    const main = gaToEnd.exec(sentence);
    if (main && !/者|もの|方法|により|に従/.test(main[2]))
      return { actors: [resolve(main[1]) ?? staffTerm(main[1])] };
    return { actors: [] };
  };

  // 「所属する課の課長の指示」「…ときは課長に報告」: the name after the last kana of the words in front of it.
  const afterKana = (phrase: string): string | null => {
    for (let i = 1; i < phrase.length; i++)
      if (/[ぁ-ん]/.test(phrase[i - 1]) && !/[ぁ-ん]/.test(phrase[i])) {
        const r = resolve(phrase.slice(i));
        if (r) return r;
      }
    return null;
  };

  // Regular expressions are built once per particle: the same few are used for every sentence.
  const beforeRes = new Map<string, RegExp>();
  const before = (sentence: string, particle: string): string[] => {
    if (!pattern || !sentence.includes(particle)) return [];
    let re = beforeRes.get(particle);
    if (!re) {
      const item = `(?:[^、。()]{0,3}?(?:${pattern}))`;
      re = new RegExp(`(${item}(?:(?:、|及び|又は|並びに)${item})*)${escapeRe(particle)}`, 'g');
      beforeRes.set(particle, re);
    }
    const out: string[] = [];
    for (const m of sentence.matchAll(re)) {
      for (const p of splitNames(m[1])) {
        const r = resolve(p) ?? afterKana(p);
        if (r && !out.includes(r)) out.push(r);
      }
    }
    return out;
  };

  return { resolve, subject, before, pattern, staffTerms };
}

/**
 * The matches of 「(one to six kanji or katakana)(a role name)」 in `text`, as a global search would give
 * them, but tried only where a role name follows within six characters (found with indexOf, much faster
 * than trying the pattern at every character of a long document).
 */
export function prefixedMatches(text: string, known: string[], pattern: string): RegExpExecArray[] {
  const at = new Set<number>();
  for (const name of new Set(known))
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) at.add(i);
  const re = new RegExp(`([\\u4e00-\\u9fffァ-ヴー]{1,6})(${pattern})`, 'y');
  const out: RegExpExecArray[] = [];
  // `from`: where the global search would go on; every start before it has been tried or skipped.
  let from = 0;
  for (const q of [...at].sort((a, b) => a - b)) {
    for (let p = Math.max(from, q - 6); p < q; p = Math.max(p + 1, from)) {
      re.lastIndex = p;
      const m = re.exec(text);
      from = p + 1;
      if (m) {
        out.push(m);
        from = p + m[0].length;
      }
    }
  }
  return out;
}

/** Mentions of known roles with a prefix: typos (情報情報システム担当者) or roles never defined (統括…). */
export function prefixedMentions(text: string, roles: Role[]): PrefixedMention[] {
  const known = roles.flatMap((r) => [r.name, ...(r.aliases ?? [])]);
  const pattern = alternation(known);
  if (!pattern) return [];
  const out: PrefixedMention[] = [];
  const seen = new Set<string>();
  for (const m of prefixedMatches(text, known, pattern)) {
    const written = m[1] + m[2];
    if (known.some((k) => k.endsWith(written) || k === written)) continue;
    // Stop at words that end a list: 及び, 並びに are kanji+kana, so the kanji run is the prefix.
    const prefix = m[1];
    // その他…, 当該…, 各… are ordinary words in front of a role, not part of its name.
    if (/^(?:他|等|及|又|並|若|当該|本|同|上記|下記|前記|各種)$/.test(prefix) || seen.has(written)) continue;
    seen.add(written);
    const held = roles.find((r) => r.name === m[2] || r.aliases?.includes(m[2]));
    // A role that is an office itself (事務局長) is named with its unit in front (議会事務局長): no typo.
    if (held && held.post === held.name) continue;
    const typo = prefix.length <= 2 && !MEANINGFUL_PREFIX.test(prefix);
    const role = held?.name ?? m[2];
    out.push({ written, role, typo });
  }
  return out;
}

/**
 * The matcher, where a sentence's subject is the body that issues the policy (「組合は、…公表するものとする」
 * in the 組合's own policy, 「本会は、」): the body acts, as the text writes it. A word that also ends the
 * name of a committee the text sets up names that committee, not the body.
 */
export function withIssuer(matcher: ActorMatcher, body: string | null, committees: string[]): ActorMatcher {
  if (!body) return matcher;
  const subject = (sentence: string) => {
    const found = matcher.subject(sentence);
    if (found.actors.length > 0 || found.unbound) return found;
    const m = /^(?:[^。]*、)?((?:本|当)?([\u4e00-\u9fff]{1,6}))は、/.exec(sentence);
    if (
      !m ||
      !body.endsWith(m[2]) ||
      committees.some((c) => m[2].length > 1 && c.endsWith(m[2])) ||
      matcher.resolve(m[1])
    )
      return found;
    return { actors: [m[1]] };
  };
  return { ...matcher, subject };
}
