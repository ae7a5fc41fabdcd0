/**
 * A drawn table with no rules between its rows reaches the engine as one row whose cells hold every row's cells
 * one after another (重要度Ａ重要度Ｂ重要度Ｃ | 個人情報を…公表していない…). Where the printed lines of the clause
 * make up that row column by column, each printed line with a first cell starts a row again, and a line whose
 * first cell is empty continues the row above (a cell wrapped over two lines).
 */
import type { ClauseNode } from '../types.ts';

const BAR = /[│┃|║]/;
const squeeze = (t: string) => t.replace(/\s+/g, '');

/** The cells of each printed line of a drawn table, in the order printed. */
function printedRows(original: string): string[][] {
  const rows: string[][] = [];
  for (const raw of original.normalize('NFKC').split('\n')) {
    const line = raw.trim();
    if (!BAR.test(line.charAt(0))) continue;
    const cells = line.split(BAR).slice(1);
    if (cells.length > 1 && cells[cells.length - 1].trim() === '') cells.pop();
    rows.push(cells.map(squeeze));
  }
  return rows;
}

/** The rows a joined row was printed as, or null when the printed lines do not make it up. */
function splitRow(row: string[], printed: string[][], isLevel: (cell: string) => boolean): string[][] | null {
  const width = row.length;
  const want = row.map(squeeze);
  for (let i = 0; i < printed.length; i++) {
    if (printed[i].length !== width || printed[i][0] === '') continue;
    const joined = printed[i].slice();
    for (let j = i + 1; j <= printed.length; j++) {
      if (joined.every((c, k) => c === want[k])) {
        const out: string[][] = [];
        for (const line of printed.slice(i, j)) {
          const last = out[out.length - 1];
          if (line[0] === '' && last) for (const [k, c] of line.entries()) last[k] += c;
          else out.push(line.slice());
        }
        return out.length >= 2 && out.every((r) => isLevel(r[0])) ? out : null;
      }
      if (j === printed.length || printed[j].length !== width) break;
      for (const [k, c] of printed[j].entries()) joined[k] += c;
    }
  }
  return null;
}

/**
 * The clause with the rows of its drawn tables apart again, or the clause itself when none were joined. Only rows
 * that each start with a level (`isLevel`) are split: a first cell wrapped over two lines (機密 / 性３) is one row.
 */
export function withDrawnRows(node: ClauseNode, isLevel: (cell: string) => boolean): ClauseNode {
  if (!node.tables?.length || !BAR.test(node.original)) return node;
  const printed = printedRows(node.original);
  if (printed.length < 2) return node;
  let changed = false;
  const tables = node.tables.map((table) =>
    table.flatMap((row) => {
      const split = row.length >= 2 ? splitRow(row, printed, isLevel) : null;
      if (split) changed = true;
      return split ?? [row];
    }),
  );
  return changed ? { ...node, tables } : node;
}
