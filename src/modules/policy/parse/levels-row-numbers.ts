/**
 * A table of levels with a column that only numbers its rows (番号 | 分類 | 基準 over 1 | 機密性３ | …, or No. | 区分 |
 * 内容): the numbers are no levels, and the table reads as printed without that column.
 */
import type { ClauseNode } from '../types.ts';

/** A header cell over row numbers. */
const NUMBER_HEAD = /^(?:番号|項番|連番|順番|No\.?|NO\.?|#)$/i;

/** Whether the first column numbers the rows: its header says so, and the rows count 1, 2, 3 … from the top. */
function numbersRows(table: string[][]): boolean {
  if (table.length < 3 || (table[0]?.length ?? 0) < 3) return false;
  if (!NUMBER_HEAD.test(table[0][0].trim().replace(/\s+/g, ''))) return false;
  const firsts = table
    .slice(1)
    .map((r) => r[0]?.trim() ?? '')
    .filter((c) => c !== '');
  return firsts.length >= 2 && firsts.every((c, i) => Number(c) === i + 1);
}

/** The clause with the row-number column dropped from its tables, or the clause itself when none has one. */
export function withoutRowNumbers(node: ClauseNode): ClauseNode {
  if (!node.tables?.some(numbersRows)) return node;
  return { ...node, tables: node.tables.map((t) => (numbersRows(t) ? t.map((r) => r.slice(1)) : t)) };
}
