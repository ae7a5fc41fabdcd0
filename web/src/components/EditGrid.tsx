import type { ReactNode } from 'react';

/**
 * A grid of inputs, one row per thing being set (the import's column for each field, a layout's columns,
 * people typed in): the headings and the rows as given, in the order given. A list of records is a
 * `DataTable` (sorted, filtered, paged); this is a form laid out as a table. `caption` names it for screen
 * readers.
 */
export function EditGrid({
  headings,
  caption,
  children,
}: {
  headings: ReactNode[];
  caption?: string;
  children: ReactNode;
}) {
  return (
    <div className="table-wrap">
      <table className="table">
        {caption && <caption className="visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            {headings.map((h, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the headings are fixed for the grid's life
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
