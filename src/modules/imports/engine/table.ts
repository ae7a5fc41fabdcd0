/**
 * From a sheet (or CSV rows) to a table: merged cells filled, the heading row found under any title
 * rows (two-row headings under a merged group heading too), blank rows skipped but numbered as in Excel.
 */
import type { CellRange } from '../../../shared/xlsx.ts';
import { headingKey } from './mapping.ts';
import type { ImportField, ImportTable } from './types.ts';

/** How far down a heading row is looked for (title, date and notes rows sit above the headings). */
const SEARCH_ROWS = 30;

/** Copies each merged range's top-left value into every cell of the range (what the merge shows). */
export function fillMerges(rows: string[][], merges: CellRange[]): string[][] {
  const out = rows.map((r) => [...r]);
  for (const m of merges) {
    const value = out[m.top - 1]?.[m.left - 1] ?? '';
    if (value === '') continue;
    for (let r = m.top; r <= m.bottom; r++) {
      while (out.length < r) out.push([]);
      const row = out[r - 1];
      for (let c = m.left; c <= m.right; c++) {
        while (row.length < c) row.push('');
        row[c - 1] = value;
      }
    }
  }
  return out;
}

/** How many of a row's cells name a field (by label or alias). */
function score(row: string[], keys: Set<string>): number {
  return row.filter((c) => c.trim() !== '' && keys.has(headingKey(c))).length;
}

/** The field labels and aliases as heading keys. */
export function fieldKeys(fields: ImportField[]): Set<string> {
  return new Set(fields.flatMap((f) => [f.ja, f.en, ...(f.aliases ?? [])].map(headingKey)));
}

const blank = (r: string[] | undefined) => !r || r.every((c) => c.trim() === '');

/**
 * Builds the table. The heading row is the given one, or the row among the first 30 that names the
 * most fields (the first row with two or more filled cells when none does). When a heading is a
 * group merged across columns and the row below names the columns, the two rows are one heading
 * (管理責任者・氏名) and data starts below both.
 */
export function toTable(
  raw: string[][],
  merges: CellRange[],
  fields: ImportField[],
  headingRow?: number,
): ImportTable {
  const rows = fillMerges(raw, merges);
  const keys = fieldKeys(fields);
  let at = headingRow;
  if (!at) {
    let best = 0;
    for (let i = 0; i < Math.min(rows.length, SEARCH_ROWS); i++) {
      const s = score(rows[i], keys);
      if (s > best) {
        best = s;
        at = i + 1;
      }
    }
    at ??= rows.findIndex((r) => r.filter((c) => c.trim() !== '').length >= 2) + 1 || 1;
  }
  // A group heading merged across columns, with the columns named in the row below, makes one heading
  // of two rows; the best-scoring row may be either of the two.
  const groupsOf = (r: number) => merges.filter((m) => m.top === r && m.bottom === r && m.right > m.left);
  const named = (r: number, g: CellRange) => {
    for (let c = g.left; c <= g.right; c++) if ((rows[r - 1]?.[c - 1] ?? '').trim() === '') return false;
    return true;
  };
  let top = at;
  if (at > 1 && groupsOf(at - 1).some((g) => named(at, g))) top = at - 1;
  else if (!(groupsOf(at).some((g) => named(at + 1, g)) && !blank(rows[at]))) top = 0;
  let headings = [...(rows[at - 1] ?? [])];
  let dataFrom = at + 1;
  if (top) {
    const upper = rows[top - 1] ?? [];
    const lower = rows[top] ?? [];
    const groups = groupsOf(top);
    const width = Math.max(upper.length, lower.length);
    // Columns under a group take "group・column"; the others keep their own (vertically merged) heading.
    headings = Array.from({ length: width }, (_, i) => {
      const hi = (upper[i] ?? '').trim();
      const lo = (lower[i] ?? '').trim();
      const inGroup = groups.some((g) => i + 1 >= g.left && i + 1 <= g.right);
      return inGroup && lo && lo !== hi ? `${hi}・${lo}` : hi || lo;
    });
    dataFrom = top + 2;
  }
  const data: ImportTable['rows'] = [];
  for (let i = dataFrom - 1; i < rows.length; i++) {
    if (blank(rows[i])) continue;
    data.push({ row: i + 1, cells: rows[i] });
  }
  return { headingRow: dataFrom - 1, headings: headings.map((h) => h.trim()), rows: data };
}
