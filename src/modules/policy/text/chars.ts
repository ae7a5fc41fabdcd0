/** Character-level normalization that keeps a map from every output code unit to the original offset. */

/** A string plus, for each of its UTF-16 code units, the offset of the original character it came from. */
export interface Mapped {
  text: string;
  map: number[];
}

// NFKC would turn ① into 1 and lose the numbering style, so circled numbers are kept.
const PROTECTED = /[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]/;

/** Code units NFKC leaves alone: ASCII and tab, hiragana, katakana and ・, CJK ideographs and the common punctuation 、。「」. */
function stable(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3041 && c <= 0x3096) ||
    (c >= 0x30a1 && c <= 0x30fc) ||
    (c >= 0x20 && c < 0x7f) ||
    c === 0x09 ||
    (c >= 0x3001 && c <= 0x3002) ||
    (c >= 0x300c && c <= 0x300f)
  );
}

function voicedMark(c: number): boolean {
  return c === 0xff9e || c === 0xff9f || c === 0x3099 || c === 0x309a;
}

/** Per code unit: 1 when NFKC leaves it alone, 2 for a voiced sound mark (joined to the character before). */
const KIND = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) KIND[c] = stable(c) ? 1 : voicedMark(c) ? 2 : 0;

/** Characters (with their voiced sound mark) already normalized: few distinct ones, met again and again. */
const normalized = new Map<string, string>();

function nfkcChar(ch: string): string {
  let n = normalized.get(ch);
  if (n === undefined) {
    n = PROTECTED.test(ch) ? ch : ch.normalize('NFKC');
    if (normalized.size > 10000) normalized.clear();
    normalized.set(ch, n);
  }
  return n;
}

/** NFKC per character (full-width ASCII → half-width, half-width kana → full-width), ①②/〃 kept. */
export function nfkcMapped(text: string, offset: number): Mapped {
  // Most lines need nothing at all: their map is the identity, made at its full length at once.
  let k = 0;
  while (k < text.length && KIND[text.charCodeAt(k)] === 1) k++;
  if (k === text.length) {
    const identity = new Array<number>(text.length);
    for (let j = 0; j < text.length; j++) identity[j] = offset + j;
    return { text, map: identity };
  }
  const map: number[] = [];
  let out = '';
  let i = 0;
  while (i < text.length) {
    // Most characters need nothing: they are copied in runs, with the identity map.
    const run = i;
    while (
      i < text.length &&
      KIND[text.charCodeAt(i)] === 1 &&
      (i + 1 === text.length || KIND[text.charCodeAt(i + 1)] !== 2)
    ) {
      map.push(offset + i);
      i++;
    }
    if (run === 0 && i === text.length) return { text, map };
    out += text.slice(run, i);
    if (i === text.length) break;
    // One character (a surrogate pair is one), with the voiced sound mark that follows it.
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    let end = i + (pair ? 2 : 1);
    if (end < text.length && KIND[text.charCodeAt(end)] === 2) end++;
    const norm = nfkcChar(text.slice(i, end));
    out += norm;
    for (let k = 0; k < norm.length; k++) map.push(offset + i);
    i = end;
  }
  return { text: out, map };
}

/** Removes the code units at the given indexes from a mapped string. */
export function deleteAt(s: Mapped, indexes: Set<number>): Mapped {
  if (indexes.size === 0) return s;
  // The text is copied in runs between the removed code units, not one code unit at a time.
  let text = '';
  let run = 0;
  const map: number[] = [];
  for (let i = 0; i < s.text.length; i++) {
    if (indexes.has(i)) {
      if (i > run) text += s.text.slice(run, i);
      run = i + 1;
      continue;
    }
    map.push(s.map[i]);
  }
  if (run < s.text.length) text += s.text.slice(run);
  return { text, map };
}

const CJK = '\\u3005\\u3040-\\u30ff\\u3400-\\u9fff\\uf900-\\ufaff';
const CJK_RE = new RegExp(`[${CJK}]`);

/** The code unit is a kanji, a kana or 々 (the class CJK above). */
function cjkAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (
    c === 0x3005 ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff)
  );
}

function digitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

/** A Latin letter, a digit or a hyphen: the tokens of 「C I S O」. */
function tokenAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2d;
}

/** Whether the text from `i` is one to four ASCII digits and nothing else (a page number at a line's end). */
function digitsToEnd(text: string, i: number): boolean {
  let e = i;
  while (e < text.length && e - i <= 4) {
    const c = text.charCodeAt(e);
    if (c < 0x30 || c > 0x39) return false;
    e++;
  }
  return e === text.length && e - i >= 1 && e - i <= 4;
}

const COUNTERS = '年月日号条項章節款編';
const SPACED_TOKENS = /(?<![A-Za-z0-9])[A-Za-z0-9-](?: [A-Za-z0-9-]){2,}(?![A-Za-z0-9])/g;

/**
 * Removes spaces that page layout or justification put inside words:
 * `C I S O` → `CISO`, `令和 8 年` → `令和8年`, `附 則` → `附則`. Lines with several gaps between
 * Japanese words look like space-separated table rows and keep their CJK gaps.
 */
export function collapseSpaces(s: Mapped, wide: (offset: number) => boolean = () => false): Mapped {
  const text = s.text;
  let space = text.indexOf(' ');
  if (space < 0) return s;
  const del = new Set<number>();
  // Runs of spaces, scanned once (every rule below looks at a whole run and the characters around it).
  let tokens = false;
  let gaps = 0;
  let gapStart = -1;
  let gapEnd = -1;
  while (space >= 0) {
    let end = space + 1;
    while (text.charCodeAt(end) === 0x20) end++;
    const before = space - 1;
    if (before >= 0 && end < text.length) {
      if (tokenAt(text, before) && tokenAt(text, end)) tokens = true;
      // CJK + spaces + digits (令和 8年), and digits + spaces + a counter (8 年).
      // A page number pushed to the margin of a 目次 line (「附則　　　　８」) keeps its gap.
      let drop = cjkAt(text, before) && digitAt(text, end) && !(end - space >= 2 && digitsToEnd(text, end));
      if (!drop && COUNTERS.includes(text[end])) {
        let d = before;
        while (d >= 0 && digitAt(text, d)) d--;
        let k = d;
        while (k >= 0 && text.charCodeAt(k) === 0x20) k--;
        drop = before - d >= 1 && before - d <= 4 && k >= 0 && cjkAt(text, k);
      }
      if (drop) for (let k = space; k < end; k++) del.add(k);
      if (cjkAt(text, before) && cjkAt(text, end)) {
        gaps++;
        gapStart = space;
        gapEnd = end;
      }
    }
    space = text.indexOf(' ', end);
  }
  // Spaced single Latin letters or digits: at least three tokens.
  if (tokens) {
    for (const m of text.matchAll(SPACED_TOKENS)) {
      for (let k = 0; k < m[0].length; k++) if (m[0][k] === ' ') del.add(m.index + k);
    }
  }
  // The gap after a structural label (第1章 総則, 附則 …) separates the label from its heading.
  const afterLabel = (at: number) =>
    /^(?:第[0-9一二三四五六七八九十百]+[部編章節款条]?(?:の\d+)?|附則|別表\S*|[ア-ン]|[一二三四五六七八九十]{1,3}|[・･])$/.test(
      text.slice(0, at),
    );
  // 「(1) 情報資産　町が保有する…」: a full-width space after a numbered term separates term and text.
  const termGap = (at: number) =>
    (wide(s.map[at]) || /をいう。?$/.test(text)) &&
    // 「１．目的　この基本方針は、…」: the number may stand right against the term.
    /^(?:\S{1,6}\s+|[0-9]{1,3}\.(?![0-9])|\([0-9]{1,3}\))[^\s、。]{1,20}$/.test(text.slice(0, at));
  if (gaps === 1 && !text.includes('\t') && !afterLabel(gapStart) && !termGap(gapStart)) {
    for (let k = gapStart; k < gapEnd; k++) del.add(k);
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
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0xff || (c >= 0xff61 && c <= 0xff9f)) w += 1;
    else {
      // A surrogate pair is one character.
      if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
      w += 2;
    }
  }
  return w;
}

/** True for kanji, kana and 々. */
export function isCjk(ch: string): boolean {
  return CJK_RE.test(ch);
}
