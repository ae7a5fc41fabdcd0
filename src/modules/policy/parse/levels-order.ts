/**
 * The order of a scheme's levels, most sensitive first: by their symbols (３ above １, Ⅰ above Ⅲ), turned where
 * the definitions say otherwise (a level defined as the rest of another is below it, the public one is the
 * lowest), and by the text's order where no symbol orders them.
 */
import type { ClassificationLevel, ClauseNode } from '../types.ts';
import { escapeRe } from './sentences.ts';

/**
 * A letter grade: A, S, and a doubled letter some bodies set above A or S as the highest level (AA, AAA, SS).
 * Letters that differ (AB, IT) are no grade.
 */
export const LETTER = '(?:AAA|AA|SSS|SS|[A-Z])';
/**
 * A level's symbol: I/II/III, 3, 2B, A, AA; a sub-level in brackets (機密性2(a)); and the word 情報 some
 * bodies write after it (機密性3情報), which is part of the level's name.
 */
export const LEVEL = `((?:[IVX]+|[0-9]+[A-Z]?(?:\\([a-z]\\))?|${LETTER})(?:情報)?)`;
const BARE_LEVEL = new RegExp(`^${LEVEL}$`);
/**
 * A letter with 情報 (Ａ情報／Ｂ情報／Ｃ情報) is a level's whole name: a body that names its levels so writes no
 * axis before them. Where the text does write one (機密性Ａ情報), the level is read with the axis in its label.
 */
export const OWN_NAME = /^[A-Z]情報$/;

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6 };
/** The symbol that orders a level: 「3情報」 → 3, 「2(a)」 → 2 (sub-levels keep the text's order). */
export function levelSymbol(label: string): string {
  return label.replace(/情報$/, '').replace(/\([a-z]\)$/, '');
}

/**
 * A level's name as the text writes it: the axis and its symbol (機密性3, 重要性II), or the level's own
 * name where the text names levels in words (機密情報 / 一般情報).
 */
export function levelName(l: { axis: string; label: string }): string {
  return BARE_LEVEL.test(l.label) && !OWN_NAME.test(l.label) ? `${l.axis}${l.label}` : l.label;
}

/** Ordering key of a level label: roman numerals count down (I is highest), digits count up (3 is highest). */
function strength(label: string): number {
  const symbol = levelSymbol(label);
  if (symbol in ROMAN) return -ROMAN[symbol];
  // A scale's word before a roman symbol (クラスIII) does not change the order either.
  const roman = /(?:^|[^A-Za-z])([IVX]+)$/.exec(symbol);
  if (roman && roman[1] in ROMAN) return -ROMAN[roman[1]];
  // A scale's word before the symbol (自治体機密性3A) does not change the order.
  const m = /(?:^|[^0-9A-Za-z])(\d+)([A-Z]?)$/.exec(symbol);
  if (m) return Number(m[1]);
  return 0;
}

/**
 * A level of information the body has made public or means to (「公表している情報」「公開された広報資料その他
 * 公開することを前提とした情報資産」): the lowest of its axis. Not one kept from the public (「公開していない」
 * 「公開を前提としない」) nor harm done once it is (「公開された場合」).
 */
const PUBLIC =
  /^(?!.*(?:予定していない|前提としない|されていない|していない)).*(?:公表している|公開している|公表された(?!場合)|公開された(?!場合)|公開(?:すること)?を前提と(?:した|する))/;

/**
 * A level defined as what the levels before it leave (「前号以外の情報」「前２号に該当しない情報資産」「上記以外のもの」
 * 「それ以外の情報資産」): the lowest of its axis.
 */
const REST =
  /^(?:前[各0-9一二三]*[号項]|上記|前記|それ|これら)(?:[^。、]{0,12})?(?:以外|に該当しない|に当たらない)/;
const lowestByDefinition = (l: ClassificationLevel) =>
  PUBLIC.test(l.definition ?? '') || REST.test(l.definition ?? '');

/**
 * Whether an axis's numbers count down (1 is the most sensitive) by what its definitions say: a level
 * defined against another (「重要度１に該当しないもの」, 「機密性２又は機密性３の情報資産以外」) is below it;
 * failing that, a level of information already made public (公表している) is the lowest.
 */
function numbersCountDown(list: ClassificationLevel[]): boolean {
  // Roman numerals count the other way by default (I is highest); a definition can turn them too, and so can
  // a public level at the end the default would put first (機密性Ⅳ…Ⅰ with Ⅰ the public one).
  const numeric = list.filter((l) => /(?:^|[^0-9A-Za-z])(?:\d+[A-Z]?|[IVX]+)$/.test(levelSymbol(l.label)));
  if (numeric.length < 2) return false;
  let vote = 0;
  for (const l of numeric) {
    for (const other of numeric) {
      if (other === l || !mentions(l.definition ?? '', levelName(other))) continue;
      vote += Math.sign(strength(l.label) - strength(other.label));
    }
  }
  if (vote !== 0) return vote > 0;
  const publicLevel = numeric.find(lowestByDefinition);
  if (!publicLevel) return false;
  const s = numeric.map((l) => strength(l.label));
  return strength(publicLevel.label) === Math.max(...s) && numeric.length > 1;
}

/** Whether a definition names a level: クラスIII names クラスIII, not クラスI or クラスII. */
function mentions(definition: string, name: string): boolean {
  for (let at = definition.indexOf(name); at >= 0; at = definition.indexOf(name, at + 1))
    if (!/[0-9A-Z]/.test(definition[at + name.length] ?? '')) return true;
  return false;
}

/**
 * Whether levels no symbol orders (重要度Ａ／Ｂ／Ｃ, 公開／秘／極秘) are listed from the lowest up: the first
 * is the public one (「公表している情報」) or defined as the rest of another (「Ｂ及びＡ以外の情報資産」), and
 * the last is neither.
 */
function listedUpward(list: ClassificationLevel[]): boolean {
  if (list.length < 2 || new Set(list.map((l) => strength(l.label))).size > 1) return false;
  const lowest = (l: ClassificationLevel) =>
    lowestByDefinition(l) ||
    list.some(
      (o) =>
        o !== l &&
        new RegExp(`${escapeRe(levelName(o))}[^。]*(?:以外|に該当しない|に当たらない)`).test(
          l.definition ?? '',
        ),
    );
  return lowest(list[0]) && !lowest(list[list.length - 1]);
}

/** Ranks each axis's levels, most sensitive first; levels the numbers cannot order keep the text's order. */
export function rankLevels(levels: ClassificationLevel[]): ClassificationLevel[] {
  const byAxis = new Map<string, ClassificationLevel[]>();
  for (const l of levels) byAxis.set(l.axis, [...(byAxis.get(l.axis) ?? []), l]);
  const out: ClassificationLevel[] = [];
  for (const list of byAxis.values()) {
    const sign = numbersCountDown(list) ? -1 : 1;
    const order = listedUpward(list) ? -1 : 1;
    const sorted = list
      .map((l, i) => ({ l, i }))
      .sort((a, b) => sign * (strength(b.l.label) - strength(a.l.label)) || order * (a.i - b.i))
      .map((x) => x.l);
    for (const [i, l] of sorted.entries()) out.push({ ...l, rank: i + 1 });
  }
  return out;
}

/**
 * A clause that says which level is the highest (「機密性１が最も機密性が高いものとする」, 「重要度の高い順に、
 * 重要度１、重要度２及び重要度３とする」) puts that level first: where the symbols ranked it last, the axis's order
 * is turned.
 */
export function statedTop(levels: ClassificationLevel[], at: Map<string, ClauseNode>): ClassificationLevel[] {
  const turned = new Set<string>();
  for (const [axis, node] of at) {
    const own = levels.filter((l) => l.axis === axis);
    const text = [node.text, ...node.children.map((c) => c.text)].join('\n');
    if (!/最も|高い順/.test(text) || own.length < 2) continue;
    const top = own.find((l) => {
      const name = escapeRe(levelName(l));
      return new RegExp(
        `${name}(?![0-9A-Za-z])(?:が|は)最も[^。、]*?(?:高い|重要)|高い順に、${name}(?![0-9A-Za-z])`,
      ).test(text);
    });
    if (top && top.rank === own.length) turned.add(axis);
  }
  if (turned.size === 0) return levels;
  return levels.map((l) => {
    if (!turned.has(l.axis)) return l;
    const count = levels.filter((o) => o.axis === l.axis).length;
    return { ...l, rank: count + 1 - l.rank };
  });
}
