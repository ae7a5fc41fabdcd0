/** Sentence splitting and small text helpers shared by the extractors. */

// Every extractor splits the same clause texts again; the split is pure, so it is cached.
const cache = new Map<string, string[]>();

/** Forgets cached splits; called at the start of every analysis so timings and memory stay per document. */
export function clearSentenceCache(): void {
  cache.clear();
}

/**
 * A bracketed note with no sentence of its own inside, or one that names who gives the permission
 * (「（許可権者が許可した場合を除く。許可権者：…）」).
 */
const NOTE = /^\((?:[^()。]*|[^()]*(?:許可権者|許可者|承認者|承認権者|決裁者)\s*:[^()]*)\)/;

/** Splits on 。 outside brackets; keeps the 。 (and a bracketed note right after it). */
export function splitSentences(text: string): readonly string[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const flat = text.includes('\n') ? text.replace(/\n/g, '') : text;
  if (!flat.includes('。')) {
    const one = flat.trim() === '' ? [] : [flat.trim()];
    cache.set(text, one);
    return one;
  }
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < flat.length; i++) {
    const c = flat.charCodeAt(i);
    // ( 「 『 【 open, ) 」 』 】 close.
    if (c === 0x28 || c === 0x300c || c === 0x300e || c === 0x3010) depth++;
    else if (c === 0x29 || c === 0x300d || c === 0x300f || c === 0x3011) depth = Math.max(0, depth - 1);
    else if (c === 0x3002 && depth === 0) {
      // A note in brackets right after the sentence (「…得なければならない。（許可権者　…）」) is the sentence's.
      const note = flat.charCodeAt(i + 1) === 0x28 ? NOTE.exec(flat.slice(i + 1)) : null;
      if (note) i += note[0].length;
      const s = flat.slice(start, i + 1).trim();
      if (s !== '') out.push(s);
      start = i + 1;
    }
  }
  const rest = flat.slice(start).trim();
  if (rest !== '') out.push(rest);
  if (cache.size > 5000) cache.clear();
  cache.set(text, out);
  return out;
}

/** Escapes a string for use inside a RegExp. */
export function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A RegExp alternation of the names, longest first so the longest name wins. */
export function alternation(names: string[]): string {
  return [...new Set(names)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');
}

/** A word as compared loosely: without spaces and kana (持ち出し, 持出し, 貸し出す → 持出, 貸出). */
export const loose = (x: string): string => x.replace(/\s+/g, '').replace(/[ぁ-ゖ]/g, '');

/** Removes bracketed asides: `最高情報セキュリティ責任者(CISO:…)` → `最高情報セキュリティ責任者`. */
export function stripParens(text: string): string {
  let prev = '';
  let s = text;
  while (s !== prev && s.includes('(')) {
    prev = s;
    s = s.replace(/\([^()]*\)/g, '');
  }
  return s.trim();
}

/** Splits a list of names joined by 、 及び 又は 並びに. */
export function splitNames(text: string): string[] {
  return text
    .split(/、|及び|又は|並びに|若しくは/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
