/**
 * The numbering styles mamori recognizes, in one table read by every stage: the line parser,
 * the tree builder (rank and kind), the numbering checks (how a number is read and named) and
 * the paths (how a label is written). Adding a style is one entry here plus a test document.
 */
import { readNumber } from '../../../shared/wareki.ts';
import type { MarkerStyle } from '../types.ts';

/** イロハ order used by 例規 for katakana item numbers (ア, イ, ウ …). */
export const KANA_ORDER =
  'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン';
/** The older order (イ, ロ, ハ …) of law-style items. */
export const IROHA_ORDER =
  'イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス';
export const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿';
const KNUM = '[0-9〇一二三四五六七八九十百]+';
/** Dashes bodies use between the parts of a guideline number (1―1, 2−4−1, 2‐1, 2ー1). */
export const NUMBER_DASH = '[-‐‑‒–—―−ーｰ－]';

/**
 * What a style is in a document's hierarchy:
 * - `structure`: 編 > 章 > 節 > 款 > 条, a fixed order;
 * - `top`: 附則 and 別表, always at the top level;
 * - `paragraph`: a 項 number (2, 3 …) that continues an article whose first paragraph is unnumbered;
 * - `compound`: a guideline number with its parents inside (1-1, 2-4-1, 1.1.1): its place comes from its parts;
 * - `item`: everything else; nesting follows the document (first seen under a clause = its child).
 */
export type StyleKind = 'structure' | 'top' | 'paragraph' | 'compound' | 'item';

export interface StyleMatch {
  /** label as printed (normalized), also its path segment */
  label: string;
  /** ordinal within the style; 0 when not numbered */
  number: number;
  /** for compound numbers, every part (2-4-1 → [2, 4, 1]) */
  parts?: number[];
  /** length of the matched marker (the rest of the line follows) */
  length: number;
  qualifier?: string;
}

export interface NumberingStyle {
  style: MarkerStyle;
  /** how the style is called in explanations */
  ja: string;
  kind: StyleKind;
  /**
   * Conventional rank (lower = higher in the hierarchy). It orders the structure of 例規 and,
   * inside an article, puts a 項 above its 号 and items; elsewhere the document's own order decides.
   */
  rank: number;
  /** an example of the style as printed (documentation and the explain output) */
  example: string;
  /** reads a marker at the start of a normalized line; null when the line does not start with this style */
  match(line: string): StyleMatch | null;
}

// Counters and units that make "5 年" or "3 件" a quantity, not an item number.
// A counter followed by another kanji is a word (1 分類, 3 部長), not a quantity.
const NOT_ITEM_AFTER =
  /^(?:(?:年|月|日|時|分|秒|条|項|号|件|名|人|回|個|台|部|円|歳|か月|ヶ月|週|度)(?:[^\u4e00-\u9fff]|以内|以上|以下|未満|間|前|後|程度|ごと|毎|度|$)|%|％|GB|MB|cm|mm|m\b)/;
/** Words that make 第N条 a reference inside a sentence (第5条に定める…), not a heading. */
const REFERENCE_AFTER = /^[にのでをはがとや及又並]/;

function re(source: string): (line: string) => RegExpExecArray | null {
  const r = new RegExp(source);
  return (line) => r.exec(line);
}

function structure(style: MarkerStyle, unit: string, rank: number, example: string): NumberingStyle {
  const m = re(`^第(${KNUM})${unit}(?:\\s+|$)`);
  return {
    style,
    ja: unit,
    kind: 'structure',
    rank,
    example,
    match(line) {
      const x = m(line);
      return x ? { label: `第${x[1]}${unit}`, number: readNumber(x[1]), length: x[0].length } : null;
    },
  };
}

const article = re(`^第(${KNUM})条((?:の${KNUM})*)`);
const articleBare = re(`^第(${KNUM})((?:の${KNUM})*)(?:\\s+|$)`);
const supplementary = re('^附\\s*則(?:\\s*\\(([^)]*)\\))?(?=\\s|$)');
const appendix = re(`^(別表|別記|別紙|様式)(第?${KNUM}(?:の${KNUM})?)?(?:\\s*\\(([^)]*)\\))?(?=\\s|$)`);
const dashed = re(`^(\\d{1,2}(?:${NUMBER_DASH}\\d{1,2}){1,4})(?![\\d.])(?:\\s+|(?=[^\\s\\d年月日]))`);
const dotted = re('^(\\d{1,2}(?:\\.\\d{1,2}){1,4})(\\.\\(\\d{1,2}\\))?\\.?(?![\\d])(?:\\s+|(?=[^\\s\\d]))');
const kanjiItem = re('^([一二三四五六七八九十]{1,3})(?:\\s+|$)');
const kanaParen = re(`^\\(([${KANA_ORDER}])\\)\\s*`);
const kana = re(`^([${KANA_ORDER}])(?:\\s+|$)`);

/** The table. Order matters only where two patterns could read the same line: the first wins. */
export const STYLES: NumberingStyle[] = [
  // A part of a policy in parts (第1部 基本方針 / 第2部 対策基準): above everything; parse/parts.ts decides
  // whether it stays in the paths.
  structure('part', '部', -1, '第1部'),
  structure('hen', '編', 0, '第1編'),
  structure('chapter', '章', 1, '第2章'),
  structure('section', '節', 2, '第1節'),
  structure('subsection', '款', 3, '第1款'),
  {
    style: 'article',
    ja: '条',
    kind: 'structure',
    rank: 4,
    example: '第5条の2',
    match(line) {
      const x = article(line);
      if (!x || REFERENCE_AFTER.test(line.slice(x[0].length).trimStart().slice(0, 1) || ' ')) return null;
      return { label: x[0], number: readNumber(x[1]), length: x[0].length };
    },
  },
  {
    style: 'article-bare',
    ja: '第N（条）',
    kind: 'structure',
    rank: 4,
    example: '第9の2',
    match(line) {
      const x = articleBare(line);
      return x ? { label: `第${x[1]}${x[2]}`, number: readNumber(x[1]), length: x[0].length } : null;
    },
  },
  {
    style: 'supplementary',
    ja: '附則',
    kind: 'top',
    rank: 0,
    example: '附則',
    match(line) {
      const x = supplementary(line);
      if (!x) return null;
      return { label: '附則', number: 0, length: x[0].length, ...(x[1] ? { qualifier: x[1] } : {}) };
    },
  },
  {
    style: 'appendix',
    ja: '別表・別記',
    kind: 'top',
    rank: 0,
    example: '別表第1',
    match(line) {
      const x = appendix(line);
      if (!x) return null;
      const num = x[2] ? readNumber(x[2].replace(/^第/, '').replace(/の.*$/, '')) : 0;
      return {
        label: x[1] + (x[2] ?? ''),
        number: num,
        length: x[0].length,
        ...(x[3] ? { qualifier: x[3] } : {}),
      };
    },
  },
  {
    style: 'dash',
    ja: '番号（1-1）',
    kind: 'compound',
    rank: 5,
    example: '2-4-1',
    match(line) {
      const x = dashed(line);
      if (!x) return null;
      const parts = x[1].split(new RegExp(NUMBER_DASH)).map(Number);
      return { label: parts.join('-'), number: parts[parts.length - 1], parts, length: x[0].length };
    },
  },
  {
    style: 'dotted',
    ja: '番号（1.1）',
    kind: 'compound',
    rank: 5,
    example: '1.1.(1)',
    match(line) {
      const x = dotted(line);
      if (!x) return null;
      const parts = x[1].split('.').map(Number);
      const paren = x[2] ? Number(x[2].slice(2, -1)) : null;
      if (paren !== null) parts.push(paren);
      const label = x[1] + (x[2] ?? '');
      return { label, number: parts[parts.length - 1], parts, length: x[0].length };
    },
  },
  {
    style: 'arabic-paren',
    ja: '番号（(1)）',
    kind: 'item',
    rank: 6,
    example: '(1)',
    match(line) {
      const x = /^\((\d{1,3})\)\s*/.exec(line);
      return x ? { label: `(${x[1]})`, number: Number(x[1]), length: x[0].length } : null;
    },
  },
  {
    style: 'kanji',
    ja: '号（一）',
    kind: 'item',
    rank: 6,
    example: '十一',
    match(line) {
      const x = kanjiItem(line);
      return x ? { label: x[1], number: readNumber(x[1]), length: x[0].length } : null;
    },
  },
  {
    style: 'circled',
    ja: '番号（①）',
    kind: 'item',
    rank: 7,
    example: '①',
    match(line) {
      const k = CIRCLED.indexOf(line.charAt(0));
      return k >= 0 ? { label: line.charAt(0), number: k + 1, length: 1 } : null;
    },
  },
  {
    style: 'kana-paren',
    ja: '番号（(ア)）',
    kind: 'item',
    rank: 9,
    example: '(ア)',
    match(line) {
      const x = kanaParen(line);
      return x ? { label: `(${x[1]})`, number: KANA_ORDER.indexOf(x[1]) + 1, length: x[0].length } : null;
    },
  },
  {
    style: 'latin-paren',
    ja: '番号（(a)）',
    kind: 'item',
    rank: 11,
    example: '(a)',
    match(line) {
      const x = /^\(([a-z])\)\s*/.exec(line);
      return x ? { label: `(${x[1]})`, number: x[1].charCodeAt(0) - 96, length: x[0].length } : null;
    },
  },
  {
    style: 'kana',
    ja: '番号（ア）',
    kind: 'item',
    rank: 8,
    example: 'ア',
    match(line) {
      const x = kana(line);
      return x ? { label: x[1], number: KANA_ORDER.indexOf(x[1]) + 1, length: x[0].length } : null;
    },
  },
  {
    style: 'latin',
    ja: '番号（a）',
    kind: 'item',
    rank: 10,
    example: 'a',
    match(line) {
      const x = /^([a-z])(?:\s+(?=[^\sa-z])|$)/.exec(line);
      return x ? { label: x[1], number: x[1].charCodeAt(0) - 96, length: x[0].length } : null;
    },
  },
  {
    style: 'arabic-dot',
    ja: '番号（1.）',
    kind: 'item',
    rank: 5,
    example: '1.',
    match(line) {
      const x = /^(\d{1,3})\.(?![\d(])\s*/.exec(line);
      return x ? { label: `${x[1]}.`, number: Number(x[1]), length: x[0].length } : null;
    },
  },
  {
    style: 'arabic',
    ja: '項・番号（2）',
    kind: 'paragraph',
    rank: 5,
    example: '2',
    match(line) {
      const x = /^(\d{1,3})(?:\s+|$)/.exec(line);
      if (!x || NOT_ITEM_AFTER.test(line.slice(x[0].length))) return null;
      return { label: x[1], number: Number(x[1]), length: x[0].length };
    },
  },
  {
    style: 'bullet',
    ja: '箇条書き（・）',
    kind: 'item',
    rank: 20,
    example: '・',
    match(line) {
      const x = /^[・･]\s*/.exec(line);
      return x ? { label: '・', number: 0, length: x[0].length } : null;
    },
  },
];

const BY_STYLE = new Map(STYLES.map((s) => [s.style, s] as const));

/** The table entry of a style. */
export function styleOf(style: MarkerStyle): NumberingStyle {
  const s = BY_STYLE.get(style);
  if (!s) throw new Error(`unknown numbering style ${style}`);
  return s;
}

/** How the k-th number of a style is printed (for warnings about gaps). */
export function nameOf(style: MarkerStyle, k: number): string {
  if (style.startsWith('kana')) return KANA_ORDER[k - 1] ?? String(k);
  if (style.startsWith('latin')) return String.fromCharCode(96 + k);
  if (style === 'circled') return CIRCLED[k - 1] ?? String(k);
  if (style === 'kanji') return kanjiNumber(k);
  return String(k);
}

/** 1 → 一, 11 → 十一, 20 → 二十 (law-style item numbers). */
function kanjiNumber(k: number): string {
  const digits = '〇一二三四五六七八九';
  if (k < 10) return digits[k];
  const tens = Math.floor(k / 10);
  return `${tens > 1 ? digits[tens] : ''}十${k % 10 ? digits[k % 10] : ''}`;
}
