/**
 * Cells a table of approvers writes as another cell, as merged cells are printed in 例規: 「〃」「同上」 (the cell
 * above), 「同左」 (the cell to the left).
 */

/** The cell above: 〃, ″, 同上 (also spaced, 「同　上」). */
const ABOVE = /^(?:〃|″|同上|同)$/;
/** The cell to the left. */
const LEFT = /^同左$/;

const cache = new WeakMap<string[][], string[][]>();

/** The table with its ditto cells written out; the same table where it has none. */
export function dittoFilled(table: string[][]): string[][] {
  let out = cache.get(table);
  if (out) return out;
  const marked = (c: string) => {
    const s = c.replace(/\s+/g, '');
    return ABOVE.test(s) || LEFT.test(s);
  };
  if (!table.slice(1).some((r) => r.some(marked))) out = table;
  else {
    out = [table[0] ?? []];
    for (const row of table.slice(1)) {
      const prev = out.length > 1 ? out[out.length - 1] : undefined;
      const filled: string[] = [];
      row.forEach((cell, i) => {
        const s = cell.replace(/\s+/g, '');
        filled.push(LEFT.test(s) && i > 0 ? filled[i - 1] : ABOVE.test(s) && prev?.[i] ? prev[i] : cell);
      });
      out.push(filled);
    }
  }
  cache.set(table, out);
  return out;
}
