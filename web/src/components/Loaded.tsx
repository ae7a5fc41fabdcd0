import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { ApiError } from '../api/client.ts';
import { useI18n, useT } from '../i18n/index.tsx';
import { kitTexts } from './i18n.ts';
import { Loading } from './Loading.tsx';

/**
 * Shows a query's three states: loading, a failure with the server's message and a reload button, or
 * the children with the data.
 */
export function Loaded<T>({
  query,
  children,
}: {
  query: UseQueryResult<T, ApiError>;
  children: (data: T) => ReactNode;
}) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.error)
    return (
      <LoadFailed
        error={query.error}
        onRetry={mayPass(query.error) ? () => void query.refetch() : undefined}
      />
    );
  return <Loading />;
}

/**
 * Whether trying again can help: the server could not be reached, was busy or failed. A refusal (no
 * function for it, not found, bad request) answers the same on a reload, so no reload button is offered.
 */
function mayPass(error: ApiError): boolean {
  return error.code === 'network' || error.status === 0 || error.status === 429 || error.status >= 500;
}

/** A failed load: what the server said (or that it could not be reached) and a way to try again. */
export function LoadFailed({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useI18n();
  const c = useT(kitTexts);
  const message = error.message || (error.code === 'network' ? t.common.networkError : c.loadFailed);
  return (
    <div className="alert alert--error" role="alert">
      <p className="alert__title">{message}</p>
      {onRetry && (
        <button type="button" className="btn btn--secondary btn--small" onClick={onRetry}>
          {c.retry}
        </button>
      )}
    </div>
  );
}
