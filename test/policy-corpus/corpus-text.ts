/**
 * Text helpers of the policy corpus validator: the fixture normalization, numbering labels at the
 * start of a line, and the clause regions and sentences a fixture's `starts` must be found in.
 * Deliberately independent of the engine under src/modules/policy: the corpus checks the engine.
 */

const CIRCLED = /[\u2460-\u2473\u24EA\u24F5-\u24FE\u2776-\u277F\u3251-\u325F\u32B1-\u32BF]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/** NFKC, circled numbers kept, dashes to `-`; spaces kept (label detection needs them). */
export function nfkc(s: string): string {
  const kept: string[] = [];
  let t = s.replace(CIRCLED, (c) => {
    kept.push(c);
    return `\uE000${kept.length - 1}\uE001`;
  });
  t = t.normalize('NFKC').replace(/\uE000(\d+)\uE001/g, (_, i: string) => kept[Number(i)]);
  t = t.replace(DASHES, '-').replace(/(\d)ー(?=\d)/g, '$1-');
  return t.replace(/[ \t\u00A0]+/g, ' ');
}

/** Removes spaces next to non-ASCII characters (spaces inside Japanese text). */
export function squeeze(s: string): string {
  return s.replace(/ (?=[^ -~])|(?<=[^ -~]) /g, '').trim();
}

/** The fixture normalization of any string (CORPUS-SPEC.md, "Normalization of every string"). */
export function normalize(s: string): string {
  return squeeze(nfkc(s));
}

export interface Label {
  label: string;
  /** style key; compound labels carry their part count (`dot-3` for 1.1.1, `dash-2` for 2-4) */
  style: string;
  /** the rest of the line after the label, normalized */
  rest: string;
}

const KANJI_NUM = '一二三四五六七八九十';
/** A number written in digits or, as in e-Gov 例規, in kanji (第十二条の二). */
const N = '(?:\\d+|[〇一二三四五六七八九十百]+)';
const PATTERNS: [RegExp, string][] = [
  [new RegExp(`^(第${N}編)(?: |$)`), 'hen'],
  [new RegExp(`^(第${N}章)(?: |$)`), 'chapter'],
  [new RegExp(`^(第${N}節)(?: |$)`), 'section'],
  [new RegExp(`^(第${N}款)(?: |$)`), 'subsection'],
  [new RegExp(`^(第${N}条(?:の${N})*)(?: |$)`), 'article'],
  [new RegExp(`^(第${N}(?:の${N})*)(?: |$)`), 'article-bare'],
  [/^(附 ?則)(?: |\(|$)/, 'supplementary'],
  [/^((?:別表|別記|様式)(?:第\d+)?)(?: |\(|$)/, 'appendix'],
  [/^(\d+(?:\.\d+)+)(?: |$)/, 'dot'],
  [/^(\d+(?:-\d+)+)(?: |$)/, 'dash'],
  [/^(\d+\.)(?!\d)/, 'arabic-dot'],
  [/^(\d+)(?: |$)/, 'arabic'],
  [/^(\(\d+\))/, 'arabic-paren'],
  [/^([\u2460-\u2473])/, 'circled'],
  [/^(\([ア-ン]\))/, 'kana-paren'],
  [/^([ア-ン])(?: )/, 'kana'],
  [new RegExp(`^([${KANJI_NUM}]+)(?: )`), 'kanji'],
  [/^(\([a-z]\))/, 'latin-paren'],
  [/^([a-z])(?: )/, 'latin'],
];

/** The numbering label a line starts with, if any (line already passed through `nfkc`). */
export function labelOf(line: string): Label | null {
  const t = line.trim();
  for (const [re, style] of PATTERNS) {
    const m = re.exec(t);
    if (!m) continue;
    const label = squeeze(m[1]);
    const parts = style === 'dot' || style === 'dash' ? `-${label.split(/[.-]/).length}` : '';
    return { label, style: style + parts, rest: squeeze(t.slice(m[1].length)) };
  }
  return null;
}

/** Page furniture: page numbers, and running header/footer lines equal to one of `furniture`. */
export function isFurniture(line: string, furniture: string[]): boolean {
  const t = normalize(line);
  const bare = t.replace(/\s/g, '');
  if (/^-\d+-$/.test(bare) || /^\d+\/\d+$/.test(bare)) return true;
  return t !== '' && furniture.includes(t.replace(/^\((.*)\)$/, '$1'));
}

/** Splits text into sentences at 。 outside brackets; `hardBreaks` also splits at newlines. */
export function sentences(text: string, hardBreaks: boolean): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  const open = '(「『[〔【';
  const close = ')」』]〕】';
  let depth = 0;
  let start = 0;
  const push = (end: number) => {
    const s = text.slice(start, end);
    const lead = s.length - s.trimStart().length;
    if (s.trim() !== '') out.push({ start: start + lead, text: s.trim() });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (open.includes(c)) depth++;
    else if (close.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === '。' && depth === 0) push(i + 1);
    else if (c === '\n' && hardBreaks) {
      push(i);
      depth = 0;
    }
  }
  push(text.length);
  return out;
}

export type ModalHint = 'must' | 'must_not' | 'shall' | 'endeavor' | 'may';

/** The modality a sentence's ending suggests (a hint for warnings only: reading decides). */
export function modalHint(sentence: string): ModalHint | null {
  const s = sentence.replace(/[。\s]+$/, '');
  if (/(努めなければならない|努めるものとする|努めること|努める)$/.test(s)) return 'endeavor';
  if (/(てはならない|ないこと|ないものとする)$/.test(s)) return 'must_not';
  if (/(なければならない|ねばならない)$/.test(s)) return 'must';
  if (/(ことができる|ことができるものとする)$/.test(s)) return 'may';
  if (/(ものとする|こととする)$/.test(s)) return 'shall';
  if (/こと$/.test(s) && !/(に関すること|であること|をいうこと|必要なこと)$/.test(s)) return 'must';
  return null;
}
