/**
 * Tables of approvers drawn as a matrix of marks, and tables with a row per level and act: put in the form
 * the table reader takes (a level, then the cells that name the approvers).
 */
import { loose } from './sentences.ts';
import { topicOf } from './topics.ts';

/** A cell that says "this one": ○, ◯, 〇, ●, ◎, ✓. */
const MARK = /^[○◯〇●◎✓✔]$/;
/** A cell that says "no one": empty, 「－」, 「×」, 「不要」. */
const NONE = /^(?:[-－―ー×✕]|不要)?$/;

/**
 * A matrix whose columns are roles and whose cells mark who permits (区分 | 行為 | CISO | 責任者 | 管理者,
 * with ○ under the role that permits): the marked roles written out in one last column (承認者), the
 * role columns removed. The table as it is where fewer than two columns are roles with marks only.
 */
export function marksAsRoles(table: string[][], isRole: (cell: string) => boolean): string[][] {
  const header = table[0] ?? [];
  const body = table.slice(1);
  const roleCols = header
    .map((_, i) => i)
    .filter(
      (i) =>
        i > 0 &&
        isRole(header[i].replace(/\s+/g, '')) &&
        body.every((r) => MARK.test((r[i] ?? '').trim()) || NONE.test((r[i] ?? '').trim())) &&
        body.some((r) => MARK.test((r[i] ?? '').trim())),
    );
  if (roleCols.length < 2) return table;
  // Rows copied without their empty cells at the end are as wide as the header all the same.
  const keep = (row: string[]) =>
    Array.from({ length: Math.max(header.length, row.length) }, (_, i) => row[i] ?? '').filter(
      (_, i) => !roleCols.includes(i),
    );
  return [
    [...keep(header), '承認者'],
    ...body.map((r) => [
      ...keep(r),
      roleCols
        .filter((i) => MARK.test((r[i] ?? '').trim()))
        .map((i) => header[i])
        .join('、'),
    ]),
  ];
}

/** Whether a cell names the act the sentence is about: by its stem (貸出し in 「貸し出すときは」), else by its kind. */
export function sameAct(cell: string, sentence: string): boolean {
  const stem = loose(cell).slice(-2);
  if (stem.length === 2 && loose(sentence).includes(stem)) return true;
  const topic = topicOf([cell]);
  return !!topic && topic === topicOf([sentence]);
}

/**
 * Where a column other than the first names the act of each row (区分 | 行為 | 承認者, rows 持出し, 外部提供,
 * 廃棄 for each level), the header and the rows of the act the sentence is about; the table as it is where no
 * column names acts, null where none of its rows is the sentence's act.
 */
export function rowsOfAct(
  table: string[][],
  sentence: string,
  namesRole: (cell: string) => boolean,
): string[][] | null {
  const width = Math.max(0, ...table.map((r) => r.length));
  const body = table.slice(1);
  for (let i = 1; i < width; i++) {
    const cells = body.map((r) => (r[i] ?? '').trim());
    // Words of an act: short, several different ones, each repeated for the levels (持出し, 廃棄 under each level).
    const words = new Set(cells.filter((c) => c !== ''));
    if (words.size < 2 || words.size === cells.length) continue;
    if ([...words].some((w) => w.length > 8 || MARK.test(w) || NONE.test(w) || namesRole(w))) continue;
    const rows = body.filter((_, k) => sameAct(cells[k], sentence));
    return rows.length > 0 ? [table[0] ?? [], ...rows] : null;
  }
  return table;
}
