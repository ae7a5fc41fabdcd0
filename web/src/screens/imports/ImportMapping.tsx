import { DataTable } from '../../components/DataTable.tsx';
import { EditGrid } from '../../components/EditGrid.tsx';
import { useT } from '../../i18n/index.tsx';
import type { Inspection } from './api.ts';
import { importTexts } from './i18n.ts';

const cell = (row: { cells: string[] } | undefined, col: number | undefined) =>
  row && col ? (row.cells[col - 1] ?? '') : '';

/** Which column of the sheet fills each field (with the first row as a sample), and a preview of the rows. */
export function ImportMapping({
  found,
  mapping,
  onChange,
}: {
  found: Inspection;
  mapping: Record<string, number>;
  onChange(next: Record<string, number>): void;
}) {
  const x = useT(importTexts);
  const used = found.fields.filter((f) => mapping[f.key]);
  return (
    <>
      <EditGrid headings={[x.field, x.column, x.sample]}>
        {found.fields.map((f) => (
          <tr key={f.key}>
            <th scope="row">
              <label htmlFor={`map-${f.key}`}>
                {f.label}
                {f.required && <span className="tag"> {x.required}</span>}
              </label>
            </th>
            <td>
              <select
                id={`map-${f.key}`}
                className="input"
                value={mapping[f.key] ?? ''}
                onChange={(e) => {
                  const next = { ...mapping };
                  if (e.target.value) next[f.key] = Number(e.target.value);
                  else delete next[f.key];
                  onChange(next);
                }}
              >
                <option value="">{x.notUsed}</option>
                {found.headings.map((h) => (
                  <option key={h.column} value={h.column}>
                    {h.letter}：{h.text || '—'}
                  </option>
                ))}
              </select>
            </td>
            <td>{cell(found.preview[0], mapping[f.key])}</td>
          </tr>
        ))}
      </EditGrid>
      <details>
        <summary>{x.preview}</summary>
        <DataTable
          rows={found.preview}
          rowKey={(r) => String(r.row)}
          label={x.preview}
          columns={[
            { key: 'row', header: x.row, numeric: true },
            ...used.map((f) => ({
              key: `f-${f.key}`,
              header: f.label,
              value: (r: Inspection['preview'][number]) => cell(r, mapping[f.key]),
            })),
          ]}
        />
      </details>
    </>
  );
}
