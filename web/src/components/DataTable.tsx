/**
 * A list on TanStack Table: sortable columns (click a heading; aria-sort tells screen readers), a filter
 * box over the loaded rows and pages of `pageSize` rows with the count. For lists paged by the server
 * (cursor), pass the loaded rows and `more` to draw the "load more" button under the table.
 */
import {
  type ColumnDef,
  columnFilteringFeature,
  constructSortFn,
  createFilteredRowModel,
  createPaginatedRowModel,
  createSortedRowModel,
  filterFn_includesString,
  flexRender,
  globalFilteringFeature,
  rowPaginationFeature,
  rowSortingFeature,
  sortFn_basic,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { type ReactNode, useId, useMemo } from 'react';
import { fmt, useT } from '../i18n/index.tsx';
import { EmptyState } from './EmptyState.tsx';
import { kitTexts } from './i18n.ts';

/** Japanese reading order (kana, then kanji by code), numbers inside text compared as numbers. */
const collator = new Intl.Collator('ja', { numeric: true });
const sortFn_japanese = constructSortFn({
  sort: (a, b) => collator.compare(String(a ?? ''), String(b ?? '')),
});

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { japanese: sortFn_japanese, basic: sortFn_basic },
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  filterFns: { includesString: filterFn_includesString },
  rowPaginationFeature,
  paginatedRowModel: createPaginatedRowModel(),
});
type Features = typeof features;

export interface Column<T extends object> {
  /** Unique within the table. */
  key: string;
  header: string;
  /** The value sorted and filtered on (text or number); default: `row[key]`. */
  value?: (row: T) => string | number | null | undefined;
  /** How the cell is drawn; default: the value. */
  cell?: (row: T) => ReactNode;
  sortable?: boolean;
  /** A number column: right-aligned. */
  numeric?: boolean;
  /** Class of the column's heading and cells (widths). */
  className?: string;
}

interface Props<T extends object> {
  rows: T[];
  columns: Column<T>[];
  /** A row's unique key; default: its `id`. */
  rowKey?: (row: T) => string;
  /** A caption read by screen readers only (shorthand for `caption` with `captionHidden`). */
  label?: string;
  /** The table's caption (read by screen readers; shown unless `captionHidden`). */
  caption?: string;
  captionHidden?: boolean;
  /** Show a filter box over the loaded rows. */
  filter?: boolean;
  pageSize?: number;
  /** Sorted by this column first. */
  initialSort?: { key: string; desc?: boolean };
  empty?: ReactNode;
  /** Server paging: draws a "load more" button. */
  more?: { onMore(): void; busy?: boolean };
  /** Server paging: how many rows match in all (shown in the count). */
  total?: number;
  rowClassName?: (row: T) => string | undefined;
  /** Extra class of the table (e.g. `table--audit`; `table--stack`: each row a card of labelled lines on a phone). */
  className?: string;
}

/** A column's cell class: `num` for numbers, and its own class. */
function cellClass(meta: unknown): string | undefined {
  const m = meta as { numeric?: boolean; className?: string } | undefined;
  return [m?.numeric ? 'num' : '', m?.className ?? ''].filter(Boolean).join(' ') || undefined;
}

export function DataTable<T extends object>({
  rows,
  columns,
  rowKey = (row) => String((row as { id?: unknown }).id),
  label,
  caption = label,
  captionHidden = label !== undefined,
  filter,
  pageSize = 50,
  initialSort,
  empty,
  more,
  total: serverTotal,
  rowClassName,
  className,
}: Props<T>) {
  const c = useT(kitTexts);
  const id = useId();
  // A server-paged list shows every loaded row; "load more" adds to it.
  const size = more ? 100_000 : pageSize;
  const defs = useMemo<ColumnDef<Features, T>[]>(
    () =>
      columns.map((col) => ({
        id: col.key,
        header: col.header,
        accessorFn: (row: T) =>
          (col.value ? col.value(row) : (row as Record<string, unknown>)[col.key]) ?? '',
        cell: (ctx) => (col.cell ? col.cell(ctx.row.original) : String(ctx.getValue() ?? '')),
        enableSorting: col.sortable !== false,
        sortFn: col.numeric ? 'basic' : 'japanese',
        meta: { numeric: col.numeric, className: col.className },
      })),
    [columns],
  );
  const table = useTable({
    features,
    data: rows,
    columns: defs,
    initialState: {
      sorting: initialSort ? [{ id: initialSort.key, desc: !!initialSort.desc }] : [],
      globalFilter: '',
      pagination: { pageIndex: 0, pageSize: size },
    },
    globalFilterFn: 'includesString',
    getColumnCanGlobalFilter: () => true,
    getRowId: (row) => rowKey(row),
    // Loading more rows keeps the page; a new filter starts at the first page (below).
    autoResetPageIndex: false,
  });
  const pagination = table.atoms.pagination.get();
  const globalFilter = (table.atoms.globalFilter.get() as string) ?? '';
  const total = table.getFilteredRowModel().rows.length;
  const pageIndex = Math.min(pagination.pageIndex, Math.max(0, table.getPageCount() - 1));
  if (pageIndex !== pagination.pageIndex) table.setPageIndex(pageIndex);
  const from = total ? pageIndex * size + 1 : 0;
  const to = Math.min(total, (pageIndex + 1) * size);
  return (
    <div className="data-table">
      {filter && rows.length > 0 && (
        <div className="data-table__filter">
          <label htmlFor={`${id}-filter`}>{c.filter}</label>
          <input
            id={`${id}-filter`}
            type="search"
            className="input input--inline"
            title={c.filterHint}
            value={globalFilter}
            onChange={(e) => {
              table.setGlobalFilter(e.target.value);
              table.setPageIndex(0);
            }}
          />
        </div>
      )}
      {rows.length === 0 ? (
        (empty ?? <EmptyState />)
      ) : (
        <div className="table-wrap">
          <table className={className ? `table ${className}` : 'table'}>
            {caption && (
              <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
            )}
            <thead>
              {table.getHeaderGroups().map((g) => (
                <tr key={g.id}>
                  {g.headers.map((h) => {
                    const sorted = h.column.getIsSorted();
                    const label = String(h.column.columnDef.header);
                    return (
                      <th
                        key={h.id}
                        scope="col"
                        className={cellClass(h.column.columnDef.meta)}
                        aria-sort={
                          sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined
                        }
                      >
                        {h.column.getCanSort() ? (
                          <button
                            type="button"
                            className="data-table__sort"
                            title={fmt(c.sortBy, { label })}
                            onClick={h.column.getToggleSortingHandler()}
                          >
                            {label}
                            <span className="data-table__arrow" aria-hidden="true">
                              {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '⇅'}
                            </span>
                          </button>
                        ) : (
                          label
                        )}
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody>
              {table.getRowModel().rows.map((r) => (
                <tr key={r.id} className={rowClassName?.(r.original)}>
                  {r.getAllCells().map((cell) => (
                    <td
                      key={cell.id}
                      className={cellClass(cell.column.columnDef.meta)}
                      data-label={cell.column.columnDef.header as string}
                    >
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {total === 0 && <p>{c.noMatch}</p>}
        </div>
      )}
      {rows.length > 0 && (
        <nav className="data-table__pager" aria-label={c.pageNav}>
          <span role="status">
            {fmt(c.pageOf, { from, to, total: globalFilter ? total : (serverTotal ?? total) })}
          </span>
          {table.getPageCount() > 1 && (
            <>
              <button
                type="button"
                className="btn btn--secondary btn--small"
                disabled={!table.getCanPreviousPage()}
                onClick={() => table.previousPage()}
              >
                {c.prev}
              </button>
              <button
                type="button"
                className="btn btn--secondary btn--small"
                disabled={!table.getCanNextPage()}
                onClick={() => table.nextPage()}
              >
                {c.next}
              </button>
            </>
          )}
          {more && (
            <button
              type="button"
              className="btn btn--secondary btn--small"
              disabled={more.busy}
              onClick={more.onMore}
            >
              {c.more}
            </button>
          )}
        </nav>
      )}
    </div>
  );
}
