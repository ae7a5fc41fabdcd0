import type { UseQueryResult } from '@tanstack/react-query';
import type { ApiError } from '../api/client.ts';
import { DataTable } from './DataTable.tsx';
import { Loaded } from './Loaded.tsx';

/** A list loaded by `useData`: loading, a failure with a way to try again, or the rows in a `DataTable`. */
export function LoadedTable<T extends object>({
  query,
  ...table
}: { query: UseQueryResult<T[], ApiError> } & Omit<Parameters<typeof DataTable<T>>[0], 'rows'>) {
  return <Loaded query={query}>{(rows) => <DataTable rows={rows} {...table} />}</Loaded>;
}
