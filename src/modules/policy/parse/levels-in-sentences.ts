/**
 * Levels a body sets in sentences rather than in a list: what each level holds, then the level
 * (「個人情報を含むものを機密性３、公表していないものを機密性２、その他のものを機密性１とする」), the level,
 * then what it holds (「機密性３は…情報資産、機密性２は…情報資産とする」), the axis as the topic over bare
 * symbols (「情報資産の機密性は、…を３、…を１とする」), or each level defined in a 項 of its own (「この規程において
 * 「機密性３」とは、…をいう。」, 「重要度１は、…情報資産とする。」). Only levels written with their axis
 * are read here (機密性３, 重要度Ａ, 完全性高); the symbols order them.
 */
import type { ClassificationLevel, ClauseNode } from '../types.ts';
import { LETTER } from './levels-order.ts';
import { splitSentences } from './sentences.ts';

/** A body's own axis word, listed with its levels in a sentence that classifies: 秘匿性Ａ, 秘匿性Ｂ. */
const OWN_AXIS = '(?<![\\u4e00-\\u9fff])[\\u4e00-\\u9fff]{1,4}(?:性|度)(?=[0-9A-Z])';
/** A level written with its axis: 機密性３, 重要性Ⅱ, 重要度Ａ, 機密性２Ｂ, 完全性高, 重要性分類Ⅳ. */
const TOKEN = `(機密性|完全性|可用性|重要性(?:分類)?|重要度(?:分類)?)((?:[IVX]+|[0-9]+[A-Z]?|${LETTER}|[高中低])(?![0-9A-Za-z]))`;

/**
 * 「…を機密性３、」「…を機密性２とし、」「…を機密性１とする」「…を機密性１に分類する」, and with what the level
 * holds as the topic: 「…情報は完全性２、それ以外の情報は完全性１とする」.
 */
const SET_AS = new RegExp(
  `(?:を|は、?)${TOKEN}(?:に|と(?:し|する))?(?=、|。|$|(?:と(?:し|する)|に(?:分類|区分|格付)))`,
  'g',
);
/** 「情報資産の機密性は、…を３、…を２、…を１とする」: the axis as the topic, the levels as bare symbols. */
const AXIS_TOPIC =
  /^(?:[^、。]*の)?(機密性|完全性|可用性|重要性(?:分類)?|重要度(?:分類)?)(?:の(?:区分|分類|格付け?))?は、/;
const SET_AS_BARE = new RegExp(
  `を「?((?:[IVX]+|[0-9]+[A-Z]?|${LETTER})(?![0-9A-Za-z]))」?(?:に|と(?:し|する))?(?=、|。|$|(?:と(?:し|する)|に(?:分類|区分|格付)))`,
  'g',
);
/** 「重要度１は、個人情報を含む情報資産とする。」「機密性３の情報資産は、…とする。」: one level stated in a 項 of its own. */
const ONE_LEVEL = new RegExp(
  `^${TOKEN}(?:の(?:情報資産|情報|資産))?は、?(.+?)(?:とする|をいう)(?:ものとする)?。?$`,
);
/** 「機密性３は、…」 at the start of a sentence or after 「、」. */
const LEVEL_IS = new RegExp(`(?:^|、)${TOKEN}は、?`, 'g');
/** 「「機密性３」とは、…をいう」. */
const TERM = new RegExp(`「${TOKEN}」とは、(.+?)をいう`);
/** What a level holds ends in a noun of information or things. */
const HOLDS = /(?:もの|情報|情報資産|資産|データ|文書|書類|資料|記録|システム|媒体)$/;
/** A sentence that sets levels ends in one of these. */
const SETS = /(?:とする|とし|に分類する|に区分する|に格付(?:け)?する|をいう)(?:ものとする)?。?$/;

/** A level read as axis and symbol; a level named in a word (完全性高) keeps its name as written. */
function read(axis: string, symbol: string, definition: string): ClassificationLevel {
  const label = /^[高中低]$/.test(symbol) ? `${axis}${symbol}` : symbol;
  return { axis, label, rank: 0, definition: definition.trim() };
}

/** Whether a definition names what a level holds; examples in brackets after it do not count. */
const holds = (definition: string) => HOLDS.test(definition.replace(/\([^()]*\)$/, ''));

/** Levels of one axis, two or more, or none. */
function oneAxis(levels: ClassificationLevel[]): ClassificationLevel[] {
  if (levels.length < 2 || new Set(levels.map((l) => l.axis)).size !== 1) return [];
  if (new Set(levels.map((l) => l.label)).size !== levels.length) return [];
  return levels;
}

/** Levels of each axis that has two or more, in the text's order; none where an axis repeats a level. */
function eachAxis(levels: ClassificationLevel[]): ClassificationLevel[] {
  const axes = [...new Set(levels.map((l) => l.axis))];
  return axes.flatMap((axis) => oneAxis(levels.filter((l) => l.axis === axis)));
}

/**
 * 「XをL1、YをL2、ZをL3とする」: X, Y, Z are what each level holds. One sentence may set the levels of
 * several axes in turn (「…情報は完全性２、それ以外の情報は完全性１とし、…情報は可用性２、…は可用性１とする」).
 */
function setAs(sentence: string): ClassificationLevel[] {
  const out: ClassificationLevel[] = [];
  const marks = [...sentence.matchAll(SET_AS)];
  if (marks.length < 2) return [];
  // The first definition starts after the topic (「…分類は、」) or the frame (「情報資産のうち、」) before it.
  const before = sentence.slice(0, marks[0].index);
  let from = Math.max(before.lastIndexOf('は、') + 2, before.lastIndexOf('うち、') + 3, 0);
  for (const m of marks) {
    const definition = sentence.slice(from, m.index).replace(/^、/, '');
    if (!holds(definition)) return [];
    out.push(read(m[1], m[2], definition));
    from = m.index + m[0].length;
  }
  return eachAxis(out);
}

/** 「(情報資産の)機密性は、XをS1、YをS2、ZをS3とする」: the topic names the axis of the bare symbols. */
function setAsBare(sentence: string): ClassificationLevel[] {
  const axis = AXIS_TOPIC.exec(sentence);
  if (!axis) return [];
  const out: ClassificationLevel[] = [];
  let from = axis[0].length;
  for (const m of sentence.matchAll(SET_AS_BARE)) {
    const definition = sentence.slice(from, m.index).replace(/^、/, '');
    if (!holds(definition)) return [];
    out.push(read(axis[1], m[1], definition));
    from = m.index + m[0].length;
  }
  return oneAxis(out);
}

/** 「L1は…、L2は…、L3は…とする」. */
function levelIs(sentence: string): ClassificationLevel[] {
  const marks = [...sentence.matchAll(LEVEL_IS)];
  const out: ClassificationLevel[] = [];
  for (const [i, m] of marks.entries()) {
    const end = i + 1 < marks.length ? marks[i + 1].index : sentence.length;
    const definition = sentence
      .slice(m.index + m[0].length, end)
      .replace(/(?:とする|をいう)(?:ものとする)?。?$/, '')
      .replace(/。$/, '');
    if (!holds(definition)) return [];
    out.push(read(m[1], m[2], definition));
  }
  return oneAxis(out);
}

/** One level of a list in a sentence, its definition in brackets right after it or none: 機密性３（…）. */
const LISTED = new RegExp(`${TOKEN.replace('(機密性|', `(機密性|${OWN_AXIS}|`)}(?:\\(([^()]*)\\))?`, 'g');
/** What may stand between two levels of one list: 「、」「・」「及び」「並びに」「又は」. */
const BETWEEN = /^(?:、|・|,|及び|並びに|又は|\s)+$/;
/** A sentence that classifies or grades: levels listed in it are the scale, not levels a rule applies to. */
const GRADES = /分類|区分|段階|格付|種類/;

/**
 * Levels listed one after another in a sentence that classifies, each with its definition in brackets or none:
 * 「…機密性３（…）、機密性２（…）及び機密性１（…）の３段階とする」, 「それぞれ２段階（完全性２・完全性１、可用性２・
 * 可用性１）に分類する」. Each list holds the levels of one axis.
 */
function listedWithBrackets(sentence: string): ClassificationLevel[] {
  // 「機密性３及び機密性２の情報資産は、区分して保管しなければならない」 is a rule for levels, not the scale.
  if (/なければならない|てはならない|ことができる/.test(sentence)) return [];
  // 「機密性は、機密性３（…）、機密性２（…）及び機密性１（…）とする」: the axis as the topic sets its own levels.
  const topic = GRADES.test(sentence)
    ? undefined
    : /^(?:[^、。]*の)?([^、。の]{2,8}?)(?:について|に関して)?は、.*とする。?$/.exec(sentence)?.[1];
  if (!GRADES.test(sentence) && !topic) return [];
  const out: ClassificationLevel[] = [];
  let run: ClassificationLevel[] = [];
  let end = -1;
  const close = () => {
    const labels = new Set(run.map((l) => l.label));
    // Under the axis as topic only levels defined in brackets are set here; bare ones may be defined below.
    const ofTopic = topic === undefined || (run[0]?.axis === topic && run.every((l) => l.definition));
    if (run.length >= 2 && ofTopic && labels.size === run.length && !out.some((l) => l.axis === run[0].axis))
      out.push(...run);
    run = [];
  };
  for (const m of sentence.matchAll(LISTED)) {
    const joined = end >= 0 && BETWEEN.test(sentence.slice(end, m.index)) && run[0]?.axis === m[1];
    if (!joined) close();
    const level = read(m[1], m[2], m[3] ?? '');
    if (m[3] === undefined) delete level.definition;
    run.push(level);
    end = m.index + m[0].length;
  }
  close();
  return out;
}

/** Levels set in the sentences of a clause, or defined as terms in it and its 項. */
export function levelsInSentences(node: ClauseNode): ClassificationLevel[] {
  const axes = /機密性|完全性|可用性|重要性|重要度|[\u4e00-\u9fff](?:性|度)[0-9A-Z]/;
  if (!axes.test(node.text) && !node.children.some((c) => axes.test(c.text))) return [];
  // Each sentence may set the levels of other axes (one sentence for 完全性, the next for 可用性).
  const set: ClassificationLevel[] = [];
  for (const s of splitSentences(node.text)) {
    if (!SETS.test(s)) continue;
    let levels = setAs(s);
    if (!levels.length && s.includes('を')) levels = setAsBare(s);
    if (!levels.length) levels = levelIs(s);
    set.push(...levels.filter((l) => !set.some((o) => o.axis === l.axis)));
  }
  if (set.length) return set;
  for (const s of splitSentences(node.text)) {
    const listed = listedWithBrackets(s).filter((l) => !set.some((o) => o.axis === l.axis));
    set.push(...listed);
  }
  if (set.length) return set;
  const terms: ClassificationLevel[] = [];
  for (const n of [node, ...node.children]) {
    const m = TERM.exec(n.text) ?? ONE_LEVEL.exec(n.text);
    if (!m) continue;
    const definition = m[3].replace(/(?:とする|をいう)$/, '');
    // 「機密性３の情報資産は、…」 may as well be a rule for them (「…保存するものとする」): only a definition that
    // names information (「…を含む情報資産とする」) sets the level.
    const rule =
      /^[^、]*の(?:情報資産|情報|資産)は/.test(n.text) && !/(?:情報|資産|データ|文書|記録)$/.test(definition);
    if (holds(definition) && !rule) terms.push(read(m[1], m[2], m[3]));
  }
  return oneAxis(terms);
}
