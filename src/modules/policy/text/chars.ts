/** Character-level normalization that keeps a map from every output code unit to the original offset. */

/** A string plus, for each of its UTF-16 code units, the offset of the original character it came from. */
export interface Mapped {
  text: string;
  map: number[];
}

// NFKC would turn ① into 1 and lose the numbering style, so circled numbers are kept.
const PROTECTED = /[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]/;
const VOICED = /[\uff9e\uff9f\u3099\u309a]/;

/** Code units NFKC leaves alone: ASCII, hiragana, katakana, CJK ideographs and the common punctuation 、。「」. */
function stable(c: number): boolean {
  return (
    (c >= 0x20 && c < 0x7f) ||
    (c >= 0x3001 && c <= 0x3002) ||
    (c >= 0x300c && c <= 0x300f) ||
    (c >= 0x3041 && c <= 0x3096) ||
    (c >= 0x30a1 && c <= 0x30fa) ||
    c === 0x30fc ||
    (c >= 0x4e00 && c <= 0x9fff)
  );
}

/** NFKC per character (full-width ASCII → half-width, half-width kana → full-width), ①②/〃 kept. */
export function nfkcMapped(text: string, offset: number): Mapped {
  // Most lines need nothing: the identity map, without a per-character normalization.
  let plain = true;
  for (let i = 0; i < text.length && plain; i++) plain = stable(text.charCodeAt(i));
  if (plain) {
    const map = new Array<number>(text.length);
    for (let i = 0; i < text.length; i++) map[i] = offset + i;
    return { text, map };
  }
  let out = '';
  const map: number[] = [];
  const chars = Array.from(text);
  let pos = offset;
  for (let i = 0; i < chars.length; i++) {
    let ch = chars[i];
    const start = pos;
    pos += ch.length;
    if (i + 1 < chars.length && VOICED.test(chars[i + 1])) {
      ch += chars[i + 1];
      pos += chars[i + 1].length;
      i++;
    }
    const norm =
      ch.length === 1 && stable(ch.charCodeAt(0)) ? ch : PROTECTED.test(ch) ? ch : ch.normalize('NFKC');
    out += norm;
    for (let k = 0; k < norm.length; k++) map.push(start);
  }
  return { text: out, map };
}

/** Removes the code units at the given indexes from a mapped string. */
export function deleteAt(s: Mapped, indexes: Set<number>): Mapped {
  if (indexes.size === 0) return s;
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < s.text.length; i++) {
    if (indexes.has(i)) continue;
    text += s.text[i];
    map.push(s.map[i]);
  }
  return { text, map };
}

const CJK = '\\u3005\\u3040-\\u30ff\\u3400-\\u9fff\\uf900-\\ufaff';
const CJK_RE = new RegExp(`[${CJK}]`);
const CJK_DIGIT = new RegExp(`(?<=[${CJK}]) +(?=\\d)`, 'g');
const DIGIT_COUNTER = new RegExp(`(?<=[${CJK}] *\\d{1,4}) +(?=[年月日号条項章節款編])`, 'g');
const CJK_GAP = new RegExp(`(?<=[${CJK}]) +(?=[${CJK}])`, 'g');

/** Indexes of the code units matched by a global regex whose whole match is spaces. */
function spacesOf(text: string, re: RegExp): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(re)) for (let k = 0; k < m[0].length; k++) found.push(m.index + k);
  return found;
}

/**
 * Removes spaces that page layout or justification put inside words:
 * `C I S O` → `CISO`, `令和 8 年` → `令和8年`, `附 則` → `附則`. Lines with several gaps between
 * Japanese words look like space-separated table rows and keep their CJK gaps.
 */
export function collapseSpaces(s: Mapped, wide: (offset: number) => boolean = () => false): Mapped {
  const text = s.text;
  if (!text.includes(' ')) return s;
  const del = new Set<number>();
  // Spaced single Latin letters or digits: at least three tokens.
  for (const m of text.matchAll(/(?<![A-Za-z0-9])[A-Za-z0-9-](?: [A-Za-z0-9-]){2,}(?![A-Za-z0-9])/g)) {
    for (let k = 0; k < m[0].length; k++) if (m[0][k] === ' ') del.add(m.index + k);
  }
  // CJK + spaces + digits, and digits + spaces + a counter.
  for (const i of spacesOf(text, CJK_DIGIT)) del.add(i);
  for (const i of spacesOf(text, DIGIT_COUNTER)) del.add(i);
  const gaps = [...text.matchAll(CJK_GAP)];
  // The gap after a structural label (第1章 総則, 附則 …) separates the label from its heading.
  const afterLabel = (at: number) =>
    /^(?:第[0-9一二三四五六七八九十百]+[編章節款条]?(?:の\d+)?|附則|別表\S*|[ア-ン]|[一二三四五六七八九十]{1,3}|[・･])$/.test(
      text.slice(0, at),
    );
  // 「(1) 情報資産　町が保有する…」: a full-width space after a numbered term separates term and text.
  const termGap = (at: number) =>
    (wide(s.map[at]) || /をいう。?$/.test(text)) && /^\S{1,6}\s+[^\s、。]{1,20}$/.test(text.slice(0, at));
  if (gaps.length === 1 && !text.includes('\t') && !afterLabel(gaps[0].index) && !termGap(gaps[0].index)) {
    const g = gaps[0];
    for (let k = 0; k < g[0].length; k++) del.add(g.index + k);
  }
  return deleteAt(s, del);
}

/** Trims spaces at both ends of a mapped string. */
export function trimMapped(s: Mapped): Mapped {
  const start = s.text.length - s.text.trimStart().length;
  const end = s.text.trimEnd().length;
  if (start === 0 && end === s.text.length) return s;
  return { text: s.text.slice(start, end), map: s.map.slice(start, end) };
}

/** Display width: full-width characters count 2. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    w += c <= 0xff || (c >= 0xff61 && c <= 0xff9f) ? 1 : 2;
  }
  return w;
}

/** True for kanji, kana and 々. */
export function isCjk(ch: string): boolean {
  return CJK_RE.test(ch);
}
