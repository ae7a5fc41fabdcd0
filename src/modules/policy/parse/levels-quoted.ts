/**
 * Levels named in quotes by the sentence that classifies (「情報資産は、機密性に応じ「高」「中」「低」の三段階に
 * 分類する。」), defined by the items or lines below it that start with each name (「ア．高　…」). The quotes
 * say the words are names, so a level may be a single character (高, 秘). The text's order is the order of
 * sensitivity.
 */
import type { ClassificationLevel, ClauseNode } from '../types.ts';
import { escapeRe, splitSentences } from './sentences.ts';

const KANJI_COUNT = '一二三四五六';
/** 「「高」「中」「低」の三段階に分類する」「「甲」及び「乙」に区分する」「「秘」・「公開」」: the quoted names before に分類. */
const QUOTED =
  /((?:「[^「」、。\s]{1,12}」(?:、|・|及び|並びに|又は|と)?){2,})(?:の([0-9]+|[一二三四五六])?(?:区分|種類|つ|段階|種|類型|階層))?に(?:分類|区分|格付)(?:する|し、|し。|しなければ|するもの)/;

/** A label in front of an item as lists write it: 「ア．」「(ア)」「1.」「・」. */
const LABEL = '(?:[ア-ン][.．、)]|\\([ア-ン]\\)|[0-9]+[.．)]|\\([0-9]+\\)|[・●○■])';
/** Where the next kana item starts in a list whose lines were joined (「…情報イ.中…」). */
const NEXT_KANA = '(?<![ァ-ヴー])[ア-ン][.．]';

/** The definition the text gives a level: what follows its name at the start of an item, up to the next item. */
function definitionOf(name: string, after: string, children: ClauseNode[]): string | undefined {
  const term = new RegExp(`^(?:この[^、。]{1,8}において)?「?${escapeRe(name)}」?とは、(.+?)をいう。?$`);
  for (const c of children) {
    const head = (c.title ?? c.text).trim();
    if (head === name || head.startsWith(`${name} `) || head.startsWith(`${name}\u3000`))
      return (c.title ? c.text : c.text.slice(name.length)).trim();
    // 「２　「極秘」とは、…をいう。」: a 項 that defines the name as a term.
    const defined = c.title === undefined ? term.exec(c.text.trim()) : null;
    if (defined) return defined[1];
  }
  // An item on a line of its own (「ア．高　…」), or in a list whose lines were joined (「…情報イ.中…」).
  const re = new RegExp(
    `(?:(?:^|\\n)[ \\t]*${LABEL}?|${NEXT_KANA})${escapeRe(name)}[\\s:：]*([^\\n]*?)(?=${NEXT_KANA}|\\n|$)`,
  );
  const m = re.exec(after);
  return m && m[1].trim() !== '' ? m[1].trim() : undefined;
}

export function levelsQuoted(
  node: ClauseNode,
  axisOf: (sentence: string, names: string[], definitions: string[]) => string,
): ClassificationLevel[] {
  if (
    !node.text.includes('」') ||
    (!node.text.includes('」「') && !/」(?:、|・|及び|並びに|又は|と)「/.test(node.text))
  )
    return [];
  for (const sentence of splitSentences(node.text)) {
    const m = QUOTED.exec(sentence);
    if (!m) continue;
    const names = [...m[1].matchAll(/「([^」]+)」/g)].map((x) => x[1]);
    if (new Set(names).size !== names.length) continue;
    const count = m[2] ? Number(m[2]) || KANJI_COUNT.indexOf(m[2]) + 1 : names.length;
    if (count !== names.length) continue;
    const at = node.text.indexOf(sentence);
    const after = at < 0 ? '' : node.text.slice(at + sentence.length);
    const definitions = names.map((n) => definitionOf(n, after, node.children));
    // A sentence that only mentions names in quotes is confirmed by the count it gives or by the items below it.
    if (!m[2] && definitions.some((d) => d === undefined)) continue;
    const axis = axisOf(
      sentence,
      names,
      definitions.map((d) => d ?? ''),
    );
    return names.map((label, i) => ({
      axis,
      label,
      rank: 0,
      ...(definitions[i] !== undefined ? { definition: definitions[i] } : {}),
    }));
  }
  return [];
}
