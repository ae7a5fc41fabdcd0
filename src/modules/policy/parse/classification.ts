/**
 * The classification scheme: every axis (重要性, or 機密性/完全性/可用性 at once, 重要度 …), its
 * levels in order with their definitions, and who may designate a level. Levels are read from
 * item lists (「ア　機密性３　…」), from tables (tab, space or box-drawn), including tables whose
 * header names the axis and whose rows hold only the level (重要度 | A). Null when the text
 * defines no scheme.
 */

import { transposeTable } from '../text/tables.ts';
import type { Classification, ClassificationLevel, ClauseNode } from '../types.ts';
import type { ActorMatcher } from './actors.ts';
import { flatten } from './clauses.ts';
import { levelsInAxisColumns } from './levels-axis-columns.ts';
import { withDrawnRows } from './levels-drawn-rows.ts';
import { levelsAcrossTop } from './levels-grid.ts';
import { levelsInSentences } from './levels-in-sentences.ts';
import { levelsInUse } from './levels-in-use.ts';
import { levelsNamedOnLines } from './levels-named-lines.ts';
import { withNumberedRows } from './levels-numbered-rows.ts';
import { LEVEL, levelName, OWN_NAME, rankLevels, statedTop } from './levels-order.ts';
import { printedHead } from './levels-printed-head.ts';
import { levelsQuoted } from './levels-quoted.ts';
import { withoutRowNumbers } from './levels-row-numbers.ts';
import { levelsNamedThenTabled } from './levels-sentence-table.ts';
import { sharedByAxes } from './levels-shared-scale.ts';
import { splitSentences } from './sentences.ts';

export { levelName, levelSymbol } from './levels-order.ts';

const AXES = ['自治体機密性', '機密性', '完全性', '可用性', '重要性', '重要度', '格付', '区分'];
// The guideline's axes and any axis a body names the same way: 重要性分類, 情報格付区分, its own 秘匿区分 or
// 機密区分 …; and levels written as a bare scale with a symbol (レベル3, クラスIII, 区分I).
const AXIS =
  '(自治体機密性|機密性|完全性|可用性|重要性|重要度|レベル|クラス|ランク|区分|格付け?|[\u4e00-\u9fff]{1,6}(?:性|度)(?:分類|区分)?|[\u4e00-\u9fff]{1,4}(?:区分|分類))';
const LEVEL_LABEL = new RegExp(`^${AXIS}\\s*${LEVEL}$`);
const LEVEL_LINE = new RegExp(`^${AXIS}\\s*${LEVEL}\\s+(.+)$`);
/** A level with its definition in brackets and no space: 「重要度Ａ（個人情報を含むもの）」. */
const LEVEL_PAREN = new RegExp(`^${AXIS}\\s*${LEVEL}\\((.+)\\)$`);
const AXIS_ONLY = new RegExp(`^${AXIS}$`);
/** A text that starts with a level: 機密性3… . */
const LEVEL_START = new RegExp(`^[【「『\\[]?${AXIS}\\s*${LEVEL}`);
/** The words an item's heading ends at: 「(1) 機密性3　…」, 「ア　取扱注意情報：…」. */
const HEAD_END = /[\s:：]/;

/** The first word of an item's text: what comes before its first space or colon. */
function firstWord(text: string): string {
  const end = text.search(HEAD_END);
  return end < 0 ? text : text.slice(0, end);
}
const BARE_LEVEL = new RegExp(`^${LEVEL}$`);

/**
 * A level read as axis and symbol. The guideline's 自治体機密性３Ａ is a level of the axis 機密性 whose
 * name keeps the scale's word (自治体機密性3A), so that it is not confused with a body's 機密性3.
 */
function level(axis: string, label: string, definition?: string): ClassificationLevel {
  const scale = axis === '自治体機密性';
  return {
    axis: scale ? '機密性' : axis,
    label: scale || OWN_NAME.test(label) ? `${axis}${label}` : label,
    rank: 0,
    ...(definition !== undefined ? { definition } : {}),
  };
}
/** Words that name a scale, not what it measures: its levels are レベル3, クラスIII, 区分A. */
const SCALE_WORDS = new Set(['区分', 'レベル', 'クラス', 'ランク', '格付', '格付け']);
const SCALE_LIST = [...SCALE_WORDS];

/**
 * Axis of levels named in words: the one the sentence names, else what the names say (要機密情報,
 * 秘匿情報 → 機密性), else what the definitions guard against (漏えい → 機密性, 改ざん → 完全性), with
 * names of importance (重要情報) read as 重要性 only where no leak is spoken of.
 */
export function axisOfNamed(sentence: string, names: string[], definitions: string[] = []): string {
  const named = AXES.slice(0, 6).find((a) => sentence.includes(a));
  if (named) return named;
  // Names that all start with one axis (重要度１級, 機密性Ａ級) are levels of it.
  const own = AXES.slice(1, 6).find((a) => names.every((n) => n.startsWith(a) && n.length > a.length));
  if (own) return own;
  // 「次のとおり格付する」 with no axis named: the body calls its scheme 格付.
  if (/格付(?:け)?(?:する|し[、て]|を行)/.test(sentence)) return '格付';
  // a level named 公開 (what may be published) is a level of confidentiality
  if (names.some((n) => /機密|秘|^公開/.test(n))) return '機密性';
  // 重要 / 要注意 / 通常 defined by what a leak would do: the axis is still 機密性.
  const defs = definitions.join('');
  if (/漏えい|漏洩|秘密/.test(defs)) return '機密性';
  if (names.some((n) => n.includes('重要'))) return '重要性';
  // Levels told apart by whether they are published (公表していない / 公開している) are levels of confidentiality.
  if (/公表|公開/.test(defs)) return '機密性';
  if (/改ざん|改竄/.test(defs)) return '完全性';
  if (/滅失|停止|利用できな/.test(defs)) return '可用性';
  return '区分';
}

/** How a sentence classifies by what follows: 「…に」「…により」「…に従い」「…ごとに」. */
const BY = '(?:に(?:より|よって|従い|従って|応じて?)?|ごとに)';
/** The word the levels are called by (種別, 取扱区分). */
const NOUN = '([\\u4e00-\\u9fff]{1,8})';
/** The axes a sentence may set as its topic over the levels below it: 「情報資産の重要性は、次の３段階とする」. */
const AXES_TOPIC = '機密性|完全性|可用性|重要性|重要度';
/**
 * A sentence that classifies into the items below it: 「次の２区分に分類する」, 「次の３つの区分により分類する」,
 * 「次のとおり分類する」, 「次の各号に掲げる種別に分類する」, 「次の各号に掲げるとおり分類する」, 「次に掲げる区分に
 * 分類する」, 「次のとおり区分する」, 「次の四区分に格付する」, 「以下の３区分に従い分類する」 (group 2 or 3: the word
 * the levels are called by, 種別, 取扱区分); or the classification of information as the topic over them:
 * 「情報資産の分類は、次のとおりとする」.
 */
const CLASSIFY_INTO_ITEMS = new RegExp(
  `(?:次|以下)(?:の(?:([0-9]+|[一二三四五六])?(?:つの|種類の|段階の)?(?:区分|種類|つ|段階|種|類型|等級|分類|格付け?)${BY}|` +
    `各号(?:に(?:掲げる|定める)(?:${NOUN}${BY}|とおり)|のとおり|のいずれかに)|とおり|ように)|` +
    `に(?:掲げる|定める)(?:${NOUN}${BY}|とおり))、?(?:分類|区分|格付)|` +
    `(?:情報|資産|文書|データ|記録)の?(?:[^、。「」]{1,8}(?:による|に応じた|に基づく))?(?:分類|区分|格付け?|${AXES_TOPIC})は、` +
    `(?:次|以下)(?:の(?:各号に掲げる|表に掲げる|表の)?とおり|に掲げる(?:もの|とおり)|の([0-9]+|[一二三四五六])?(?:つの)?(?:段階|区分|種類))` +
    `(?:とする|に(?:分類|区分)する)|` +
    `(?:情報|資産|文書|データ|記録)は、(?:次|以下)(?:に掲げる|の(?:各号に掲げる)?)(?:区分|分類)とする|` +
    // 「次の取扱区分に区分する」: the body's own word for its classes right after 次の (group 5).
    `(?:次|以下)の${NOUN}${BY}、?(?:分類|区分|格付)`,
);
/** Where a text classifies into the items below it (CLASSIFY_INTO_ITEMS): every form names 次 or 以下, most texts neither. */
function classifiesInto(text: string): RegExpExecArray | null {
  return text.includes('次') || text.includes('以下') ? CLASSIFY_INTO_ITEMS.exec(text) : null;
}
/** How many levels a sentence that classifies into the items below says there are (「次の３区分」), if it says. */
function countOf(m: RegExpExecArray): number | undefined {
  const n = m[1] ?? m[4];
  return n ? Number(n) || '一二三四五六'.indexOf(n) + 1 : undefined;
}
/** A sentence that classifies what is not information (職務の級, 障害): it names no information nor axis. */
const OF_INFORMATION = /情報|資産|文書|データ|記録|媒体|機密|秘|重要/;

/** An item named by an axis, not a level: 「機密性」, 「完全性による分類」, 「可用性の区分」. */
const AXIS_ALT = AXES.slice(1, 6).join('|');
const AXIS_ITEM = new RegExp(
  `^(?:${AXIS_ALT})(?:(?:、|・|及び|並びに)(?:${AXIS_ALT}))*(?:(?:による|に係る|に関する|の)?(?:分類|区分))?$`,
);

/** 「次に掲げる区分とする」「次のとおりとする」: what an item named by an axis says of the items below it. */
const OVER_ITEMS = '(?:次|以下)(?:に掲げる|の)(?:各号に掲げる)?(?:区分|とおり)(?:とする|である)';
const STARTS_OVER_ITEMS = new RegExp(`^${OVER_ITEMS}`);
/** 「機密性による分類は、次のとおりとする。」 as one sentence. */
const AXIS_OVER_ITEMS = new RegExp(
  `^((?:${AXIS_ALT})(?:(?:、|・|及び|並びに)(?:${AXIS_ALT}))*)(?:による|に係る|に関する|の)?(?:分類|区分)は、${OVER_ITEMS}`,
);

/**
 * The axes an item names over the levels in its own items: 「（１）　機密性の区分　次に掲げるとおりとする。」,
 * 「（１）　機密性による分類は、次のとおりとする。」, or two sharing them: 「（２）　完全性及び可用性　次のとおりとする。」.
 */
function axesOverItems(node: ClauseNode): string[] {
  const text = node.text.trim();
  const head = node.title !== undefined ? unbracketed(node.title.trim()) : undefined;
  const named =
    head !== undefined && AXIS_ITEM.test(head) && STARTS_OVER_ITEMS.test(text)
      ? head
      : AXIS_OVER_ITEMS.exec(text)?.[1];
  return named ? AXES.slice(1, 6).filter((a) => named.includes(a)) : [];
}

/**
 * Levels named in words by the items below a sentence that classifies into 「次の２区分」: each item
 * starts with the level's name, then its definition (（１）　取扱注意情報　個人情報…). The text's
 * order is the order of sensitivity.
 */
function levelsNamedInItems(node: ClauseNode): ClassificationLevel[] {
  // The items are the run of one numbering style right below the sentence; the 項 after it are not levels.
  const first = node.children[0];
  const run = node.children.filter((c) => c.style === first?.style);
  if (run.length < 2) return [];
  const over = axesOverItems(node);
  const m = classifiesInto(node.text) ?? (over.length ? /(?:次|以下)/.exec(node.text) : null);
  if (!m) return [];
  const items = run.map((c) => {
    const term = c.title === undefined ? definedTerm(c.text.trim()) : null;
    if (term) return term;
    // A level with items of its own below it is read as a heading: 「①　甲情報　…次のいずれかの…」.
    const line = c.title !== undefined && HEAD_END.test(c.title.trim()) ? `${c.title} ${c.text}` : null;
    // With no space left in the text between name and definition, the printed line tells where the name ends.
    const word = () => {
      const w = firstWord(c.text);
      return w === c.text.trim() ? (printedHead(c) ?? w) : w;
    };
    const written = (line !== null ? firstWord(line.trim()) : (c.title ?? word())).trim();
    const head = unbracketed(written);
    const definition =
      line !== null
        ? line.trim().slice(written.length).trim()
        : c.title
          ? c.text
          : c.text.slice(written.length).trim();
    return { head, definition };
  });
  // 「（１）　機密性　次に掲げる区分とする。」「（２）　完全性　…」: items named by the axes are the axes, each over
  // its own levels below it, not levels of one axis.
  if (items.filter((i) => AXIS_ITEM.test(i.head)).length >= 2) return [];
  const count = countOf(m) ?? items.length;
  // 「ネットワークは、次のとおり区分する」 over 系: a network divided into segments, not information classified.
  const sentence = sentenceAround(node.text, m.index);
  if (
    /ネットワーク[^、。]*は、/.test(sentence) ||
    (!OF_INFORMATION.test(sentence) && !over.length) ||
    items.every((i) => /系$/.test(i.head))
  )
    return [];
  if (
    count !== items.length ||
    new Set(items.map((i) => i.head)).size !== items.length ||
    items.some((i) => i.head.length < 1 || i.head.length > 12 || !isLevelHead(i.head) || !i.definition)
  )
    return [];
  // 「…次の各号に掲げる取扱区分に分類する」 over 取扱区分Ｓ／Ａ／Ｂ: the word every level starts with is the axis; so is
  // a body's own word for its classes (取扱区分 over 第一種情報…), where the sentence names no axis it classifies by.
  const noun = m[2] ?? m[3] ?? m[5];
  const heads = items.map((i) => i.head);
  const axis =
    over[0] ??
    ownAxisWord(heads) ??
    classifiedBy(sentence) ??
    (noun &&
    (heads.every((h) => h.startsWith(noun) && h.length > noun.length) ||
      !PLAIN_NOUN.test(noun) ||
      givenEachAsset(node, noun))
      ? noun
      : axisOfNamed(
          sentence,
          heads,
          items.map((i) => i.definition),
        ));
  return (over.length ? over : [axis]).flatMap((a) =>
    items.map((i) => ({ axis: a, label: i.head, rank: 0, definition: i.definition })),
  );
}

/** Plain words for a class, not a body's name for its scheme: 区分, 種別, 類型, 分類 …, and counts (三段階, 四区分). */
const PLAIN_NOUN =
  /^(?:[0-9一二三四五六]*(?:区分|種別|種類|類型|分類|等級|段階|種|類|つ)|格付け?|系|系統|重要性|重要度|機密性)$/;

/**
 * A plain word for the classes (種別, 類型) that the text goes on to give each asset as its own: 「情報資産の種別を定め」,
 * 「種別の定めのない情報資産」. The body calls its scheme by that word. 区分 and 分類 are what every scheme's classes
 * are called (「前項の区分を定め」), so they name none.
 */
function givenEachAsset(node: ClauseNode, noun: string): boolean {
  if (/^(?:区分|分類)$/.test(noun)) return false;
  const given = new RegExp(`の${noun}(?:を|が)|${noun}の(?:定め|決定|変更)`);
  return given.test(node.text) || node.children.some((c) => given.test(c.text));
}

/** A grade word after an axis word: 可用度高, 保全度低, 秘匿性甲. */
const OWN_AXIS_LEVEL = /^([\u4e00-\u9fff]{1,4}?(?:性|度))[高中低大小甲乙丙丁]$/;
/** 可用度高／可用度低, 保全度高／保全度低: the axis word (…性, …度) every level's name starts with. */
function ownAxisWord(heads: string[]): string | undefined {
  const word = OWN_AXIS_LEVEL.exec(heads[0] ?? '')?.[1];
  return word && heads.every((h) => OWN_AXIS_LEVEL.exec(h)?.[1] === word) ? word : undefined;
}

/**
 * The axis a sentence classifies by, named as the assets' own: 「その機密性に応じ」「機密性により」「機密性の観点から」; not
 * one said of something else (「その取扱いの重要性に応じ」).
 */
const CLASSIFIED_BY =
  /(?:^|[、はを]|その)(機密性|完全性|可用性|重要性|重要度)(?:に(?:応じ|より|よって|基づき)|の観点から)/;
const classifiedBy = (sentence: string) => CLASSIFIED_BY.exec(sentence)?.[1];

/**
 * An item that defines its level as a term: 「秘密情報とは、…情報をいう。」, or with the definition in brackets
 * after the name: 「秘密情報（…情報をいう。）」.
 */
function definedTerm(text: string, topic = false): { head: string; definition: string } | null {
  const m =
    /^([^、。\s()「」]{1,12})とは、(.+?)をいう。?$/.exec(text) ??
    /^([^、。\s()「」]{1,12})\((.+?)(?:をいう)?。?\)。?$/.exec(text) ??
    // 「２　秘密情報は、…情報とする。」: only where the sentence above names the levels (topic).
    (topic ? /^([^、。\s()「」]{1,12})は、(.+?)とする。?$/.exec(text) : null);
  return m ? { head: m[1], definition: m[2] } : null;
}

/**
 * Whether an item's first word can name a level: a noun of a few characters (甲情報, 取扱注意, 学内限り),
 * not the start of a sentence (「職員は」, 「次に掲げる」).
 */
function isLevelHead(head: string): boolean {
  return !/[。、「」]|[はがをにへ]$|[はがを](?=[\u4e00-\u9fff])|する|して|した|掲げる/.test(head);
}

/** The sentence of `text` that holds position `at`. */
function sentenceAround(text: string, at: number): string {
  const start = text.lastIndexOf('。', at) + 1;
  const end = text.indexOf('。', at);
  return text.slice(start, end < 0 ? text.length : end);
}

/**
 * 「…機密情報及び一般情報の２区分に分類」, or the names right before に分類 (「…機密性に応じ、機密、限定及び公開に
 * 分類する」, group 2 empty), which only items below that define each name confirm.
 */
const NAMED_LEVELS =
  /([^、。「」]+?(?:(?:、|及び|並びに|又は)[^、。「」]+?)+)(の(?:[0-9]+|[一二三四五六]|二つ|三つ|四つ)?(?:区分|種類|つ|段階|種|類型)?)?に分類/;
/** 「…秘密情報、庁内限り情報及び公開情報の３区分とする」: the same list, counted, set as the classes. */
const NAMED_LEVELS_SET =
  /([^、。「」]+?(?:(?:、|及び|並びに|又は)[^、。「」]+?)+)(の(?:[0-9]+|[一二三四五六]|二つ|三つ|四つ)?(?:区分|種類|段階|種|類型))とする/;

/**
 * 「…機密情報及び一般情報の２区分に分類」 in a text. The pattern cannot cross 。「」, so it is tried only on
 * the pieces between them that say に分類, in order (on a whole clause its nested lists backtrack a lot).
 */
function namedLevelsSentence(text: string): RegExpExecArray | null {
  for (const [word, re] of [
    [/に分類/g, NAMED_LEVELS],
    [/(?:区分|種類|段階|種|類型)とする/g, NAMED_LEVELS_SET],
  ] as const) {
    word.lastIndex = 0;
    for (let w = word.exec(text); w; w = word.exec(text)) {
      let start = w.index;
      while (start > 0 && !'。「」'.includes(text[start - 1])) start--;
      let end = w.index + w[0].length;
      while (end < text.length && !'。「」'.includes(text[end])) end++;
      const m = re.exec(text.slice(start, end));
      if (m) return m;
      word.lastIndex = end;
    }
  }
  return null;
}

/**
 * Each name defined as a term somewhere in the text: an item of the 定義 article (「（２）　秘密情報　…をいう。」) or
 * a sentence of its own (「極秘とは、…をいう。」); null unless every name is.
 */
function termsDefined(names: string[], nodes: ClauseNode[]): { head: string; definition: string }[] | null {
  const found = new Map<string, string>();
  for (const n of nodes) {
    const text = n.text.trim();
    const head = (n.title ?? firstWord(text)).trim();
    if (names.includes(head) && !found.has(head)) {
      const definition = (n.title !== undefined ? text : text.slice(head.length).trim()).replace(/。$/, '');
      if (/をいう$/.test(definition)) found.set(head, definition.replace(/をいう$/, ''));
    }
    for (const s of splitSentences(text)) {
      const term = definedTerm(s);
      if (term && names.includes(term.head) && !found.has(term.head)) found.set(term.head, term.definition);
    }
  }
  return names.every((name) => found.has(name))
    ? names.map((head) => ({ head, definition: found.get(head) ?? '' }))
    : null;
}

/**
 * Levels named in words by the sentence that classifies the assets, with their definitions from
 * the items below it: 「情報資産は、…機密情報及び一般情報の２区分に分類する。」 (1) 機密情報 … (2) 一般情報 ….
 * The text's order is the order of sensitivity.
 */
function levelsNamedInText(node: ClauseNode, nodes: ClauseNode[]): ClassificationLevel[] {
  const m = namedLevelsSentence(node.text);
  if (!m) return [];
  const names = m[1]
    // 「情報資産は、秘密情報、…及び公開情報に分類する」: the topic is not a name.
    .replace(/^[^、]*?(?:は|を)、/, '')
    .replace(/^.*?(?:に応じ(?:て)?|により|によって)、?/, '')
    // 「機密性、完全性及び可用性の観点から、それぞれ高、中及び低の３段階に分類する」: the names follow the frame.
    .replace(/^.*(?:から|について|ごとに)、(?:それぞれ|各々|いずれも)?/, '')
    .split(/、|及び|並びに|又は/)
    .map((n) => n.trim());
  // Each item or 項 below defines a name: 「（１）　秘密情報　…」, 「２　秘密情報とは、…をいう。」.
  const below = node.children.map((c) => {
    const term = c.title === undefined ? definedTerm(c.text.trim(), true) : null;
    if (term) return { head: term.head, definition: term.definition };
    const head = (c.title ?? firstWord(c.text)).trim();
    return { head, definition: c.title ? c.text : c.text.slice(head.length).trim() };
  });
  // With nothing below that defines them, the names may be terms the text defines elsewhere (定義).
  const heads = below.some((h) => names.includes(h.head)) ? below : (termsDefined(names, nodes) ?? below);
  // A name of one character (高, 秘) is taken only where an item below defines it.
  const short = (n: string) => n.length < 2 && !heads.some((h) => h.head === n);
  if (names.length < 2 || names.some((n) => short(n) || !isLevelWord(n))) return [];
  // Only levels the items below define (or, with no items, a sentence that says 「…の２区分」) are taken.
  if ((heads.length > 0 || !m[2]) && !names.every((n) => heads.some((h) => h.head === n))) return [];
  const axis = axisOfNamed(
    m[0],
    names,
    heads.filter((h) => names.includes(h.head)).map((h) => h.definition),
  );
  return names.map((label) => {
    const definition = heads.find((h) => h.head === label)?.definition;
    return { axis, label, rank: 0, ...(definition ? { definition } : {}) };
  });
}

/** A level written as its axis and what follows it in a sentence: 完全性２, 完全性高. */
const AXIS_LEVEL_TOKEN = `(?:(?:${AXIS_ALT})[^、。「」\\s及又並にのはをが]{1,6}|(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,4}(?:性|度)(?:[0-9]+|[A-Z]|[IVX]+)(?![0-9A-Za-z]))`;
const LISTED_LEVELS = new RegExp(
  `(${AXIS_LEVEL_TOKEN}(?:(?:、|及び|並びに|又は)${AXIS_LEVEL_TOKEN})+)に(?=、|分類|区分)`,
  'g',
);

/**
 * Levels listed by their axis in the sentence that classifies: 「完全性については完全性２及び完全性１に、
 * 可用性については可用性２及び可用性１に分類する」, 「完全性に応じ、完全性高及び完全性低に分類する」. Each list
 * holds the levels of one axis; the text's order is the order of sensitivity where no symbol orders them.
 */
function levelsListedInSentence(node: ClauseNode): ClassificationLevel[] {
  const levels: ClassificationLevel[] = [];
  for (const s of splitSentences(node.text)) {
    if (!/分類|区分する/.test(s)) continue;
    for (const m of s.matchAll(LISTED_LEVELS)) {
      const tokens = m[1].split(/、|及び|並びに|又は/);
      // A body's own axis word (秘匿性Ａ, 秘匿性Ｂ …) is read from its symbol, the same in every token.
      const axis =
        AXES.slice(1, 6).find((a) => tokens[0].startsWith(a)) ?? LEVEL_LABEL.exec(tokens[0])?.[1] ?? '';
      if (!axis) continue;
      if (!tokens.every((t) => t.startsWith(axis))) continue;
      for (const t of tokens) {
        const symbol = LEVEL_LABEL.exec(t);
        levels.push(symbol ? level(symbol[1], symbol[2]) : { axis, label: t, rank: 0 });
      }
    }
  }
  return levels;
}

/**
 * A table printed with its levels across the first row (区分 | 機密性３ | 機密性２), under a sentence that
 * classifies by it, is read as one with them down the first column.
 */
function levelsDown(table: string[][]): string[][] {
  const down = table.filter((r) => LEVEL_LABEL.test(r[0]?.trim() ?? '')).length;
  const across = (table[0] ?? []).filter((c) => LEVEL_LABEL.test(c.trim())).length;
  return across >= 2 && across > down ? transposeTable(table) : table;
}

/** A header cell that names no axis, only that the column holds classes. */
const CLASS_WORD = /^(?:区分|分類|格付け?|等級)$/;

/** The one axis the clause's sentences classify by (「その機密性に応じ、…分類する」), if exactly one. */
function namedAxis(node: ClauseNode): string | undefined {
  const axes = new Set(splitSentences(node.text).flatMap(axesInSentence));
  return axes.size === 1 ? [...axes][0] : undefined;
}

const LEVEL_AT = new RegExp(`${AXIS}\\s*${LEVEL}`, 'g');

/** Two or more levels written one after another in one cell, nothing else: their axes and symbols. */
function levelRun(cell: string): [string, string][] | null {
  if (!cell) return null;
  const found = [...cell.matchAll(LEVEL_AT)];
  if (found.length < 2 || found.map((m) => m[0]).join('') !== cell) return null;
  return found.map((m) => {
    const one = LEVEL_LABEL.exec(m[0]);
    return one ? [one[1], one[2]] : ['', ''];
  });
}

function levelsFromTables(node: ClauseNode): ClassificationLevel[] {
  const levels: ClassificationLevel[] = [];
  const classifies = /分類|区分する/.test(node.text);
  for (const printed of node.tables ?? []) {
    const table = classifies ? levelsDown(printed) : printed;
    // A header cell naming the axis (重要度 | 定義) lets rows hold only the level (A | …).
    // A header cell that only says 区分 or 分類 over bare symbols (Ⅰ | …) takes the one axis the clause
    // classifies by (「その重要性に応じ」): the levels are 重要性Ⅰ…, not 区分Ⅰ.
    const headCell = table[0]?.[0]?.trim() ?? '';
    const headerAxis = CLASS_WORD.test(headCell)
      ? (namedAxis(node) ?? AXIS_ONLY.exec(headCell)?.[1])
      : AXIS_ONLY.exec(headCell)?.[1];
    let rowAxis: string | undefined;
    for (const row of table) {
      // One table for several axes (区分 | 分類 | 基準): the first column names the axis (left empty on the
      // rows below it), the second the level, with its axis (機密性３) or bare (３).
      const second = LEVEL_LABEL.exec(row[1]?.trim() ?? '');
      const head = row[0]?.trim() ?? '';
      if (AXES.includes(head)) rowAxis = head;
      // A drawn table with rules only between axes joins each axis's lines into one row: its level cell is then
      // the levels one after another (機密性３機密性２機密性１), and the definitions cannot be told apart.
      const run = second ? null : levelRun(row[1]?.trim() ?? '');
      if (run && (head === '' || AXIS_ONLY.test(head))) {
        levels.push(...run.map(([axis, label]) => level(axis, label)));
        continue;
      }
      if (second && (head === '' || AXIS_ONLY.test(head))) {
        levels.push(level(second[1], second[2], row.slice(2).join(' ').trim()));
        continue;
      }
      const bare = row[1]?.trim() ?? '';
      if (rowAxis && (head === '' || head === rowAxis) && BARE_LEVEL.test(bare)) {
        levels.push(level(rowAxis, bare, row.slice(2).join(' ').trim()));
        continue;
      }
      // A row with an empty first cell continues the level above (a definition wrapped in its cell).
      const last = levels[levels.length - 1];
      if ((row[0]?.trim() ?? '') === '' && last) {
        last.definition = `${last.definition ?? ''}${row.slice(1).join('').trim()}`;
        continue;
      }
      const first = row[0]?.trim() ?? '';
      // 「機密性３（極秘）」: another name in brackets after the level.
      const m = levelHead(first);
      const definition = row.slice(1).join(' ').trim();
      if (m) levels.push(level(m[1], m[2], definition));
      else if (headerAxis && BARE_LEVEL.test(first))
        levels.push({ axis: headerAxis, label: first, rank: 0, definition });
    }
    if (classifies) levels.push(...levelsAcrossTop(table, levels));
  }
  return levels;
}

/**
 * A level named in a word or two: 秘, 取扱注意, 要保護情報, 庁内限り, 課内限り (no sentence, no verb; the kana of a
 * word like 限り is part of its name).
 */
const isLevelWord = (name: string) =>
  name.length >= 1 &&
  name.length <= 12 &&
  !/[。、\s]/.test(name) &&
  isLevelHead(name) &&
  !/[ぁ-ゖ]{3}|(?:ない|ある|いる|れる)$/.test(name);

/** A cell that heads a column of a table of levels: 区分 | 定義 | 例. */
const HEADER_CELL = /^(?:区分|分類|名称|種類|種別|格付け?|等級|レベル|内容|定義|説明|例|具体例|基準|該当)/;

/**
 * The table of the 別表 a clause classifies by (「別表第１に定める区分に分類する」, 「情報資産の分類は、別表第１の
 * とおりとする」), printed at the end of the text.
 */
function appendedTable(text: string, nodes: ClauseNode[]): string[][] | undefined {
  const ref = (/(別表(?:第[0-9]+)?)(?:に定める|に掲げる|のとおり|の)[^。]*分類/.exec(text) ??
    /分類(?:及びその基準)?は、(別表(?:第[0-9]+)?)(?:に定める|に掲げる|の)とおりとする/.exec(text))?.[1];
  if (!ref) return undefined;
  return nodes.find((n) => n.path === ref || n.path.endsWith(`/${ref}`))?.tables?.[0];
}

/**
 * Levels named in words in the first column of a table the clause classifies by (「次の表のとおり分類
 * する」 over 区分 | 内容 / 秘 | … / 取扱注意 | … / 公開 | …), or of the 別表 it names. The table's order is
 * the order of sensitivity.
 */
function levelsNamedInTable(node: ClauseNode, nodes: ClauseNode[]): ClassificationLevel[] {
  const byTable = /表[^。]*(?:分類|(?:区分|格付け?)(?:する|し))|分類[^。]*表/.test(node.text);
  // 「次のとおり分類する」 over a table printed right below it, with or without a header row.
  if (!byTable && !(node.tables?.length && classifiesInto(node.text))) return [];
  const table = node.tables?.[0] ?? appendedTable(node.text, nodes);
  const headed = byTable || (table?.[0] ?? []).some((c) => HEADER_CELL.test(c.trim()));
  if (!table || table.length < (headed ? 3 : 2)) return [];
  const items: { head: string; definition: string }[] = [];
  for (const row of headed ? table.slice(1) : table) {
    const head = row[0]?.trim() ?? '';
    const rest = row.slice(1).join('').trim();
    const last = items[items.length - 1];
    // A row with an empty first cell continues the definition above.
    if (head === '' && last) last.definition += rest;
    else items.push({ head, definition: rest });
  }
  if (
    items.length < 2 ||
    new Set(items.map((i) => i.head)).size !== items.length ||
    // Levels with a symbol (機密性３) are read from the table itself, and so are axes down its first column.
    items.some(
      (i) =>
        !isLevelWord(i.head) ||
        !i.definition ||
        levelHead(i.head) !== null ||
        AXES.includes(i.head) ||
        // a bare number numbers the row; it names no level
        /^[0-9]+$/.test(i.head),
    )
  )
    return [];
  const sentence = splitSentences(node.text).find((x) => /分類|区分|格付|等級/.test(x)) ?? '';
  // A header that names the axis over the words (重要度 | 基準 / 高 | …) says whose levels they are.
  const headAxis = headed ? AXES.slice(1, 6).find((a) => a === (table[0]?.[0] ?? '').trim()) : undefined;
  const axis =
    headAxis ??
    axisOfNamed(
      sentence,
      items.map((i) => i.head),
      items.map((i) => i.definition),
    );
  const down = items.map((i) => ({ axis, label: i.head, rank: 0, definition: i.definition }));
  return [...down, ...levelsAcrossTop(table, down)];
}

/** Levels written one per line in the clause's text, with no table (「機密性3　行政事務で…」 as a PDF gives it). */
function levelsFromLines(node: ClauseNode): ClassificationLevel[] {
  const levels: ClassificationLevel[] = [];
  // Every axis ends in 性 or 度, or is a bare scale (レベル, 区分).
  const axisWord = (t: string) =>
    t.includes('性') || t.includes('度') || SCALE_LIST.some((w) => t.includes(w));
  if (!axisWord(node.text)) return levels;
  for (const line of node.text.split('\n')) {
    if (!axisWord(line)) continue;
    const m = LEVEL_LINE.exec(line);
    if (m && !/[はをが、]$/.test(m[3].slice(0, 1))) levels.push(level(m[1], m[2], m[3]));
  }
  return levels.length >= 2 ? levels : levelsOverLines(node);
}

/**
 * Levels each on a line of their own with the definition on the lines below (「機密性３」 / 「　個人情報を…」), under
 * the sentence that classifies into what follows; every level must have a definition.
 */
function levelsOverLines(node: ClauseNode): ClassificationLevel[] {
  if (!node.text.includes('\n') || !classifiesInto(node.text)) return [];
  // The lines as printed: the text may join a definition with the next level's line (「…情報重要度B…」).
  const lines = node.original.normalize('NFKC').split('\n');
  const start = lines.findIndex((l) => LEVEL_LABEL.test(l.trim()));
  if (start < 1) return [];
  const levels: ClassificationLevel[] = [];
  for (const raw of lines.slice(start)) {
    const line = raw.trim();
    const label = LEVEL_LABEL.exec(line);
    const last = levels[levels.length - 1];
    if (label) levels.push(level(label[1], label[2], ''));
    else if (last && line) last.definition = `${last.definition ?? ''}${line}`;
    else if (line) return [];
  }
  return levels.length >= 2 && levels.every((l) => l.definition) ? levels : [];
}

/** A bracketed word an item's text starts with: 【機密性３】, ［重要度Ａ］ (NFKC: [重要度A]). */
const BRACKETED_HEAD = /^(?:【[^】]{1,12}】|「[^」]{1,12}」|『[^』]{1,12}』|\[[^\]]{1,12}\])/;

/** An item's heading without the brackets some bodies set a level's name in: 【機密性３】, 「秘密情報」. */
function unbracketed(head: string): string {
  const m = /^(?:【(.+)】|「(.+)」|『(.+)』|\[(.+)\])$/.exec(head);
  return m ? (m[1] ?? m[2] ?? m[3] ?? m[4]) : head;
}

/**
 * A level as an item names it: 機密性３, 【機密性３】, 機密性３の情報資産, and 機密性Ａ（極秘） with another name in
 * brackets after it.
 */
function levelHead(head: string): RegExpExecArray | null {
  const name = unbracketed(head);
  return (
    LEVEL_LABEL.exec(name) ??
    LEVEL_LABEL.exec(name.replace(/の(?:情報資産|情報|資産)$/, '')) ??
    LEVEL_LABEL.exec(name.replace(/\([^()0-9a-zA-Z]{1,8}\)$/, ''))
  );
}

/** 「…情報資産、完全性１はそれ以外の情報資産」: a second level set after an item's definition. */
const LEVEL_AFTER = new RegExp(`^(.+)、${AXIS}\\s*${LEVEL}は、?(.+?)。?$`);

function levelsFromItems(node: ClauseNode): ClassificationLevel[] {
  const levels: ClassificationLevel[] = [];
  for (const child of node.children) {
    let head = (child.title ?? firstWord(child.text)).trim();
    // The level the head names, read again only where the head is read again.
    let m = levelHead(head);
    // 「①機密性３　…」 read as 「機密性3…」: the printed line tells where the level ends.
    if (child.title === undefined && !m && LEVEL_START.test(head)) {
      head = printedHead(child) ?? head;
      m = levelHead(head);
    }
    // 「【機密性３】個人情報…」: the brackets end the level where no space does.
    const bracketed = child.title === undefined ? BRACKETED_HEAD.exec(head)?.[0] : undefined;
    const inBrackets = bracketed && !m ? levelHead(bracketed) : null;
    if (bracketed && inBrackets) {
      head = bracketed;
      m = inBrackets;
    }
    if (m) {
      const definition = child.title ? child.text : child.text.slice(head.length).trim();
      // 「完全性２　…情報資産、完全性１はそれ以外の情報資産」: the item sets the level below it too.
      const next = LEVEL_AFTER.exec(definition);
      if (next && next[2] === m[1] && next[3] !== m[2] && /(?:もの|情報|資産)$/.test(next[1])) {
        levels.push(level(m[1], m[2], next[1]), level(next[2], next[3], next[4]));
      } else levels.push(level(m[1], m[2], definition));
    } else if (!child.title) {
      const p = LEVEL_PAREN.exec(child.text.trim());
      if (p) levels.push(level(p[1], p[2], p[3]));
      else levels.push(...levelsAfterAxis(head, child.text.trim().slice(head.length).trim()));
    }
  }
  return levels;
}

const DEFINED_IN_LIST = new RegExp(`(?:^|、|及び|並びに|又は)${AXIS}\\s*${LEVEL}\\(([^()]+)\\)`, 'g');
/**
 * An item named by its axis that lists the axis's levels, each with its definition in brackets: 「ア　機密性
 * 機密性３（…）、機密性２（…）及び機密性１（…）」. The list must be all of the item's words, every level of that axis.
 */
function levelsAfterAxis(head: string, rest: string): ClassificationLevel[] {
  const axis = AXIS_ONLY.exec(unbracketed(head))?.[1];
  if (!axis) return [];
  const text = rest.replace(/。$/, '');
  const found = [...text.matchAll(DEFINED_IN_LIST)];
  if (found.length < 2 || found.map((m) => m[0]).join('') !== text) return [];
  if (found.some((m) => m[1] !== axis)) return [];
  return found.map((m) => level(m[1], m[2], m[3]));
}

/**
 * 区分 and クラス are only words for a class, not an axis: levels 区分Ａ／区分Ｂ under a sentence that names
 * the one axis it classifies by (「その機密性に応じて次のとおり分類する」) are levels of that axis, named as
 * written (区分A), as the guideline's 自治体機密性3A is a level of 機密性. Another scale word (レベル,
 * クラス) is a level of the named axis only where the sentence classifies into it (「機密性に応じて次のクラス
 * に分類する」); elsewhere it stays the axis of its own scale (レベル3).
 */
function underNamedAxis(node: ClauseNode, levels: ClassificationLevel[]): void {
  const scaled = levels.filter((l) => SCALE_WORDS.has(l.axis) && BARE_LEVEL.test(l.label));
  if (scaled.length === 0) return;
  const sentences = splitSentences(node.text).filter((s) => /に応じ/.test(s));
  const axes = sentences.flatMap(axesInSentence);
  if (new Set(axes).size !== 1) return;
  const tied = (l: ClassificationLevel) =>
    /^(?:区分|格付け?)$/.test(l.axis) || sentences.some((s) => s.includes(`${l.axis}に分類`));
  if (!scaled.every(tied)) return;
  for (const l of scaled) Object.assign(l, { axis: axes[0], label: `${l.axis}${l.label}` });
}

/** A body's own word for its classes before a level's symbol: 秘匿区分, 取扱区分 (not 重要性分類: that names an axis). */
const OWN_CLASS_WORD = /^[\u4e00-\u9fff]{1,4}(?:区分|分類)$/;
/**
 * Levels of a body's own word (取扱区分Ａ／Ｂ) under a sentence that classifies by an axis of the assets (「その機密性に
 * 応じ、次の取扱区分に区分する」) are levels of that axis, named as written; unless the word is the body's name for
 * that very axis (機密区分 for 機密性), which stays the axis.
 */
function underStatedAxis(node: ClauseNode, levels: ClassificationLevel[]): void {
  const own = levels.filter(
    (l) => OWN_CLASS_WORD.test(l.axis) && !/[性度]/.test(l.axis) && l.axis !== '区分',
  );
  if (own.length === 0) return;
  const stated = splitSentences(node.text)
    .filter((s) => /分類|区分|分け|格付/.test(s))
    .map(classifiedBy)
    .find((a) => a !== undefined);
  if (!stated) return;
  for (const l of own) {
    if (l.axis.startsWith(stated.slice(0, -1))) continue;
    Object.assign(l, { axis: stated, label: BARE_LEVEL.test(l.label) ? `${l.axis}${l.label}` : l.label });
  }
}

/**
 * A bare scale (レベルⅢ／Ⅱ／Ⅰ) under a sentence that names the axis it classifies by (「機密性に応じ、次のとおり
 * 分類する」) is that axis's scale where the text classifies by another axis too (「完全性に応じ、完全性高及び
 * 完全性低に分類する」): beside other axes, the scale says which one it measures. Where it is the text's only
 * scale, it stays the axis of its own name (レベル), as a body with one scale calls it.
 */
function besideOtherAxes(node: ClauseNode, scale: string, found: ClassificationLevel[]): void {
  const others = new Set(found.filter((l) => !SCALE_WORDS.has(l.axis)).map((l) => l.axis));
  if (others.size === 0) return;
  const axes = new Set(
    splitSentences(node.text)
      .filter((x) => /に応じ/.test(x))
      .flatMap(axesInSentence),
  );
  const axis = axes.size === 1 ? [...axes][0] : undefined;
  if (!axis || others.has(axis)) return;
  for (const l of found)
    if (l.axis === scale && BARE_LEVEL.test(l.label)) Object.assign(l, { axis, label: `${scale}${l.label}` });
}

/** Axes named by a sentence that says assets are classified (…に応じて分類, …に応じて格付する, …に応じ区分する). */
function axesInSentence(s: string): string[] {
  if (!/分類|格付|区分(?:する|し、)/.test(s)) return [];
  return AXES.slice(0, 6).filter(
    (a) =>
      s.includes(a) &&
      !(a === '機密性' && s.includes('自治体機密性') && !s.replace(/自治体機密性/g, '').includes('機密性')),
  );
}

/**
 * A clause that grades events, not information: 「インシデントは、その影響に応じ、次のとおり分類する。」 over
 * レベル３／２／１ (how grave an incident, a failure or a disaster is) sets no classification of assets.
 */
const EVENTS = /^[^、。]*(?:インシデント|事故|障害|事案|脆弱性|災害|被害)[^、。]*は、/;
function classifiesEvents(node: ClauseNode): boolean {
  const s = splitSentences(node.text).find((x) => /分類|区分|格付/.test(x));
  return s !== undefined && EVENTS.test(s) && !/^[^、。]*情報資産[^、。]*は、/.test(s);
}

/** What levels-named-lines.ts reads levels with (passed in: that file does not import this one). */
const NAMED_READER = {
  classify: classifiesInto,
  isHead: isLevelHead,
  axisOf: (text: string, at: number, names: string[], definitions: string[]) =>
    axisOfNamed(sentenceAround(text, at), names, definitions),
};

export interface ClassificationResult {
  classification: Classification | null;
  /** true when the text names axes but defines no levels */
  levelsMissing: boolean;
  /** the text refers to a scheme defined elsewhere (基本方針 …) */
  externalRef?: string;
}

/** Who may designate a level: 「…その他Xが必要と認めた情報資産」 in a level's definition. */
function designatorsOf(levels: ClassificationLevel[], matcher: ActorMatcher): string[] {
  const designators = new Set<string>();
  if (!matcher.pattern) return [];
  const roleRe = new RegExp(matcher.pattern, 'g');
  for (const l of levels) {
    const m = /^(.*?)が(?:必要と認め|指定|判断)/.exec(l.definition ?? '');
    if (!m) continue;
    for (const r of m[1].matchAll(roleRe)) {
      const name = matcher.resolve(r[0]);
      if (name) designators.add(name);
    }
  }
  return [...designators];
}

/** Finds the scheme; see file comment. `matcher` resolves who may designate a level. */
export function findClassification(tree: ClauseNode[], matcher: ActorMatcher): ClassificationResult {
  const nodes = flatten(tree);
  // Each axis is taken from the first clause that lists two or more of its levels.
  const found: ClassificationLevel[] = [];
  /** The clause each bare scale (レベル, クラス) was read from. */
  const scaleAt = new Map<string, ClauseNode>();
  /** The clause each axis was read from. */
  const axisAt = new Map<string, ClauseNode>();
  let path: string | null = null;
  for (const clause of nodes) {
    if (classifiesEvents(clause)) continue;
    const node = withoutRowNumbers(withDrawnRows(withNumberedRows(clause), (cell) => LEVEL_LABEL.test(cell)));
    // A table with a column per axis (レベル | 機密性 | 完全性) gives each axis its levels.
    const columns = levelsInAxisColumns(node);
    const levels = columns.length ? columns : [...levelsFromTables(node), ...levelsFromItems(node)];
    if (levels.length < 2) levels.push(...levelsFromLines(node));
    if (levels.length < 2) levels.push(...levelsListedInSentence(node));
    if (levels.length < 2) levels.push(...levelsNamedInText(node, nodes));
    if (levels.length < 2) levels.push(...levelsQuoted(node, axisOfNamed));
    if (levels.length < 2) levels.push(...levelsNamedInItems(node));
    if (levels.length < 2) levels.push(...levelsNamedOnLines(node, NAMED_READER));
    if (levels.length < 2) levels.push(...levelsNamedInTable(node, nodes));
    if (levels.length < 2) levels.push(...levelsNamedThenTabled(node, axisOfNamed));
    if (levels.length < 2) levels.push(...levelsInSentences(node));
    // 「機密性により次の各号に、可用性により可用性２及び可用性１に分類する」: the items set one axis, the sentence another.
    if (levels.length >= 2)
      levels.push(...levelsListedInSentence(node).filter((l) => !levels.some((o) => o.axis === l.axis)));
    underNamedAxis(node, levels);
    underStatedAxis(node, levels);
    // An axis needs two levels or more.
    if (levels.length < 2) continue;
    levels.splice(0, levels.length, ...sharedByAxes(node, levels));
    // A later table of the same levels (区分Ａ | 統括者 …, after 区分Ａ was read as a level of 機密性) adds no
    // axis; axes of one clause may share level words (機密性 and 完全性 both on レベル３／２／１).
    const known = new Set(found.map((l) => levelName(l)));
    for (const axis of new Set(levels.map((l) => l.axis))) {
      const own = levels.filter((l) => l.axis === axis);
      if (own.length < 2) continue;
      const before = found.filter((l) => l.axis === axis);
      // An axis read before from fewer of its levels (items that name who permits each: 「一　機密性３の情報資産
      // 統括責任者」「二　機密性２の…」) gives way to a later list of all of them (機密性３／２／１ in a 別表).
      if (before.length > 0) {
        const names = new Set(own.map((l) => levelName(l)));
        if (own.length <= before.length || !before.every((l) => names.has(levelName(l)))) continue;
        found.splice(0, found.length, ...found.filter((l) => l.axis !== axis), ...own);
        axisAt.set(axis, node);
        continue;
      }
      if (own.every((l) => known.has(levelName(l)))) continue;
      found.push(...own);
      if (SCALE_WORDS.has(axis)) scaleAt.set(axis, node);
      axisAt.set(axis, node);
      path ??= node.path;
    }
  }
  for (const [scale, node] of scaleAt) besideOtherAxes(node, scale, found);
  if (found.length > 0 && path) {
    const ranked = statedTop(rankLevels(found), axisAt);
    const designators = designatorsOf(ranked, matcher);
    return {
      classification: {
        axes: [...new Set(ranked.map((l) => l.axis))],
        levels: ranked,
        ...(designators.length > 0 ? { designators } : {}),
        path,
      },
      levelsMissing: false,
    };
  }
  // No scheme in the text: the levels its rules use, where they are consistent.
  const used = levelsInUse(nodes);
  if (used) {
    const ranked = rankLevels(used.levels);
    return {
      classification: { axes: [...new Set(ranked.map((l) => l.axis))], levels: ranked, path: used.path },
      levelsMissing: false,
    };
  }
  for (const node of nodes) {
    for (const s of splitSentences(node.text)) {
      const axes = axesInSentence(s);
      if (axes.length === 0) continue;
      // 「機密性、完全性及び可用性により重要性に応じて分類」: the three axes are the criteria.
      const named = axes.length > 1 ? axes.filter((a) => a !== '重要性' && a !== '重要度') : axes;
      return { classification: { axes: named, levels: [], path: node.path }, levelsMissing: true };
    }
  }
  for (const node of nodes) {
    const m = /(基本方針|[^、。]*?規程)に(?:従い|基づき|より)分類/.exec(node.text);
    if (m) return { classification: null, levelsMissing: false, externalRef: m[1] };
  }
  return { classification: null, levelsMissing: false };
}
