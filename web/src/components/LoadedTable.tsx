import type { UseQueryResult } from '@tanstack/react-query';
import type { ComponentProps } from 'react';
import type { ApiError } from '../api/client.ts';
import { DataTable } from './DataTable.tsx';
import { Loaded } from './Loaded.tsx';

/**
 * A list the server answers as `{ items }`, loaded and then drawn as a `DataTable` (sorted, filtered,
 * paged): loading, a failure with a reload button, or the table. Every `DataTable` prop but `rows`.
 */
export function LoadedTable<T extends object>({
  query,
  ...table
}: { query: UseQueryResult<{ items: T[] }, ApiError> } & Omit<ComponentProps<typeof DataTable<T>>, 'rows'>) {
  return <Loaded query={query}>{({ items }) => <DataTable rows={items} {...table} />}</Loaded>;
}
