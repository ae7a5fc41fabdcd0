/**
 * Loading and changing data: TanStack Query over the JSON client. One QueryClient for the app; a query is
 * keyed by its API path, so a screen that shows `/api/assets?q=x` and a save that invalidates `/api/assets`
 * stay consistent. A query whose key changes (a new search) cancels the request still in flight.
 */
import {
  keepPreviousData,
  QueryClient,
  type UseQueryResult,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { ApiError, api } from './client.ts';

/** A client error (4xx) will not mend by asking again; a network failure or 5xx is retried once. */
const retry = (count: number, e: unknown) =>
  !(e instanceof ApiError && e.status >= 400 && e.status < 500) && count < 1;

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry, staleTime: 15_000, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});

export interface DataOptions {
  /** A poll the page makes by itself: not counted as use of the session (see RequestOptions). */
  background?: boolean;
  /** Poll every N milliseconds. */
  refetchInterval?: number;
  /** Keep showing the previous answer while the next one loads (searches, paging). */
  keepPrevious?: boolean;
  /** A page before sign-in: a 401 is this page's to show, not a reason to go to sign-in. */
  noRedirect?: boolean;
}

/**
 * GET an API path (null: not yet, e.g. until an id is chosen). `data`, `isPending`, `error` (an ApiError)
 * and `refetch` come from TanStack Query; show them with `<Loaded>`.
 */
export function useData<T>(path: string | null, opts: DataOptions = {}): UseQueryResult<T, ApiError> {
  return useQuery<T, ApiError>({
    queryKey: [path],
    queryFn: ({ signal }) =>
      api.get<T>(path as string, { signal, background: opts.background, noRedirect: opts.noRedirect }),
    enabled: path !== null,
    refetchInterval: opts.refetchInterval,
    placeholderData: opts.keepPrevious ? keepPreviousData : undefined,
  });
}

/**
 * POST a body to a path that answers without changing anything (a check, a preview): keyed by path and
 * body, so a new body asks again and cancels the answer still in flight; null body waits.
 */
export function useAsk<T>(path: string, body: unknown | null): UseQueryResult<T, ApiError> {
  return useQuery<T, ApiError>({
    queryKey: [path, body],
    queryFn: ({ signal }) => api.post<T>(path, body, { signal }),
    enabled: body !== null,
    placeholderData: keepPreviousData,
  });
}

/** A list the server pages: `{ items, nextCursor }` (cursor) or `{ items, total }` (offset and limit). */
export interface ListPage<T> {
  items: T[];
  nextCursor?: string | null;
  total?: number;
}

/**
 * GET a paged list: `items` holds every page loaded so far, `more` (for `DataTable`) loads the next one and
 * is undefined when there is none; `total` is the server's count when it gives one. A new path (new
 * filters) starts again from the first page and cancels the old request. With `pageSize` the pages are
 * asked for by `offset` and `limit`; without it, by the answer's `nextCursor`.
 */
export function useDataPages<T>(path: string, opts: { pageSize?: number } = {}) {
  const sep = path.includes('?') ? '&' : '?';
  const q = useInfiniteQuery<ListPage<T>, ApiError>({
    queryKey: [path, opts.pageSize ?? 'cursor'],
    initialPageParam: null as string | number | null,
    queryFn: ({ signal, pageParam }) => {
      let url = path;
      if (opts.pageSize) url = `${path}${sep}offset=${Number(pageParam ?? 0)}&limit=${opts.pageSize}`;
      else if (pageParam) url = `${path}${sep}cursor=${encodeURIComponent(String(pageParam))}`;
      return api.get<ListPage<T>>(url, { signal });
    },
    getNextPageParam: (last, pages) => {
      if (!opts.pageSize) return last.nextCursor ?? undefined;
      const loaded = pages.reduce((n, p) => n + p.items.length, 0);
      return last.items.length > 0 && loaded < (last.total ?? 0) ? loaded : undefined;
    },
    placeholderData: keepPreviousData,
  });
  return {
    query: q,
    items: q.data?.pages.flatMap((p) => p.items),
    total: q.data?.pages.at(-1)?.total,
    more: q.hasNextPage ? { onMore: () => void q.fetchNextPage(), busy: q.isFetchingNextPage } : undefined,
  };
}

/** Marks every loaded path that starts with one of the prefixes as stale (reloaded where shown). */
export function useInvalidate(): (...prefixes: string[]) => Promise<void> {
  const client = useQueryClient();
  return useCallback(
    (...prefixes: string[]) =>
      client.invalidateQueries({
        predicate: (q) => {
          const key = String(q.queryKey[0] ?? '');
          if (!key.startsWith('/')) return false;
          return prefixes.some((p) => key === p || key.startsWith(`${p}/`) || key.startsWith(`${p}?`));
        },
      }),
    [client],
  );
}

export interface Mutate<V, R> {
  /** Runs the change; resolves to the answer, or undefined when it failed (the error is in `error`). */
  run(vars: V): Promise<R | undefined>;
  busy: boolean;
  error: ApiError | null;
  /** The last answer (undefined before the first success). */
  data: R | undefined;
  /** The server's message for one field of the form. */
  field(name: string): string | undefined;
  reset(): void;
}

/**
 * A change (POST/PATCH/PUT/DELETE): tracks busy and the error for `<FormAlert>`, and after success marks
 * the `invalidate` paths stale so lists that show them reload.
 */
export function useMutate<V = void, R = unknown>(
  fn: (vars: V) => Promise<R>,
  opts: { invalidate?: string[]; onDone?: (result: R, vars: V) => void } = {},
): Mutate<V, R> {
  const invalidate = useInvalidate();
  const m = useMutation<R, ApiError, V>({
    mutationFn: fn,
    onSuccess: async (result, vars) => {
      if (opts.invalidate?.length) await invalidate(...opts.invalidate);
      opts.onDone?.(result, vars);
    },
  });
  const run = useCallback(
    (vars: V) =>
      m.mutateAsync(vars).catch((e: unknown) => {
        if (!(e instanceof ApiError)) console.error(e);
        return undefined;
      }),
    [m.mutateAsync],
  );
  const error = m.error
    ? m.error instanceof ApiError
      ? m.error
      : new ApiError(0, 'client.unexpected', '')
    : null;
  return {
    run,
    busy: m.isPending,
    error,
    data: m.data,
    field: (name) => error?.fieldMessage(name),
    reset: m.reset,
  };
}

/** A value that settles `ms` after the last change (a search box asks the server once typing pauses). */
export function useDebounced<T>(value: T, ms = 300): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return settled;
}
