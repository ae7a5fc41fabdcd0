import { EditGrid } from '../../../components/EditGrid.tsx';
import { useT } from '../../../i18n/index.tsx';
import type { StaffRow } from '../staffCsv.ts';
import { setupTexts } from '../texts.ts';

const COLUMNS: (keyof StaffRow)[] = ['displayName', 'loginId', 'unit', 'post', 'email'];

/** A small table to type people into, one row each: a grid of fields, not a list of records (those are DataTables). */
export function StaffTable({ rows, onChange }: { rows: StaffRow[]; onChange(rows: StaffRow[]): void }) {
  const s = useT(setupTexts);
  const heading: Record<keyof StaffRow, string> = {
    displayName: s.name,
    loginId: s.loginId,
    unit: s.unit,
    post: s.post,
    email: s.email,
  };
  const set = (i: number, k: keyof StaffRow, v: string) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, [k]: v } : r)));
  return (
    <EditGrid headings={COLUMNS.map((k) => heading[k])}>
      {rows.map((r, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are only appended, never reordered
        <tr key={i}>
          {COLUMNS.map((k) => (
            <td key={k}>
              <input
                className="input"
                aria-label={`${heading[k]} ${i + 1}`}
                type={k === 'email' ? 'email' : 'text'}
                value={r[k]}
                onChange={(e) => set(i, k, e.target.value)}
              />
            </td>
          ))}
        </tr>
      ))}
    </EditGrid>
  );
}
