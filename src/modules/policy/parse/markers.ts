/** Recognizes the numbering at the start of a (normalized) line, using the table of numbering styles. */
import type { MarkerStyle } from '../types.ts';
import { STYLES } from './styles.ts';

export { KANA_ORDER } from './styles.ts';

export interface Marker {
  style: MarkerStyle;
  /** as printed, e.g. `第3条の2`, `(1)`, `①`, `ア`, `2-4-1` */
  label: string;
  /** ordinal within the style; 0 when the style is not numbered (bullets, 附則) */
  number: number;
  /** parts of a compound number (2-4-1 → [2, 4, 1]) */
  parts?: number[];
  /** text after the marker */
  rest: string;
  /** qualifier printed with 附則/別表, e.g. `令和3年12月1日`, `第6関係` */
  qualifier?: string;
  /** the line started with a markdown-like `- ` */
  dashed?: boolean;
}

const MAY_START = /[-*+0-9(第附別様ア-ン一二三四五六七八九十a-z・･\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]/;

/** Parses the numbering at the start of `line`; null for body text. */
export function parseMarker(input: string): Marker | null {
  // Normalization, the 目次, the tree and the explanation ask about the same lines: read each once.
  const hit = markers.get(input);
  if (hit !== undefined) return hit;
  const m = readMarker(input);
  if (markers.size > 20000) markers.clear();
  markers.set(input, m);
  return m;
}

const markers = new Map<string, Marker | null>();

function readMarker(input: string): Marker | null {
  let line = input.trim();
  // Every marker starts with a digit, a bracket, 第, 附, 別, 様, a kana, a kanji numeral, a letter or a bullet.
  if (line === '' || !MAY_START.test(line.charAt(0))) return null;
  let dashed = false;
  const dash = /^[-*+]\s+/.exec(line);
  if (dash) {
    dashed = true;
    line = line.slice(dash[0].length);
  }
  for (const s of STYLES) {
    const m = s.match(line);
    if (!m) continue;
    return {
      style: s.style,
      label: m.label,
      number: m.number,
      rest: line.slice(m.length).trim(),
      ...(m.parts ? { parts: m.parts } : {}),
      ...(m.qualifier ? { qualifier: m.qualifier } : {}),
      ...(dashed ? { dashed } : {}),
    };
  }
  if (dashed) return { style: 'bullet', label: '-', number: 0, rest: line, dashed };
  return null;
}

/** A caption line such as `(目的)` that names the article that follows it. */
export function parseCaption(line: string): string | null {
  // Most lines do not start with a bracket: no trimming and no pattern for them.
  if (line.charCodeAt(0) !== 0x28 && !line.trimStart().startsWith('(')) return null;
  const m = /^\(([^()]{1,40})\)$/.exec(line.trim());
  if (!m) return null;
  // 「(1)」「(ア)」「(a)」 number an item; a word in katakana (「(ログ)」) is a caption.
  if (/^\s*(?:\d{1,3}|[ア-ン]|[a-z]{1,2})\s*$/.test(m[1])) return null;
  return m[1].trim();
}
