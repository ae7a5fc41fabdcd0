/**
 * Permissions: whose 許可・承認 a sentence requires (by level where the text makes it depend on
 * the asset's classification), and what kind of act it is about.
 */

import { transposeTable } from '../text/tables.ts';
import type { ActApproval, Classification, ClauseNode, Obligation } from '../types.ts';
import type { ActorMatcher } from './actors.ts';
import { marksAsRoles, rowsOfAct } from './approver-marks.ts';
import { approverColumn, columnOfSentence, columnsAreActs, joinedHeader } from './approvers-act-columns.ts';
import { alternativesJoined } from './approvers-alternatives.ts';
import { leaveBracketFirst } from './approvers-bracket-after.ts';
import { levelName } from './classification.ts';
import { flatten } from './clauses.ts';
import { escapeRe, loose } from './sentences.ts';
import { topicOf } from './topics.ts';

export { topicOf } from './topics.ts';

/** A pattern of approvers, and a word every sentence it can match contains (a quick test before the pattern). */
interface ApproverPattern {
  needs: RegExp;
  re: RegExp;
}

const approverRes = new WeakMap<
  ActorMatcher,
  { patterns: ApproverPattern[]; role: RegExp; each: RegExp; consult: RegExp }
>();

/** A bracket between the role and the permission it gives: 「X（機密性２の…にあっては、Y）の許可」. */
const BRACKET_BEFORE_LEAVE =
  /\([^()]*?にあっては、?([^()]*?)\)(?=(?:の|から)(?:事前の)?(?:許可|承認|決裁|了承|同意))/g;

/**
 * After 「を得」「を受け」: not a leave that cannot be had (「事前にXの許可を得ることができないときは」, 「Xの承認を得るいとまが
 * ないときは」), where the act goes on without X.
 */
const HAD = '(?!ることができ(?:ない|ず)|るいとま|る暇|られない|られず)';

/** After 「Xが認めた」: a thing X approved once, then the leave for the act asked of someone (「…を、Yの許可を得て」). */
const STANDING =
  '(?![\\u4e00-\\u9fffァ-ヴー]+を、?[^。]*?の(?:事前の|書面による)?(?:許可|承認|決裁|了承|同意)を(?:得|受け))';

/** 「前項の」「前項の規定による」「前条第２号に規定する」: the permission the 項 or 条 before asks for. */
const PREVIOUS = '^前[項条](?:第[0-9]+号)?(?:の規定による|に規定する|の)';
/** A sentence that says who gives the permission of the 項 before: 「前項の許可は、」「前項の許可権者は、」. */
export const GIVES_PREVIOUS = new RegExp(
  `${PREVIOUS}(?:許可|承認|決裁|了承|同意)(?:をする者|を行う者|権者|者)?は、`,
);

/** Roles named with the post that fills them in brackets, one regular expression per matcher. */
const postBracketRes = new WeakMap<ActorMatcher, RegExp>();
/** Posts named with the role they fill in brackets, one regular expression per matcher. */
const roleBracketRes = new WeakMap<ActorMatcher, RegExp>();

/**
 * 「統括責任者（総務課長）の許可」「ＣＩＳＯ（副町長）の」: a role written with the post that fills it (or another name
 * of it) in brackets is the role alone; the bracket would part the role from its permission.
 */
export function withoutPostBrackets(sentence: string, matcher: ActorMatcher): string {
  if (!matcher.pattern || !sentence.includes('(')) return sentence;
  let re = postBracketRes.get(matcher);
  if (!re) {
    re = new RegExp(`(${matcher.pattern})\\((${matcher.pattern})\\)`, 'g');
    postBracketRes.set(matcher, re);
  }
  sentence = sentence.replace(re, (whole, role: string, post: string) => {
    const a = matcher.resolve(role) ?? role;
    const b = matcher.resolve(post) ?? post;
    return a === b ? role : whole;
  });
  // 「校長（学校情報セキュリティ管理者）の許可」: the post first, the role it fills in brackets; the role gives it.
  if (!sentence.includes(')')) return sentence;
  let back = roleBracketRes.get(matcher);
  if (!back) {
    back = new RegExp(`([\\u4e00-\\u9fffァ-ヴー]{1,10})\\((${matcher.pattern})\\)(?=の|から|に|が)`, 'g');
    roleBracketRes.set(matcher, back);
  }
  return sentence.replace(back, (whole, post: string, role: string) => {
    const a = matcher.resolve(post);
    return a === null || a === (matcher.resolve(role) ?? role) ? role : whole;
  });
}

/**
 * The sentence in the form the approver patterns read: roles without their posts' brackets, alternatives joined
 * by 又は, an exception bracket after the permission moved before it.
 */
function asRead(sentence: string, matcher: ActorMatcher): string {
  return leaveBracketFirst(alternativesJoined(withoutPostBrackets(sentence, matcher), matcher));
}

/** The approvers read, per matcher and sentence: the obligations, provisos and committees ask of the same sentences. */
const approversRead = new WeakMap<ActorMatcher, Map<string, string[]>>();

/** Roles whose permission or approval the sentence requires. */
export function approversOf(sentence: string, matcher: ActorMatcher): string[] {
  if (
    !matcher.pattern ||
    !/許可|承認|承諾|許諾|許し|決裁|決定を|了承|了解|同意|協議|判断|認め|確認を受け/.test(sentence)
  )
    return [];
  let read = approversRead.get(matcher);
  if (!read) {
    read = new Map();
    approversRead.set(matcher, read);
  }
  let found = read.get(sentence);
  if (!found) {
    found = approversAsRead(asRead(sentence, matcher), matcher);
    read.set(sentence, found);
  }
  return [...found];
}

/** approversOf, of the sentence as the approver patterns read it (asRead). */
function approversAsRead(sentence: string, matcher: ActorMatcher): string[] {
  let res = approverRes.get(matcher);
  if (!res) {
    const item = `[^、。()]{0,3}?(?:${matcher.pattern})`;
    const list = `(${item}(?:(?:、|及び|又は|並びに)+${item})*)`;
    const pattern = (needs: RegExp, source: string) => ({ needs, re: new RegExp(source, 'g') });
    res = {
      patterns: [
        // 「…の承諾を得ないで」: 承諾 is a permission as 許可 is; so is 「許しを得」.
        // 「Xの許可を要する」「Xの承認が必要である」 state the same leave; 「許可を要しない」 asks none.
        // 「Xの許可に加え、Yの承認を得」: X's leave is asked as well as Y's.
        // 「Xの確認及び許可を受け」「Xの確認と許可を得」: X checks, then gives the leave.
        pattern(
          /許可|承認|承諾|許諾|許し|了承|了解|同意/,
          `${list}(?:の|に|から|による)(?:(?:事前の|書面による|文書による)?(?:(?:確認|審査|点検|検査)(?:及び|並びに|と))?(?:許可|承認|承諾|許諾|許し|決裁|了承|了解|同意))(?:[をも]得${HAD}|[をも]受け(?!る前)${HAD}|をもって足り|で足り|なく|なしに|なしで|を要する|が必要(?:である|となる)?。|の下|のもと|に加え(?=て?、[^。]*(?:許可|承認|決裁|了承|同意)を(?:得|受け)))`,
        ),
        // 「…廃棄するときは、Xの確認を受けて（受けなければならない）」: the leave to go on with the act, given by X
        // having checked; not a check of what was done (「返却し、Xの確認を受け」) or of a content (「…について、X
        // の確認を受け」), where no act waits on X.
        pattern(/は、[^、。]{0,40}確認を受け/, `(?<=は、)${list}の確認を受け(?!る前)`),
        // 「…の許可は、Xから受けなければならない」: the permission named first, then who gives it.
        pattern(/(?:許可|承認)は、[^。]*から受け/, `(?:許可|承認)は、${list}から受け`),
        // 「Xの決裁を経なければならない」: a 決裁 is passed through, as a permission is received.
        // 「Xの決定を経（得）なければならない」: X decides whether the act may go on.
        pattern(/(?:決裁|承認|決定)を経|決定を得/, `${list}の(?:(?:決裁|承認|決定)を経|決定を得${HAD})`),
        // 「…については、Xの判断により行うことができる」: the act is left to X's judgment.
        pattern(/判断により/, `${list}の判断により、?[^。]{0,24}?ことができる`),
        // Asking X for it: 「Xに許可を求め」「Xの承認を求め」「Xに対し許可を申請し」.
        pattern(
          /(?:許可|承認|決裁|了承|同意)を(?:求め|申請|請求)/,
          `${list}(?:の|に|に対し(?:て)?、?)(?:許可|承認|決裁|了承|同意)(?:を求め|を申請し|を申請す|を請求)`,
        ),
        // The passive: 「Xにより許可された…に限り」「Xによって承認された場合を除き」.
        pattern(
          /(?:により|によって)(?:許可|承認|承諾|了承|同意)/,
          `${list}(?:により|によって)(?:許可|承認|承諾|了承|同意)(?:され|を受け)`,
        ),
        // 「Xが認める場合に限り」「Xが必要と認めるときは、…できる」: X's leave, asked of someone else (「Xは、必要
        // があると認めるときは」 is X judging for itself, no leave: X stands before は, not が).
        pattern(/認める(?:場合|とき)/, `${list}が[^。、]{0,12}?認める(?:場合|とき)(?:に限り|は|には)`),
        // 「Xが持出しを許したときは」: 許す is to give the leave, as 許可する is.
        pattern(
          /許可|承認|決裁|許し/,
          `${list}が[^。、]{0,10}?(?:(?:許可|承認|決裁)(?:した${STANDING}|している|する)|許し(?:た${STANDING}|ている))`,
        ),
        pattern(/判断|認め/, `${list}が[^。、]{0,12}?(?:判断|認め)(?:した|た)(?:場合|とき)`),
        // 「Xが業務上の必要を認めて持出しを許したときは」: X judged, then gave the leave.
        pattern(/認めて/, `${list}が[^。、]{0,24}?認めて[^。、]{0,16}?(?:許可し|承認し|許し)た(?:場合|とき)`),
        // 「Xが災害対応その他の理由により必要と認めたときに限り、…できる」: only by X's leave, however it is reasoned.
        pattern(/に限り/, `${list}が[^。、]{0,24}?(?:判断|認め)(?:した|た)(?:場合|とき)に限り`),
        // 「Xが認めたものを除き、…用いてはならない」: forbidden but for what X allowed.
        pattern(/を除き|以外/, `${list}が[^。、]{0,8}?(?:認め|許可し|承認し)たもの(?:を除き|以外)`),
        // 「Xが認めたクラウドサービスに限り、…保存することができる」: only what X allowed.
        pattern(/に限り/, `${list}が[^。、]{0,8}?(?:認め|許可し|承認し)た[^。、]{0,20}?に限り`),
        pattern(
          /許可|承認|決裁/,
          `${list}(?:の|に|から)(?:許可|承認|決裁)[^。]{0,4}?(?:を得${HAD}|を受け(?!る前)${HAD})`,
        ),
        // A proviso lifted by what a role approved: 「ただし、CISOが認めた方法による場合は、この限りでない。」
        // The proviso may say how the role checked first: 「CISOが通信の経路及び方法を確認して許可した場合は」,
        // 「統括管理者が暗号化等の措置を確認し、許可したときは」「…特に必要があるとXが認め、許可したときは」, or what it
        // did after: 「…が必要と認めて登録した媒体」.
        // What X approved once, with the leave for the act asked of another (「Xが認めた端末を、Yの許可を得て使用する場合
        // は」), is a standing approval: Y gives the leave.
        pattern(
          /^ただし、/,
          `^ただし、[^。]*?${list}が(?:[^。、]{0,24}?[しめ]、)?[^。、]{0,24}?(?:認め|許可し|承認し)(?:た${STANDING}|て[^。、]{0,16}?した)[^。]*?この限りでない`,
        ),
        // 「前項の許可は、Xが行う。」: who gives the permission the 項 before asks for.
        // Also 「前項の規定による許可は、Xが行う。」 and 「前項の許可をする者（許可権者）は、Xとする。」.
        pattern(
          /^前[項条]/,
          `${PREVIOUS}(?:許可|承認|決裁|了承|同意)は、[^。]*?${list}が(?:行う|する|与える)`,
        ),
        pattern(
          /^前[項条]/,
          `${PREVIOUS}(?:許可|承認|決裁|了承|同意)(?:をする者|を行う者|権者|者)は、${list}と(?:する|なる)`,
        ),
        // 「ただし、Xが定める措置を講じて、その許可を得た場合は、この限りでない。」: その is the role named before.
        pattern(
          /^ただし、/,
          `^ただし、[^。]*?${list}が[^。]*?その(?:許可|承認|決裁)を(?:得|受け)[^。]*?この限りでない`,
        ),
        // 「あらかじめXと協議し、その承認を受け」, 「Xに届け出て、その承認を受けたときは」, 「作業計画をXに提出し、その承認を
        // 受け」: その is the role just named.
        pattern(
          /その(?:許可|承認|決裁|了承|同意)/,
          `${list}(?:と協議し|に協議し|に届け出|に申請し|に申し出|に報告し|に提出し)て?、?その(?:許可|承認|決裁|了承|同意)を(?:得|受け)`,
        ),
        // The application made to X is for X's leave: 「Xに申請し、許可を受け」, 「Xに申請書を提出し、その許可を受け」.
        pattern(
          /(?:申請し|を提出し)て?、?(?:その)?(?:許可|承認|決裁|了承|同意)を/,
          `${list}に(?:申請し|[^。、]{0,16}?を提出し)て?、?(?:その)?(?:許可|承認|決裁|了承|同意)を(?:得|受け)`,
        ),
        // Only what a role allowed may be used: 「Xが利用を認めた外部サービス以外の外部サービスを…利用してはならない」,
        // 「…Xが認めたクラウドサービス以外で取り扱ってはならない」.
        // 「Xが認めない機器を…接続してはならない」: only what X allowed.
        pattern(
          /認めない|認めていない|許可していない|承認していない/,
          `${list}が[^。、]{0,8}?(?:認めない|認めていない|許可していない|承認していない)[^。、]{0,20}?を[^。]*?(?:てはならない|しないこと)`,
        ),
        pattern(
          /以外/,
          `${list}が[^。、]{0,8}?(?:認め|許可し|承認し)た[^。、]{0,20}?以外(?:の|で|に)[^。]*?(?:てはならない|しないこと)`,
        ),
      ],
      role: new RegExp(matcher.pattern, 'g'),
      each: new RegExp(
        `(?:にあっては|については)、?(${matcher.pattern})(?=の、|、|の(?:事前の)?(?:許可|承認|決裁|了承|同意))`,
        'g',
      ),
      // 「あらかじめXと協議し」, or 「Xと協議の上、」: the act waits on X.
      consult: new RegExp(`あらかじめ${list}と協議し(?:なければならない|、|て)|${list}と協議の上`, 'g'),
    };
    approverRes.set(matcher, res);
  }
  const out: string[] = [];
  // 「Xの許可」 written 「X（…にあっては、Y）の許可」: X and Y both give it (approversOfBrackets splits them by level).
  const said = sentence.includes(')')
    ? sentence.replace(BRACKET_BEFORE_LEAVE, (_, inside) => `、${inside}`)
    : sentence;
  for (const { needs, re } of res.patterns) {
    if (!needs.test(said)) continue;
    for (const m of said.matchAll(re)) {
      for (const r of m[1].matchAll(res.role)) {
        const name = matcher.resolve(r[0]) ?? r[0];
        if (!out.includes(name)) out.push(name);
      }
    }
  }
  // 「庁内に持ち出す場合にあってはX、庁外に持ち出す場合にあってはYの許可」: each case's role allows (by place, not level).
  // Also 「機密性３の…についてはXの、機密性２の…についてはYの許可」.
  if (out.length > 0 && (sentence.match(/にあっては|については/g)?.length ?? 0) >= 2) {
    const each = [...sentence.matchAll(res.each)].map((m) => matcher.resolve(m[1]) ?? m[1]);
    if (each.length >= 2) out.splice(0, out.length, ...new Set([...each, ...out]));
  }
  // 「…するときは、あらかじめXと協議しなければならない」: the act waits on X as on a permission — unless the
  // sentence asks for someone's approval besides (「あらかじめXと協議し、Yの承認を得」).
  if (out.length === 0 && /あらかじめ[^。]*協議|協議の上/.test(sentence))
    for (const m of sentence.matchAll(res.consult))
      for (const r of (m[1] ?? m[2]).matchAll(res.role)) {
        const name = matcher.resolve(r[0]) ?? r[0];
        if (!out.includes(name)) out.push(name);
      }
  return out;
}

const levelRes = new WeakMap<Classification, RegExp[]>();

/** Whether the sentence names the scheme at all: an axis, or a level named in words. */
const names = (scheme: Classification, sentence: string) =>
  scheme.axes.some((a) => sentence.includes(a)) || wordLevels(scheme).some((w) => sentence.includes(w));

const wordLevelCache = new WeakMap<Classification, string[]>();

/** Levels named in words (機密情報, 一般情報), asked for every sentence: listed once per scheme. */
function wordLevels(scheme: Classification): string[] {
  let words = wordLevelCache.get(scheme);
  if (!words) {
    words = scheme.levels.filter((l) => levelName(l) === l.label).map((l) => l.label);
    wordLevelCache.set(scheme, words);
  }
  return words;
}

/** One regular expression per level of the scheme, built once per analysis. */
function levelPatterns(scheme: Classification): RegExp[] {
  let res = levelRes.get(scheme);
  if (!res) {
    res = scheme.levels.map((l) =>
      levelName(l) === l.label
        ? new RegExp(
            `${escapeRe(l.label)}${/[0-9A-Z]$/.test(l.label) ? '(?![0-9A-Z])' : ''}(以上|以下)?`,
            'g',
          )
        : // 「機密性3情報」 is also written 「機密性3の情報」; 「機密性2」 is not 「機密性2(a)」.
          new RegExp(
            `${escapeRe(l.axis)}\\s*${escapeRe(l.label.replace(/情報$/, ''))}(?:情報)?(?![IVX0-9A-Z]|\\([a-z]\\))(以上|以下)?`,
            'g',
          ),
    );
    levelRes.set(scheme, res);
  }
  return res;
}

/** A place where a sentence names levels: 「機密性2以上」 names 2 and every level above it. */
export interface LevelMark {
  at: number;
  end: number;
  levels: string[];
}

/** Levels from `l` up (以上) or down (以下) within its axis, or `l` alone. */
function rangeOf(scheme: Classification, l: Classification['levels'][number], bound?: string): string[] {
  const same = scheme.levels.filter((x) => x.axis === l.axis);
  const range =
    bound === '以上'
      ? same.filter((x) => x.rank <= l.rank)
      : bound === '以下'
        ? same.filter((x) => x.rank >= l.rank)
        : [l];
  return range.map((x) => levelName(x));
}

const symbolCache = new WeakMap<Classification, Map<string, Classification['levels'][number]>[]>();

/**
 * Per axis, what a level is called after another of the same axis has been named in full: the part
 * that differs (「自治体機密性３Ａ又は３Ｂ」, 「機密性３又は２」, 「取扱区分Ｓ又はＡ」).
 */
function shortNames(scheme: Classification): Map<string, Classification['levels'][number]>[] {
  let cached = symbolCache.get(scheme);
  if (cached) return cached;
  cached = [];
  for (const axis of scheme.axes) {
    const levels = scheme.levels.filter((l) => l.axis === axis);
    const bare = levels.every((l) => levelName(l) !== l.label);
    let prefix = levels[0]?.label ?? '';
    for (const l of levels) while (!l.label.startsWith(prefix)) prefix = prefix.slice(0, -1);
    const map = new Map<string, Classification['levels'][number]>();
    for (const l of levels) {
      const short = bare ? l.label : prefix.length >= 2 ? l.label.slice(prefix.length) : '';
      if (/^[0-9A-Z]{1,3}$|^[IVX]{1,4}$/.test(short)) map.set(short, l);
    }
    cached.push(map);
  }
  symbolCache.set(scheme, cached);
  return cached;
}

/** Levels named by their short name right after a mark: 「３Ａ又は３Ｂ」, 「３Ａから３Ｃまで」. */
function followingShortNames(sentence: string, scheme: Classification, mark: LevelMark, out: LevelMark[]) {
  const first = scheme.levels.find((l) => levelName(l) === mark.levels[mark.levels.length - 1]);
  if (!first) return;
  const names = shortNames(scheme)[scheme.axes.indexOf(first.axis)];
  if (!names || names.size === 0) return;
  let end = mark.end;
  let prev = first;
  for (;;) {
    const m =
      /^(又は|若しくは|及び|並びに|、|・|から)([0-9A-Z]{1,3}|[IVX]{1,4})(以上|以下|まで)?(?![0-9A-Za-z])/.exec(
        sentence.slice(end),
      );
    const l = m ? names.get(m[2]) : undefined;
    if (!m || !l) return;
    const levels =
      m[1] === 'から' && m[3] === 'まで'
        ? scheme.levels
            .filter(
              (x) =>
                x.axis === l.axis &&
                x.rank > Math.min(prev.rank, l.rank) &&
                x.rank <= Math.max(prev.rank, l.rank),
            )
            .map((x) => levelName(x))
        : rangeOf(scheme, l, m[3]);
    out.push({ at: end + m[1].length, end: end + m[0].length, levels });
    end += m[0].length;
    prev = l;
  }
}

/**
 * Where the sentence names levels, in order. A level's name inside a longer one (秘 in 極秘) is not
 * a mention of its own.
 */
export function levelMarks(sentence: string, scheme: Classification): LevelMark[] {
  const found: LevelMark[] = [];
  const patterns = levelPatterns(scheme);
  for (const [i, l] of scheme.levels.entries()) {
    patterns[i].lastIndex = 0;
    for (const m of sentence.matchAll(patterns[i]))
      found.push({ at: m.index, end: m.index + m[0].length, levels: rangeOf(scheme, l, m[1]) });
  }
  found.sort((a, b) => a.at - b.at || b.end - a.end);
  const marks: LevelMark[] = [];
  for (const f of found) {
    const last = marks[marks.length - 1];
    if (last && f.at < last.end) continue;
    marks.push(f);
    followingShortNames(sentence, scheme, f, marks);
  }
  return marks;
}

/** Classification levels a sentence names, e.g. ['重要性I', '重要性II']; 「機密性2以上」 names 2 and every level above. */
export function levelsOf(sentence: string, scheme: Classification | null): string[] {
  if (!scheme || !names(scheme, sentence)) return [];
  const named = new Set(levelMarks(sentence, scheme).flatMap((m) => m.levels));
  return scheme.levels.map((l) => levelName(l)).filter((n) => named.has(n));
}

const bracketRes = new WeakMap<ActorMatcher, RegExp>();

/** The 例規 form 「Xの許可」 with the exception in brackets, taken apart: X, Y and the levels Y is for. */
export interface Bracketed {
  main: string[];
  other: string[];
  inside: string[];
  /** The levels the sentence names outside the brackets (none where it leaves them to the rest of the text). */
  outside: string[];
}

/**
 * 「総括責任者（機密性２の情報資産にあっては、管理責任者）の許可」 → X 総括責任者, Y 管理責任者 for 機密性２.
 * Null unless the sentence is written so.
 */
export function bracketedApprovers(
  sentence: string,
  matcher: ActorMatcher,
  scheme: Classification,
): Bracketed | null {
  sentence = leaveBracketFirst(sentence);
  if (!sentence.includes('にあっては') || !sentence.includes('(')) return null;
  let re = bracketRes.get(matcher);
  if (!re) {
    const item = `(?:${matcher.pattern})`;
    re = new RegExp(
      `(${item}(?:(?:、|及び|又は)${item})*)\\(([^()]*?)にあっては、?([^()]*?)\\)(?:の|から)(?:事前の)?(?:許可|承認|決裁|了承|同意)`,
    );
    bracketRes.set(matcher, re);
  }
  const m = re.exec(sentence);
  if (!m) return null;
  const roleRe = new RegExp(matcher.pattern, 'g');
  const roles = (text: string) => [
    ...new Set([...text.matchAll(roleRe)].map((r) => matcher.resolve(r[0]) ?? r[0])),
  ];
  const inside = levelMarks(m[2], scheme).flatMap((x) => x.levels);
  const rest = sentence.slice(0, m.index) + sentence.slice(m.index + m[0].length);
  const outside = levelMarks(rest, scheme)
    .flatMap((x) => x.levels)
    .filter((l) => !inside.includes(l));
  const [main, other] = [roles(m[1]), roles(m[3])];
  if (inside.length === 0 || main.length === 0 || other.length === 0) return null;
  return { main, other, inside, outside };
}

/**
 * The bracketed form where the sentence names the other levels too: 「機密性３又は機密性２の…は、総括責任者（機密性
 * ２の…にあっては、管理責任者）の許可」 → the levels in the brackets need Y, the other levels the sentence names need X.
 */
function approversInBrackets(
  sentence: string,
  matcher: ActorMatcher,
  scheme: Classification,
): Record<string, string[]> | null {
  const b = bracketedApprovers(sentence, matcher, scheme);
  if (!b || b.outside.length === 0) return null;
  const out: Record<string, string[]> = {};
  for (const l of b.outside) out[l] = b.main;
  for (const l of b.inside) out[l] = b.other;
  return out;
}

/**
 * Approvers chosen by the asset's level: 「機密性3の情報資産にあってはCISO、機密性2の情報資産に
 * あっては統括情報セキュリティ責任者の許可を得なければならない」 → {機密性3: [CISO], 機密性2: [統括…]}.
 * Null unless at least two levels name different approvers.
 */
export function approversByLevel(
  sentence: string,
  matcher: ActorMatcher,
  scheme: Classification | null,
): Record<string, string[]> | null {
  if (!scheme || !matcher.pattern || !/許可|承認|決裁|了承|同意|許し/.test(sentence)) return null;
  if (!names(scheme, sentence)) return null;
  sentence = asRead(sentence, matcher);
  const bracketed = approversInBrackets(sentence, matcher, scheme);
  if (bracketed) return bracketed;
  const marks = levelMarks(sentence, scheme);
  if (marks.length === 0 || (marks.length < 2 && !REST.test(sentence))) return null;
  const notified = new Set<string>();
  const out = approversPerLevel(sentence, marks, matcher, scheme, notified);
  const sets = new Set(Object.values(out).map((r) => [...r].sort().join('・')));
  // 「機密性３の…はXの許可を得、機密性２の…はYに届け出」: the levels told only of it need no one's leave.
  if (notified.size > 0 && Object.keys(out).length > 0) return out;
  return Object.keys(out).length >= 2 && sets.size >= 2 ? out : null;
}

/** What a role is told of, not asked for: 「Xに届け出」「Xへ報告し」「Xに通知」. */
const NOTIFIED = /^(?:に|へ)(?:対し、?)?(?:届け出|届出|報告|通知|提出|連絡)/;

/** 「それ以外の情報資産にあっては」「その他の場合は」: the levels not given an approver of their own. */
const REST =
  /(?:(?:それ|これ|上記|前記)以外|その他)の(?:[^、。]{0,12}?(?:にあっては|については|の場合は)|場合(?:は|には|にあっては))/;

/**
 * The roles named after each place the text names levels (「機密性3にあっては統括者、機密性2にあっては課長」), up
 * to the permission word; levels joined by 又は share the roles that follow, 「それ以外の…にあっては」 the rest.
 */
export function approversPerLevel(
  sentence: string,
  marks: LevelMark[],
  matcher: ActorMatcher,
  scheme: Classification,
  notified?: Set<string>,
): Record<string, string[]> {
  const roleRe = new RegExp(matcher.pattern, 'g');
  const out: Record<string, string[]> = {};
  // 「機密性2B又は機密性2Aの情報資産にあっては…」: levels joined by 又は share the approver that follows.
  let pending: string[] = [];
  // 「…、それ以外の情報資産にあっては課長の許可」: the approvers of the levels not given one of their own.
  let others: string[] = [];
  marks.forEach((mark, i) => {
    const segment = sentence.slice(mark.end, marks[i + 1]?.at ?? sentence.length);
    // Only the part up to the permission word: 「…にあってはCISO、」 or 「…の場合はCISOの許可」.
    const upTo = segment.search(/許可|承認|決裁|了承|同意|許し/);
    let scope = upTo >= 0 ? segment.slice(0, upTo) : segment;
    const rest = REST.exec(scope);
    if (rest) {
      others = [...scope.slice(rest.index).matchAll(roleRe)].map((r) => matcher.resolve(r[0]) ?? r[0]);
      scope = scope.slice(0, rest.index);
    }
    // 「機密性２の…はXに届け出」: the role a level only reports to gives it no leave.
    const named = [...scope.matchAll(roleRe)];
    const roles = named
      .filter((r) => !NOTIFIED.test(scope.slice(r.index + r[0].length, r.index + r[0].length + 8)))
      .map((r) => matcher.resolve(r[0]) ?? r[0]);
    if (roles.length < named.length && roles.length === 0)
      for (const level of [...pending, ...mark.levels]) notified?.add(level);
    if (roles.length === 0) {
      pending = /^(?:又は|及び|、|若しくは|並びに|・|から)$/.test(segment.trim())
        ? [...pending, ...mark.levels]
        : [];
      return;
    }
    for (const level of [...pending, ...mark.levels])
      out[level] = [...new Set([...(out[level] ?? []), ...roles])];
    pending = [];
  });
  if (others.length > 0 && Object.keys(out).length > 0) {
    // The levels the sentence names (「機密性２以上の…」) that are left, else the rest of the axis.
    const named = marks.flatMap((m) => m.levels).filter((l) => !(l in out));
    const axis = scheme.levels.find((l) => levelName(l) in out)?.axis;
    const left =
      named.length > 0
        ? named
        : scheme.levels.filter((l) => l.axis === axis && !(levelName(l) in out)).map((l) => levelName(l));
    for (const level of left) out[level] = [...new Set(others)];
  }
  return out;
}

const squash = (x: string) => x.replace(/\s+/g, '');

/**
 * The column of a table a sentence names: 「同表の持出しの欄に掲げる者」, 「同表の右欄に定める者」. Where it
 * names two (「別表の左欄に掲げる区分に応じ、同表の右欄に掲げる者」), the one that gives the persons.
 */
function namedColumn(sentence: string): string | undefined {
  // 「表1の持出しの欄」: the table may be named by its number.
  const all = [
    ...sentence.matchAll(/表(?:第?[0-9]+)?の([^、。]+?)欄(に(?:掲げる|定める|記載する|示す)者)?/g),
  ];
  // 「下表の区分に応じ、持出しの欄に掲げる者」: the column named on its own after the table.
  const alone = /(?:^|、)([^、。の]{1,12}?)の欄に(?:掲げる|定める|記載する|示す)者/.exec(sentence);
  return (all.find((m) => m[2]) ?? (alone ? undefined : all.at(-1)))?.[1] ?? alone?.[1];
}

/** Where the named column stands: by its header, or by its place (右欄 the last, 左欄 the first). */
function columnAt(header: string[], column: string): number {
  const want = squash(column);
  if (want === '右') return header.length - 1;
  if (want === '中' && header.length === 3) return 1;
  for (const key of [squash, loose]) {
    const w = key(column);
    const at = header.findIndex(
      (h, i) => i > 0 && key(h) !== '' && (w.includes(key(h)) || key(h).includes(w)),
    );
    if (at >= 0) return at;
  }
  return -1;
}

/** A table whose levels stand in a later column (情報の例 | 区分 | 持出し): that column moved to the front. */
function levelsColumnFirst(table: string[][], scheme: Classification): string[][] {
  const width = Math.max(0, ...table.map((r) => r.length));
  const counts = Array.from(
    { length: width },
    (_, i) => table.filter((r) => levelOfCell(r[i], scheme)).length,
  );
  const best = counts.indexOf(Math.max(...counts));
  if (best <= 0 || counts[best] < 2 || counts[best] <= counts[0]) return table;
  return table.map((r) => [r[best] ?? '', ...r.filter((_, i) => i !== best)]);
}

/**
 * A table whose columns are levels (行為 | 機密性３の… | 機密性２の…), where a row gives one cell only after its
 * act (「ソフトウェアの導入 | X」, a cell merged across the levels in the original): X holds for every level.
 */
function spanShortRows(table: string[][], scheme: Classification): string[][] {
  const header = table[0] ?? [];
  const levels = header.slice(1).filter((c) => levelOfCell(c, scheme)).length;
  if (levels < 2 || levels !== header.length - 1) return table;
  return table.map((r, i) =>
    i > 0 && r.length === 2 && (r[1] ?? '').trim() !== ''
      ? [r[0] ?? '', ...header.slice(1).map(() => r[1])]
      : r,
  );
}

/** The level a table's cell names: the level itself (機密性３) or followed by words (機密性３の情報資産). */
function levelOfCell(cell: string | undefined, scheme: Classification): string | undefined {
  const text = squash(cell ?? '');
  if (text === '') return undefined;
  const exact = scheme.levels.find((l) => squash(levelName(l)) === text);
  if (exact) return levelName(exact);
  const first = levelMarks(text, scheme)[0];
  return first?.at === 0 && first.levels.length === 1 && !/^[^、。]*以外/.test(text)
    ? first.levels[0]
    : undefined;
}

/**
 * Approvers by level given in a table (「次の表の区分に応じ、同表に定める者の許可」): each row whose first
 * cell is a level names the roles in its other cells, or only in the column the sentence names (「同表の
 * 持出しの許可欄に掲げる者」); a cell naming no role (「－」) gives that level no approver. A table whose
 * columns are the levels and whose rows are the acts (持出し | 統括者 | 学校責任者 …) is read the same way.
 * Where the sentence names no column but the columns are acts (持出し | 外部への提供), the column of the
 * sentence's act. Null unless at least two levels are named, with different approvers — or, where one
 * column is read, one level at least (the other levels need no permission).
 */
export function approversFromTable(
  sentence: string,
  tables: string[][][] | undefined,
  matcher: ActorMatcher,
  scheme: Classification | null,
  path?: string,
): Record<string, string[]> | null {
  if (!tables?.length || !scheme || !matcher.pattern || !/表[^。]*(?:許可|承認|決裁)/.test(sentence))
    return null;
  const roleRe = new RegExp(matcher.pattern, 'g');
  const isRole = new RegExp(`^(?:${matcher.pattern})$`);
  const hasRole = new RegExp(matcher.pattern);
  const column = namedColumn(sentence);
  for (const copied of tables) {
    const drawn = joinedHeader(copied, (cell) => hasRole.test(cell));
    const printed = spanShortRows(levelsColumnFirst(drawn, scheme), scheme);
    // Levels down the first column, or (transposed) across the first row.
    const rowsAreLevels = printed.filter((r) => levelOfCell(r[0], scheme)).length;
    const colsAreLevels = (printed[0] ?? []).filter((c) => levelOfCell(c, scheme)).length;
    const turned = colsAreLevels > rowsAreLevels ? transposeTable(printed) : printed;
    // A matrix of ○ under the roles, and rows per level and act (機密性3 | 持出し | …): the sentence's act.
    const marked = marksAsRoles(turned, (cell) => isRole.test(cell));
    const table = rowsOfAct(marked, sentence, (cell) => hasRole.test(cell));
    if (!table) continue;
    const oneAct = table !== marked;
    let at = -1;
    if (column) {
      at = columnAt(table[0] ?? [], column);
      if (at < 0) continue;
    } else {
      at = columnOfSentence(table[0] ?? [], sentence, path);
      // Columns of acts (or places), none of them the sentence's: the table is not about its act.
      if (at === -2 && columnsAreActs(table, (cell) => hasRole.test(cell))) continue;
      // No column of the sentence's act: the column of the one who allows (許可権者), not that of 申請先.
      if (at < 0) at = approverColumn(table[0] ?? []);
    }
    const out: Record<string, string[]> = {};
    for (const row of table) {
      const level = levelOfCell(row[0], scheme);
      if (!level) continue;
      const cells = at >= 0 ? [row[at] ?? ''] : row.slice(1);
      const roles = cells.flatMap((cell) =>
        [...cell.matchAll(roleRe)].map((r) => matcher.resolve(r[0]) ?? r[0]),
      );
      if (roles.length > 0) out[level] = [...new Set(roles)];
    }
    const sets = new Set(Object.values(out).map((r) => [...r].sort().join('・')));
    const count = Object.keys(out).length;
    if (at >= 0 || oneAct ? count >= 1 : count >= 2 && sets.size >= 2) return out;
  }
  return null;
}

/**
 * Approvers per act where one sentence covers several acts (「持ち出し、…に提供し、廃棄し、又は複製しようと
 * するときは、次の表に定める者の許可」) and the table has a column per act (区分 | 持出し | 外部提供 | 廃棄 | 複製):
 * for each column whose act the sentence names, the approvers of each level in it. Null unless the sentence
 * names the acts of two columns at least and names no column itself.
 */
export function approversPerActFromTable(
  sentence: string,
  tables: string[][][] | undefined,
  matcher: ActorMatcher,
  scheme: Classification | null,
): ActApproval[] | null {
  if (!tables?.length || !scheme || !matcher.pattern || !/表[^。]*(?:許可|承認|決裁)/.test(sentence))
    return null;
  if (namedColumn(sentence)) return null;
  const roleRe = new RegExp(matcher.pattern, 'g');
  const hasRole = new RegExp(matcher.pattern);
  const said = loose(sentence);
  for (const copied of tables) {
    const drawn = joinedHeader(copied, (cell) => hasRole.test(cell));
    const printed = spanShortRows(levelsColumnFirst(drawn, scheme), scheme);
    const rowsAreLevels = printed.filter((r) => levelOfCell(r[0], scheme)).length;
    const colsAreLevels = (printed[0] ?? []).filter((c) => levelOfCell(c, scheme)).length;
    const table = colsAreLevels > rowsAreLevels ? transposeTable(printed) : printed;
    const header = table[0] ?? [];
    if (
      header.slice(1).filter((h) => topicOf([h])).length < 2 &&
      !columnsAreActs(table, (cell) => hasRole.test(cell))
    )
      continue;
    // The act a column heads, by its last two letters (外部提供 → 提供, 持出し → 持出), as the sentence writes it.
    const acts = header
      .map((h, i) => ({ i, head: squash(h), stem: loose(h).slice(-2) }))
      .filter((c) => c.i > 0 && c.stem.length === 2 && said.includes(c.stem));
    if (acts.length < 2) continue;
    const out: ActApproval[] = [];
    for (const { i, head } of acts) {
      const byLevel: Record<string, string[]> = {};
      for (const row of table) {
        const level = levelOfCell(row[0], scheme);
        if (!level) continue;
        const roles = [...(row[i] ?? '').matchAll(roleRe)].map((r) => matcher.resolve(r[0]) ?? r[0]);
        if (roles.length > 0) byLevel[level] = [...new Set(roles)];
      }
      if (Object.keys(byLevel).length === 0) continue;
      const topic = topicOf([head]);
      out.push({
        act: head,
        ...(topic ? { topic } : {}),
        approver: [...new Set(Object.values(byLevel).flat())],
        approverByLevel: byLevel,
      });
    }
    if (out.length >= 2) return out;
  }
  return null;
}

/**
 * The items below a sentence: the clauses below its own, or, where they are not numbered, the lines of
 * its clause after it (「機密性３の情報資産　CISO」 on a line of its own).
 */
function itemTexts(sentence: string, node: ClauseNode): string[] {
  if (node.children.length > 0) return node.children.map((c) => `${c.title ?? ''} ${c.text}`);
  const at = node.text.indexOf(sentence);
  if (at < 0) return [];
  return node.text
    .slice(at + sentence.length)
    .split('\n')
    .filter((l) => l.trim() !== '');
}

/**
 * Approvers by level written as the items below the permission sentence (「次の区分に応じ、それぞれ次に
 * 定める者の許可」 over 「（ア）機密性３の情報資産　CISO」 「（イ）機密性２の情報資産　課長」, numbered or not): each
 * item names a level, then its approver. Null unless the sentence points to the items below and an item gives both.
 */
export function approversFromItems(
  sentence: string,
  node: ClauseNode,
  matcher: ActorMatcher,
  scheme: Classification | null,
): Record<string, string[]> | null {
  // Every lead below names 次 or 各号.
  if (!scheme || !matcher.pattern || (!sentence.includes('次') && !sentence.includes('各号'))) return null;
  // 「それぞれ次に定める者の許可」, 「次の者の許可」, or 「次に定めるところにより許可を得なければならない」,
  // 「次の区分に従い許可を得なければならない」 naming no one itself; or, for the permission of the 項 before,
  // 「前項の許可は、…当該各号に定める者が行う」.
  const lead =
    /(?:(?:次|各号)に(?:定める|掲げる|記載する|示す)|次の)者の(?:許可|承認|決裁)/.test(sentence) ||
    (GIVES_PREVIOUS.test(sentence) &&
      /(?:次|各号)に(?:定める|掲げる|記載する|示す)者が行う/.test(sentence)) ||
    (/(?:(?:次|各号)に(?:定める|掲げる)|次の[^。、]{1,8}?に(?:従い|応じ|より)|次のとおり)[^。]*(?:許可|承認|決裁)/.test(
      sentence,
    ) &&
      approversOf(sentence, matcher).length === 0);
  if (!lead) return null;
  // 「次のとおり許可を得なければならない」 over items that each ask a permission of their own (「一 機密性３の…は、Xの許可
  // を得ること。」): those are the permissions, not the lead.
  const own = /次のとおり/.test(sentence) ? /(?:許可|承認|決裁)を(?:得|受け)/ : null;
  const roleRe = new RegExp(matcher.pattern, 'g');
  const out: Record<string, string[]> = {};
  // Items that split the sentence's levels by content (「ア 特定個人情報を含むもの　CISO」): their roles are the levels'.
  const unsplit: string[] = [];
  for (const text of itemTexts(sentence, node)) {
    if (own?.test(text)) continue;
    const marks = levelMarks(text, scheme);
    // 「機密性３：CISO　機密性２：課長」 on one line: each level takes the roles after it.
    const each = marks.length >= 2 ? approversPerLevel(text, marks, matcher, scheme) : {};
    if (Object.keys(each).length >= 2) {
      for (const [level, roles] of Object.entries(each))
        out[level] = [...new Set([...(out[level] ?? []), ...roles])];
      continue;
    }
    const after = text.slice(marks.at(-1)?.end ?? 0);
    const roles = [...after.matchAll(roleRe)].map((r) => matcher.resolve(r[0]) ?? r[0]);
    if (roles.length === 0) continue;
    if (marks.length === 0) unsplit.push(...roles);
    for (const level of marks.flatMap((m) => m.levels))
      out[level] = [...new Set([...(out[level] ?? []), ...roles])];
  }
  if (Object.keys(out).length === 0 && unsplit.length > 0)
    for (const level of levelsOf(sentence, scheme)) out[level] = [...new Set(unsplit)];
  return Object.keys(out).length > 0 ? out : null;
}

/**
 * The tables a sentence means by 「次の表」 (or 「表1の」) when its own clause has none: those of the first clause after
 * it, among the clauses of the same level, that has a table (the table printed below the sentences that
 * refer to it).
 */
export function tablesBelow(
  sentence: string,
  node: ClauseNode,
  siblings: ClauseNode[],
): string[][][] | undefined {
  // 「表1の持出しの欄に掲げる者」: a numbered table printed below, under the same or a later clause;
  // 「下表」「以下の表」 say the same as 「次の表」.
  if (!/次の表|下表|以下の表|(?<!別)表[0-9]+の/.test(sentence)) return undefined;
  for (const next of siblings.slice(siblings.indexOf(node) + 1)) if (next.tables?.length) return next.tables;
  return undefined;
}

/** The path of the clause a clause stands in. */
const parentPath = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/')));

/**
 * 「前項の許可は、機密性３の情報資産にあっては統括責任者が、機密性２の…にあっては課長が行う。」: the approvers of
 * the permission the 項 before asks for without naming anyone (「…許可を得なければならない。」) are given in the
 * next 項; they go to that permission, and the sentence that gives them asks for none of its own.
 */
export function approversOfPreviousParagraph(obligations: Obligation[]): void {
  obligations.forEach((o, i) => {
    if (!o.approver?.length || !GIVES_PREVIOUS.test(o.text)) return;
    const article = parentPath(o.path);
    for (let k = i - 1; k >= 0; k--) {
      const p = obligations[k];
      if (p.path !== article && parentPath(p.path) !== article) return;
      if (!/許可|承認|決裁|了承|同意/.test(p.text)) continue;
      if (p.approver?.length) return;
      p.approver = o.approver;
      if (o.approverByLevel) p.approverByLevel = o.approverByLevel;
      delete o.approver;
      delete o.approverByLevel;
      return;
    }
  });
}

/**
 * A permission asked for the levels its sentence names (「機密性３の情報資産を持ち出すときは、課長の許可を…」,
 * 「機密性２以上の…」) is approvers by level for those levels only: the other levels need no permission, and
 * sentences about other levels of the same act (「機密性２の…ときは、係長の許可」) give those levels their own.
 */
export function approversOfNamedLevels(obligations: Obligation[], scheme: Classification | null): void {
  for (const o of obligations) {
    if (o.approverByLevel || !o.approver?.length || !o.levels?.length) continue;
    const approver = o.approver;
    o.approverByLevel = Object.fromEntries(
      permittedLevels(o.text, o.levels, scheme).map((l) => [l, [...approver]]),
    );
  }
}

/** 「…を送信してはならず、」: a clause that forbids the act outright, before the one that asks for permission. */
const FORBIDS = /てはならず、|してはならないが、/g;

/**
 * The levels a permission is asked for: those the sentence names after a clause that forbids the act for other
 * levels (「極秘の…を送信してはならず、秘の…を送信するときは、課長の許可を得て」 → 秘), else all it names.
 */
function permittedLevels(text: string, levels: string[], scheme: Classification | null): string[] {
  const forbids = [...text.matchAll(FORBIDS)].at(-1);
  if (!forbids || !scheme) return levels;
  const after = text.slice(forbids.index + forbids[0].length);
  if (!/許可|承認|決裁|了承|同意/.test(after)) return levels;
  const named = levelsOf(after, scheme);
  return named.length > 0 ? named : levels;
}

const ARTICLE = /^第[0-9]+条(?:の[0-9]+)?$/;

/** The article before the one a clause stands in (「前条の表」): by the articles' paths, in the text's order. */
function articleBefore(from: ClauseNode, nodes: ClauseNode[]): ClauseNode | undefined {
  const parts = from.path.split('/');
  const at = parts.findIndex((p) => ARTICLE.test(p));
  if (at < 0) return undefined;
  const own = parts.slice(0, at + 1).join('/');
  const articles = nodes.filter((n) => ARTICLE.test(n.path.split('/').at(-1) ?? ''));
  const i = articles.findIndex((n) => n.path === own);
  return i > 0 ? articles[i - 1] : undefined;
}

/**
 * The tables of the clause a sentence refers to by its number (or as 「前条の表」) (「2.1の表の区分に応じ」, 「第11条の表」),
 * with the tables of the clauses below it: where a levels table stands earlier in the text and also
 * gives the approvers.
 */
export function referencedTables(
  sentence: string,
  nodes: ClauseNode[],
  from?: ClauseNode,
): string[][][] | undefined {
  // Every reference below names a 表 or a 別記.
  if (!sentence.includes('表') && !sentence.includes('別記')) return undefined;
  // 「第３の１の表」: item 1 of the part 第３, in a text whose parts are 第１, 第２ … with items 1, 2 under them.
  const part = /(?:^|[^0-9])(第[0-9]+)の([0-9]+)の表/.exec(sentence);
  const ref =
    /(?:^|[^0-9.])([0-9]+(?:[.-][0-9]+)+|第[0-9]+条(?:の[0-9]+)?)の表/.exec(sentence)?.[1] ??
    (part ? `${part[1]}/${part[2]}` : undefined) ??
    // A 別表 or 別記 at the end of the text: 「別表の区分に応じ、同表の…欄に定める者」, 「別表第２に定める者」.
    /(別[表記](?:第[0-9]+)?)(?:の|に)/.exec(sentence)?.[1];
  const node = ref
    ? nodes.find((n) => n.path === ref || n.path.endsWith(`/${ref}`))
    : /前条の表/.test(sentence) && from
      ? articleBefore(from, nodes)
      : undefined;
  if (!node) return undefined;
  const tables = flatten([node]).flatMap((n) => n.tables ?? []);
  return tables.length > 0 ? tables : undefined;
}
