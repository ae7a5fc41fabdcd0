/**
 * Levels a body sets in sentences rather than in a list: what each level holds, then the level
 * (「個人情報を含むものを機密性３、公表していないものを機密性２、その他のものを機密性１とする」), the level,
 * then what it holds (「機密性３は…情報資産、機密性２は…情報資産とする」), or each level defined as a term
 * in a 項 of its own (「この規程において「機密性３」とは、…をいう。」). Only levels written with their axis
 * are read here (機密性３, 重要度Ａ, 完全性高); the symbols order them.
 */
import type { ClassificationLevel, ClauseNode } from '../types.ts';
import { splitSentences } from './sentences.ts';

/** A level written with its axis: 機密性３, 重要性Ⅱ, 重要度Ａ, 機密性２Ｂ, 完全性高. */
const TOKEN = '(機密性|完全性|可用性|重要性|重要度)((?:[IVX]+|[0-9]+[A-Z]?|[A-Z]|[高中低])(?![0-9A-Za-z]))';

/** 「…を機密性３、」「…を機密性２とし、」「…を機密性１とする」「…を機密性１に分類する」. */
const SET_AS = new RegExp(
  `を${TOKEN}(?:に|と(?:し|する))?(?=、|。|$|(?:と(?:し|する)|に(?:分類|区分|格付)))`,
  'g',
);
/** 「機密性３は、…」 at the start of a sentence or after 「、」. */
const LEVEL_IS = new RegExp(`(?:^|、)${TOKEN}は、?`, 'g');
/** 「「機密性３」とは、…をいう」. */
const TERM = new RegExp(`「${TOKEN}」とは、(.+?)をいう`);
/** What a level holds ends in a noun of information or things. */
const HOLDS = /(?:もの|情報|情報資産|資産|データ|文書|書類|システム|媒体)$/;
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

/** 「XをL1、YをL2、ZをL3とする」: X, Y, Z are what each level holds. */
function setAs(sentence: string): ClassificationLevel[] {
  const out: ClassificationLevel[] = [];
  // The first definition starts after the topic (「…分類は、」) or the frame (「情報資産のうち、」).
  let from = Math.max(sentence.indexOf('は、') + 2, sentence.indexOf('うち、') + 3, 0);
  for (const m of sentence.matchAll(SET_AS)) {
    const definition = sentence.slice(from, m.index).replace(/^、/, '');
    if (!holds(definition)) return [];
    out.push(read(m[1], m[2], definition));
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

/** Levels set in the sentences of a clause, or defined as terms in it and its 項. */
export function levelsInSentences(node: ClauseNode): ClassificationLevel[] {
  if (!/機密性|完全性|可用性|重要性|重要度/.test(node.text)) return [];
  for (const s of splitSentences(node.text)) {
    if (!SETS.test(s)) continue;
    const levels = s.includes('を') ? setAs(s) : [];
    if (levels.length) return levels;
    const stated = levelIs(s);
    if (stated.length) return stated;
  }
  const terms: ClassificationLevel[] = [];
  for (const n of [node, ...node.children]) {
    const m = TERM.exec(n.text);
    if (m) terms.push(read(m[1], m[2], m[3]));
  }
  return oneAxis(terms);
}
