/** Sentence splitting and small text helpers shared by the extractors. */

/** Splits on 。 outside brackets; keeps the 。. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text.replace(/\n/g, '')) {
    current += ch;
    if ('(「『【'.includes(ch)) depth++;
    else if (')」』】'.includes(ch)) depth = Math.max(0, depth - 1);
    else if (ch === '。' && depth === 0) {
      out.push(current.trim());
      current = '';
    }
  }
  if (current.trim() !== '') out.push(current.trim());
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

/** Removes bracketed asides: `最高情報セキュリティ責任者(CISO:…)` → `最高情報セキュリティ責任者`. */
export function stripParens(text: string): string {
  let prev = '';
  let s = text;
  while (s !== prev) {
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
