/** Which characters Shift_JIS (CP932, as Excel reads it) cannot hold, found before anything is encoded. */
import type Iconv from 'iconv-lite';
import { onFirstUse } from './on-first-use.ts';

const iconvLite = onFirstUse<typeof Iconv>('iconv-lite');

const known = new Map<string, boolean>();

/**
 * The same JIS X 0208 character written with another Unicode code point than CP932 uses (the "wave
 * dash" pairs): — and ―, 〜 and ～, − and －. They are one character in Shift_JIS, so they are written
 * as CP932 writes them rather than reported.
 */
const JIS_SAME: Record<string, string> = {
  '\u2014': '\u2015',
  '\u301c': '\uff5e',
  '\u2016': '\u2225',
  '\u2212': '\uff0d',
  '\u00a2': '\uffe0',
  '\u00a3': '\uffe1',
  '\u00ac': '\uffe2',
};
const JIS_SAME_RE = new RegExp(`[${Object.keys(JIS_SAME).join('')}]`, 'g');

/** The text with each wave-dash-pair character in its CP932 form (see JIS_SAME). */
export function toCp932Forms(text: string): string {
  return text.replace(JIS_SAME_RE, (ch) => JIS_SAME[ch]);
}

/** True when CP932 holds the character (one code point), directly or as its CP932 form. */
export function fitsSjis(ch: string): boolean {
  if (ch.charCodeAt(0) < 0x80 || ch in JIS_SAME) return true;
  let ok = known.get(ch);
  if (ok === undefined) {
    ok = iconvLite().decode(iconvLite().encode(ch, 'cp932'), 'cp932') === ch;
    known.set(ch, ok);
  }
  return ok;
}

/** The distinct characters of a text that CP932 cannot hold (𠮷, 㐂, emoji), in order of appearance. */
export function unencodable(text: string): string[] {
  const out = new Set<string>();
  for (const ch of text) if (!fitsSjis(ch)) out.add(ch);
  return [...out];
}

/** A cell whose text Shift_JIS cannot hold: its row as the spreadsheet shows it (heading = 1). */
export interface SjisProblem {
  row: number;
  column: string;
  chars: string[];
}

/** Every cell of a table that Shift_JIS cannot hold, row by row. */
export function sjisProblems(header: string[], rows: unknown[][]): SjisProblem[] {
  const problems: SjisProblem[] = [];
  const check = (cells: unknown[], row: number) => {
    cells.forEach((v, i) => {
      const chars = v === null || v === undefined ? [] : unencodable(String(v));
      if (chars.length) problems.push({ row, column: header[i] ?? String(i + 1), chars });
    });
  };
  check(header, 1);
  for (const [i, r] of rows.entries()) check(r, i + 2);
  return problems;
}
