/** Recognizes the numbering at the start of a (normalized) line of a Japanese regulation. */
import { readNumber } from '../../../shared/wareki.ts';
import type { MarkerStyle } from '../types.ts';

export interface Marker {
  style: MarkerStyle;
  /** as printed, e.g. `第3条の2`, `(1)`, `①`, `ア` */
  label: string;
  /** ordinal within the style; 0 when the style is not numbered (bullets, 附則) */
  number: number;
  /** text after the marker */
  rest: string;
  /** qualifier printed with 附則/別表, e.g. `令和3年12月1日`, `第6関係` */
  qualifier?: string;
  /** the line started with a markdown-like `- ` */
  dashed?: boolean;
}

/** イロハ order used by 例規 for katakana item numbers (ア, イ, ウ …). */
export const KANA_ORDER =
  'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿';
const KNUM = '[0-9〇一二三四五六七八九十百]+';
// Counters and units that make "5 年" or "3 件" a quantity, not an item number.
const NOT_ITEM_AFTER =
  /^(?:年|月|日|時|分|秒|条|項|号|件|名|人|回|個|台|部|%|％|円|歳|か月|ヶ月|週|度|GB|MB|cm|mm|m\b)/;

const STRUCTURE: [RegExp, MarkerStyle][] = [
  [new RegExp(`^第(${KNUM})編(?:\\s+|$)`), 'hen'],
  [new RegExp(`^第(${KNUM})章(?:\\s+|$)`), 'chapter'],
  [new RegExp(`^第(${KNUM})節(?:\\s+|$)`), 'section'],
  [new RegExp(`^第(${KNUM})款(?:\\s+|$)`), 'subsection'],
];

const ARTICLE = new RegExp(`^第(${KNUM})条((?:の${KNUM})*)`);
const ARTICLE_BARE = new RegExp(`^第(${KNUM})(?:\\s+|$)`);
const APPENDIX = new RegExp(`^(別表|別記|別紙|様式)(第?${KNUM})?(?:\\s*\\(([^)]*)\\))?(?=\\s|$)`);
const KANA_PAREN = new RegExp(`^\\(([${KANA_ORDER}])\\)\\s*`);
const KANA = new RegExp(`^([${KANA_ORDER}])\\s+`);

function simple(style: MarkerStyle, label: string, number: number, rest: string, dashed: boolean): Marker {
  return { style, label, number, rest: rest.trim(), ...(dashed ? { dashed } : {}) };
}

/** Parses the numbering at the start of `line`; null for body text. */
export function parseMarker(input: string): Marker | null {
  let line = input.trim();
  let dashed = false;
  const dash = /^[-*+]\s+/.exec(line);
  if (dash) {
    dashed = true;
    line = line.slice(dash[0].length);
  }
  for (const [re, style] of STRUCTURE) {
    const m = re.exec(line);
    if (m) return simple(style, m[0].trim(), readNumber(m[1]), line.slice(m[0].length), dashed);
  }
  let m = ARTICLE.exec(line);
  if (m && !/^[にのでをはがとや及又並]/.test(line.slice(m[0].length).trimStart().slice(0, 1) || ' ')) {
    return simple('article', m[0], readNumber(m[1]), line.slice(m[0].length), dashed);
  }
  m = ARTICLE_BARE.exec(line);
  if (m) return simple('article-bare', `第${m[1]}`, readNumber(m[1]), line.slice(m[0].length), dashed);
  m = /^附\s*則(?:\s*\(([^)]*)\))?(?=\s|$)/.exec(line);
  if (m) {
    const marker = simple('supplementary', '附則', 0, line.slice(m[0].length), dashed);
    if (m[1]) marker.qualifier = m[1];
    return marker;
  }
  m = APPENDIX.exec(line);
  if (m) {
    const marker = simple(
      'appendix',
      m[1] + (m[2] ?? ''),
      m[2] ? readNumber(m[2].replace('第', '')) : 0,
      line.slice(m[0].length),
      dashed,
    );
    if (m[3]) marker.qualifier = m[3];
    return marker;
  }
  m = /^\((\d{1,3})\)\s*/.exec(line);
  if (m) return simple('arabic-paren', `(${m[1]})`, Number(m[1]), line.slice(m[0].length), dashed);
  const first = line.charAt(0);
  const circled = CIRCLED.indexOf(first);
  if (circled >= 0) return simple('circled', first, circled + 1, line.slice(1), dashed);
  m = KANA_PAREN.exec(line);
  if (m)
    return simple('kana-paren', `(${m[1]})`, KANA_ORDER.indexOf(m[1]) + 1, line.slice(m[0].length), dashed);
  m = /^\(([a-z])\)\s*/.exec(line);
  if (m) return simple('latin-paren', `(${m[1]})`, m[1].charCodeAt(0) - 96, line.slice(m[0].length), dashed);
  m = KANA.exec(line);
  if (m) return simple('kana', m[1], KANA_ORDER.indexOf(m[1]) + 1, line.slice(m[0].length), dashed);
  m = /^([a-z])\s+(?=[^\sa-z])/.exec(line);
  if (m) return simple('latin', m[1], m[1].charCodeAt(0) - 96, line.slice(m[0].length), dashed);
  m = /^(\d{1,3})\.(?![\d(])\s*/.exec(line);
  if (m) return simple('arabic-dot', `${m[1]}.`, Number(m[1]), line.slice(m[0].length), dashed);
  m = /^(\d{1,3})(?:\s+|$)/.exec(line);
  if (m && !NOT_ITEM_AFTER.test(line.slice(m[0].length))) {
    return simple('arabic', m[1], Number(m[1]), line.slice(m[0].length), dashed);
  }
  m = /^[・･]\s*/.exec(line);
  if (m) return simple('bullet', '・', 0, line.slice(m[0].length), dashed);
  if (dashed) return simple('bullet', '-', 0, line, dashed);
  return null;
}

/** A caption line such as `(目的)` that names the article that follows it. */
export function parseCaption(line: string): string | null {
  const m = /^\(([^()]{1,40})\)$/.exec(line.trim());
  if (!m) return null;
  if (/^[\d\sア-ンa-z]{1,3}$/.test(m[1])) return null;
  return m[1].trim();
}
