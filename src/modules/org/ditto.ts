import { DITTO } from './policy-patterns.ts';

export interface MemberRow {
  dept: string | null;
  section: string | null;
  post: string | null;
}

/**
 * Turns a committee roster as the policy's 別表 prints it (`[[部, 課, 職], …]`) into rows with
 * every ditto mark (〃) replaced by the value of the same column in the row above. Blank cells
 * stay blank (a 部長 has no 課). A ditto in the first row has nothing to copy and is an error.
 */
export function resolveDittoRows(rows: string[][]): MemberRow[] {
  const out: MemberRow[] = [];
  let above: (string | null)[] = [null, null, null];
  rows.forEach((raw, i) => {
    const cells = [0, 1, 2].map((c) => {
      const v = (raw[c] ?? '').normalize('NFKC').trim();
      if (DITTO.has(v)) {
        if (i === 0 || above[c] === null)
          throw new Error(`row ${i + 1} column ${c + 1}: 〃 with nothing above`);
        return above[c];
      }
      return v === '' ? null : v;
    });
    above = cells;
    out.push({ dept: cells[0], section: cells[1], post: cells[2] });
  });
  return out;
}
