/**
 * A table that a PDF copy flattened to one cell per line (「表1 許可者」, then 区分 / 持出し / 外部への提供 /
 * 機密性3 / 統括責任者 / …): the cells become tab-separated rows again. The number of columns is the one at
 * which the first cells of the rows below the header are distinct and written alike (機密性3, 機密性2B, …)
 * and no other cell is written like them.
 */
import type { NormalizedLine } from './normalize.ts';

/** A table's caption: 「表1 許可者」「別表2」. */
const CAPTION = /^(?:別)?表\s*[0-9]+(?:\s|$)/;

/** A line that can be one cell: short, no sentence, no tab. */
function isCell(text: string): boolean {
  return text.length <= 20 && !/[。、\t]/.test(text) && !/^[(0-9０-９第]/.test(text);
}

function prefixOf(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}

/** Columns that make the run of cells a table (header and at least two rows), or null. */
function columns(cells: string[]): number | null {
  for (let k = 2; k <= 6; k++) {
    if (cells.length % k !== 0 || cells.length / k < 3) continue;
    const firsts = cells.filter((_, i) => i >= k && i % k === 0);
    if (new Set(firsts).size !== firsts.length) continue;
    const common = firsts.reduce(prefixOf);
    if (common.length < 2) continue;
    if (cells.some((c, i) => i % k !== 0 && c.startsWith(common))) continue;
    return k;
  }
  return null;
}

function row(lines: NormalizedLine[]): NormalizedLine {
  let text = '';
  const map: number[] = [];
  lines.forEach((l, i) => {
    if (i > 0) {
      text += '\t';
      map.push(l.map[0] ?? 0);
    }
    text += l.text;
    map.push(...l.map);
  });
  return { text, map, span: [lines[0].span[0], lines[lines.length - 1].span[1]] };
}

/** Rebuilds the rows of tables written one cell per line under their caption. */
export function cellLineTables(lines: NormalizedLine[]): NormalizedLine[] {
  if (!lines.some((l) => CAPTION.test(l.text))) return lines;
  const out: NormalizedLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    out.push(lines[i]);
    if (!CAPTION.test(lines[i].text)) continue;
    let end = i + 1;
    while (end < lines.length && isCell(lines[end].text)) end++;
    const run = lines.slice(i + 1, end);
    const k = columns(run.map((l) => l.text));
    if (k === null) continue;
    for (let r = 0; r < run.length; r += k) out.push(row(run.slice(r, r + k)));
    i = end - 1;
  }
  return out;
}
