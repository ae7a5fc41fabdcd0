/**
 * Levels named in the sentence that classifies (「…その機密性に応じ、極秘、秘及び公開に分類する。」) and
 * defined in a table of the clause or of a 項 below it (区分 | 定義 | 主な例): the sentence gives the
 * levels and their order, the table their definitions. Only names the table's first column lists, all
 * of them, are taken, so a one-character level (秘) is read only where the table confirms it.
 */

import type { ClassificationLevel, ClauseNode } from '../types.ts';
import { flatten } from './clauses.ts';
import { splitSentences } from './sentences.ts';

/** 「…に応じ(て)、A、B及びCに分類する」: the list right before に分類, after what it is classified by. */
const LISTED =
  /(?:に応じ(?:て)?|により|によって)、?([^、。「」]{1,12}(?:(?:、|及び|並びに|又は)[^、。「」]{1,12})+)に分類/;

const isWord = (name: string) => name.length >= 1 && name.length <= 12 && !/[ぁ-ゖ\s]/.test(name);

/** The first-column cells of a table (its header row left out), a row with an empty first cell skipped. */
function rowsOf(table: string[][]): { head: string; definition: string }[] {
  return table
    .slice(1)
    .map((r) => ({ head: (r[0] ?? '').replace(/\s+/g, ''), definition: r.slice(1).join(' ').trim() }))
    .filter((r) => r.head !== '');
}

export function levelsNamedThenTabled(
  node: ClauseNode,
  axisOf: (sentence: string, names: string[], definitions: string[]) => string,
): ClassificationLevel[] {
  if (!node.text.includes('に分類')) return [];
  for (const sentence of splitSentences(node.text)) {
    const m = LISTED.exec(sentence);
    if (!m) continue;
    const names = m[1].split(/、|及び|並びに|又は/).map((n) => n.trim());
    if (names.length < 2 || !names.every(isWord) || new Set(names).size !== names.length) continue;
    const tables = [...(node.tables ?? []), ...flatten(node.children).flatMap((c) => c.tables ?? [])];
    for (const table of tables) {
      const rows = rowsOf(table);
      if (rows.length !== names.length || !names.every((n, i) => rows[i].head === n)) continue;
      const axis = axisOf(
        sentence,
        names,
        rows.map((r) => r.definition),
      );
      return rows.map((r) => ({
        axis,
        label: r.head,
        rank: 0,
        ...(r.definition ? { definition: r.definition } : {}),
      }));
    }
  }
  return [];
}
