/**
 * One scale for several axes: 「情報資産は、機密性、完全性及び可用性のそれぞれについて、次の３段階に分類する。」
 * over items Ａ／Ｂ／Ｃ or 高／中／低. The levels, read once and given the first axis the sentence names, are
 * the levels of every axis it names: 機密性Ａ, 完全性Ａ, 可用性Ａ (a symbol is named with its axis) or 高／中／低
 * for each axis (a word keeps its name). Levels the text writes with their axis (機密性３) are not shared.
 */
import type { ClassificationLevel, ClauseNode } from '../types.ts';
import { splitSentences } from './sentences.ts';

const CIA = ['機密性', '完全性', '可用性'];
/** A sentence that classifies by each of several axes in turn. */
const EACH = /それぞれ|各々|ごとに|いずれも|共通/;

/** The levels given to every axis the classifying sentence names, or the levels as they were. */
export function sharedByAxes(node: ClauseNode, levels: ClassificationLevel[]): ClassificationLevel[] {
  const axis = levels[0]?.axis;
  if (levels.length < 2 || !CIA.includes(axis) || levels.some((l) => l.axis !== axis)) return levels;
  // Written with the axis in the text (機密性３, 機密性高): these are that axis's own levels.
  if (levels.some((l) => node.text.includes(`${axis}${l.label}`) || l.label.startsWith(axis))) return levels;
  const sentence = splitSentences(node.text).find((s) => /分類|区分|格付/.test(s) && EACH.test(s));
  const axes = sentence ? CIA.filter((a) => sentence.includes(a)) : [];
  if (axes.length < 2 || !axes.includes(axis)) return levels;
  return axes.flatMap((a) => levels.map((l) => ({ ...l, axis: a })));
}
