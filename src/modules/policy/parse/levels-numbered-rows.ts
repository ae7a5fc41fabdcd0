/**
 * A table whose rows start with a bare number (区分 | 機密性 | 完全性 over rows ３ | …, or a row ＼t１＼t… under
 * the axis written once) can reach the engine with those rows read as numbered items: 「３」 with the row's
 * other cells as its text, tab-separated. The rows are put back under the table, so it reads as printed.
 */
import type { ClauseNode } from '../types.ts';

/** The cells of a child read as a row of a table `width` cells wide, or null. */
function rowOf(child: ClauseNode, width: number, alone: boolean): string[] | null {
  if (child.children.length > 0) return null;
  if (!/^(?:[0-9]+|[IVX]+)$/.test(child.label)) return null;
  // A cell after the number may be read as the item's title (「１\t住民の…\t救急記録」).
  const rest =
    child.title !== undefined ? [child.title, child.text].filter((t) => t !== '').join('\t') : child.text;
  const cells = [child.label, ...rest.split('\t')];
  // A row of two cells has no tab to tell it from an item: only right under a header printed alone.
  if (cells.length === width && (width > 2 || alone)) return cells;
  // A row whose first cell is empty (the axis written once above it) starts with its level; a 項 of the
  // clause (「２　職員は、…。」) is a sentence, not a cell.
  if (cells.length === width - 1 && width > 2 && !child.text.includes('。')) return ['', ...cells];
  return null;
}

/** The clause with its numbered rows back in its table, or the clause itself when none were taken. */
export function withNumberedRows(node: ClauseNode): ClauseNode {
  const tables = node.tables ?? [];
  const table = tables[tables.length - 1];
  if (!table || node.children.length === 0) return node;
  const width = table[0].length;
  const rows = node.children.map((c) => rowOf(c, width, table.length === 1));
  if (rows.some((r) => r === null) || (table.length === 1 && rows.length < 2)) return node;
  // Rows that start with no number (２Ｂ, ２Ａ between ３ and １) are read as a table of the row above them.
  const nested = (c: ClauseNode) => (c.tables ?? []).flat().filter((r) => r.length === width);
  const all = node.children.flatMap((c, i) => [rows[i] as string[], ...nested(c)]);
  return { ...node, tables: [...tables.slice(0, -1), [...table, ...all]], children: [] };
}
