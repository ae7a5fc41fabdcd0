import { useCallback, useState } from 'react';
import { ApiError } from '../api/client.ts';

/** Runs a form's action: tracks busy state and keeps the API error for the form to show. */
export function useAction() {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'client.unexpected', ''));
    } finally {
      setBusy(false);
    }
  }, []);
  const field = useCallback((name: string) => error?.fieldMessage(name), [error]);
  return { error, setError, busy, run, field };
}

/** A client-side validation error shaped like the server's. */
export function clientError(message: string, fields: { field: string; message: string }[]): ApiError {
  return new ApiError(
    0,
    'client.invalid',
    message,
    fields.map((f) => ({ ...f, code: 'client.invalid' })),
  );
}
