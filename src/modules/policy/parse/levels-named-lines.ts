/**
 * Levels named one per line below the sentence that classifies, each line the level's name, a colon (or,
 * behind a bullet, a space) and its definition, a bullet in front or not (「次の三つに分類する。」 + 「●甲：…」「●乙：…」), as a text
 * copied from a word processor writes them inside its clause. The text's order is the order of sensitivity.
 */
import type { ClassificationLevel, ClauseNode } from '../types.ts';

export interface NamedLevelReader {
  /** the sentence that classifies into what follows (group 1: how many) */
  classify: (text: string) => RegExpExecArray | null;
  /** whether a line's first word can name a level */
  isHead: (head: string) => boolean;
  /** the axis of levels named in words, from the sentence around `at` */
  axisOf: (text: string, at: number, names: string[], definitions: string[]) => string;
}

const KANJI_COUNT = '一二三四五六';
/** 「●名称：定義」: a bullet (or none), a name of a few characters, a colon, the definition. */
const NAMED_LINE = /^[●○■□◆◇・･*-]?\s*([^\s:：。、]{1,12})\s*[:：]\s*(\S.*)$/;
/** 「○名称　定義」: behind a bullet, a space is enough between the name and its definition. */
const BULLET_LINE = /^[●○■□◆◇・･*-]\s*([^\s:：。、]{1,12})\s+(\S.*)$/;

export function levelsNamedOnLines(node: ClauseNode, reader: NamedLevelReader): ClassificationLevel[] {
  // The levels are on the lines below the sentence: a text of one line has none.
  if (!node.text.includes('\n')) return [];
  const m = reader.classify(node.text);
  if (!m) return [];
  const after = node.text.indexOf('\n', m.index);
  if (after < 0) return [];
  const items: { head: string; definition: string }[] = [];
  const lines = node.text.slice(after + 1).split('\n');
  // Normalizing drops the space between two words of a line (「○秘　公表していない…」 → 「○秘公表…」): the
  // bullet lines are read as the document prints them, where the text keeps as many lines.
  const printed = node.original.normalize('NFKC').replace(/\s+$/, '').split('\n').slice(-lines.length);
  const bare = (t: string) => t.replace(/\s/g, '');
  for (const [i, line] of lines.entries()) {
    const same = printed.length === lines.length && bare(printed[i]) === bare(line);
    const x = NAMED_LINE.exec(line.trim()) ?? (same ? BULLET_LINE.exec(printed[i].trim()) : null);
    if (!x || !reader.isHead(x[1])) break;
    items.push({ head: x[1], definition: x[2].trim() });
  }
  const n = m[1] ?? m[4];
  const count = n ? Number(n) || KANJI_COUNT.indexOf(n) + 1 : items.length;
  if (items.length < 2 || count !== items.length || new Set(items.map((i) => i.head)).size !== items.length)
    return [];
  const axis = reader.axisOf(
    node.text,
    m.index,
    items.map((i) => i.head),
    items.map((i) => i.definition),
  );
  return items.map((i) => ({ axis, label: i.head, rank: 0, definition: i.definition }));
}
