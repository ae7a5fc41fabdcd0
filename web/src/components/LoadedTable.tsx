import type { UseQueryResult } from '@tanstack/react-query';
import type { ApiError } from '../api/client.ts';
import { DataTable } from './DataTable.tsx';
import { Loaded } from './Loaded.tsx';

type Rows<T> = T[] | { items: T[] };

/**
 * A list loaded by `useData` (the rows, or the server's `{ items }`): loading, a failure with a way to try
 * again, or the rows in a `DataTable` (sorted, filtered, paged). Every `DataTable` prop but `rows`.
 */
export function LoadedTable<T extends object>({
  query,
  ...table
}: {
  query: UseQueryResult<T[], ApiError> | UseQueryResult<{ items: T[] }, ApiError>;
} & Omit<Parameters<typeof DataTable<T>>[0], 'rows'>) {
  return (
    <Loaded query={query as UseQueryResult<Rows<T>, ApiError>}>
      {(d) => <DataTable rows={Array.isArray(d) ? d : d.items} {...table} />}
    </Loaded>
  );
}
