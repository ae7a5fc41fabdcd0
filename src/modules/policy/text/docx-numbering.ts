/**
 * Word's automatic list numbering, rebuilt as Word shows it: the numbering definitions of a .docx
 * (word/numbering.xml: abstractNum with its levels — start, numFmt, lvlText such as `%1―%2` or
 * `(%4)`, lvlRestart — and num instances with lvlOverride/startOverride) and the counters that
 * advance paragraph by paragraph. A paragraph's number comes from its own numPr or its style's.
 */
import { CIRCLED, IROHA_ORDER, KANA_ORDER } from '../parse/styles.ts';

/** One level of a list definition. */
export interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  /** undefined: restarts after any higher level; 0: never; n: after level n-1 or higher */
  restart?: number;
  /** legal numbering: every %n in decimal */
  isLgl?: boolean;
  /** what follows the number: tab (shown here as a space), space, nothing */
  suff: 'tab' | 'space' | 'nothing';
}

/** The numbering part: abstract definitions and the instances paragraphs refer to. */
export interface Numbering {
  abstracts: Map<string, Map<number, Level>>;
  /** paragraph styles tied to a level (w:lvl/w:pStyle): style id → level */
  styleLevels: Map<string, number>;
  nums: Map<string, { abstractId: string; overrides: Map<number, { start?: number; level?: Level }> }>;
}

const KANJI = '〇一二三四五六七八九';
const TRADITIONAL = '甲乙丙丁戊己庚辛壬癸';

function kanjiCount(n: number): string {
  if (n <= 0) return String(n);
  if (n < 10) return KANJI[n];
  if (n < 100) {
    const tens = Math.floor(n / 10);
    return `${tens > 1 ? KANJI[tens] : ''}十${n % 10 ? KANJI[n % 10] : ''}`;
  }
  return String(n);
}

function letters(n: number, base: string): string {
  // Word repeats the letter: a … z, aa … zz.
  const letter = base[(n - 1) % 26];
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  let rest = n;
  for (const [v, s] of table)
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  return out;
}

const FULL_DIGITS = '０１２３４５６７８９';

/** A counter value in a Word number format. */
export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => FULL_DIGITS[Number(d)]);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return CIRCLED[n - 1] ?? String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2473 + n) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2487 + n) : `${n}.`;
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'aiueo':
    case 'aiueoFullWidth':
      return KANA_ORDER[n - 1] ?? String(n);
    case 'iroha':
    case 'irohaFullWidth':
      return IROHA_ORDER[n - 1] ?? String(n);
    case 'japaneseCounting':
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseLegal':
      return kanjiCount(n);
    case 'ideographDigital':
      return String(n).replace(/\d/g, (d) => KANJI[Number(d)]);
    case 'ideographTraditional':
      return TRADITIONAL[n - 1] ?? String(n);
    case 'lowerLetter':
      return letters(n, 'abcdefghijklmnopqrstuvwxyz');
    case 'upperLetter':
      return letters(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** The counters of one list definition while the document is read. */
class Counters {
  readonly values: number[] = [];
  /** num instances whose start override has been applied */
  readonly started = new Set<string>();
}

/** Numbers paragraphs in document order; one instance per document. */
export class ListNumberer {
  private readonly counters = new Map<string, Counters>();
  private readonly numbering: Numbering;

  constructor(numbering: Numbering) {
    this.numbering = numbering;
  }

  private level(numId: string, ilvl: number): Level | undefined {
    const num = this.numbering.nums.get(numId);
    if (!num) return undefined;
    return num.overrides.get(ilvl)?.level ?? this.numbering.abstracts.get(num.abstractId)?.get(ilvl);
  }

  /** The number text Word shows before the paragraph (with its suffix), '' when none. */
  next(numId: string, ilvl: number): string {
    const num = this.numbering.nums.get(numId);
    const lvl = this.level(numId, ilvl);
    if (!num || !lvl) return '';
    let c = this.counters.get(num.abstractId);
    if (!c) {
      c = new Counters();
      this.counters.set(num.abstractId, c);
    }
    // A num instance that overrides the start restarts its levels the first time it is used.
    if (!c.started.has(numId)) {
      c.started.add(numId);
      for (const [l, o] of num.overrides) if (o.start !== undefined || o.level) delete c.values[l];
    }
    c.values[ilvl] = c.values[ilvl] === undefined ? this.startOf(numId, ilvl) : c.values[ilvl] + 1;
    // Deeper levels restart unless their lvlRestart says otherwise.
    for (let d = ilvl + 1; d < 9; d++) {
      const restart = this.level(numId, d)?.restart;
      if (restart === undefined || (restart > 0 && ilvl <= restart - 1)) delete c.values[d];
    }
    const text = lvl.lvlText.replace(/%([1-9])/g, (_all, k: string) => {
      const l = Number(k) - 1;
      const value = c.values[l] ?? this.startOf(numId, l);
      const fmt = lvl.isLgl ? 'decimal' : (this.level(numId, l)?.numFmt ?? 'decimal');
      return formatNumber(value, fmt);
    });
    if (lvl.numFmt === 'bullet') return lvl.lvlText ? `${lvl.lvlText} ` : '';
    if (text === '') return '';
    return text + (lvl.suff === 'nothing' ? '' : '\u3000');
  }

  private startOf(numId: string, ilvl: number): number {
    const num = this.numbering.nums.get(numId);
    return num?.overrides.get(ilvl)?.start ?? this.level(numId, ilvl)?.start ?? 1;
  }
}
