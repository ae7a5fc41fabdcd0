import type { Page } from 'playwright-core';

/** Calls the API from a signed-in page (its cookies and CSRF token); a failed answer throws with its text. */
export async function callApi<T = unknown>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  return page.evaluate(
    async ([m, p, b]) => {
      const s = await (await fetch('/api/session')).json();
      const headers: Record<string, string> = { 'X-CSRF-Token': s.csrfToken, Accept: 'application/json' };
      if (b !== undefined) headers['Content-Type'] = 'application/json';
      const r = await fetch(p as string, {
        method: m as string,
        headers,
        body: b === undefined ? undefined : JSON.stringify(b),
      });
      const text = await r.text();
      if (!r.ok) throw new Error(`${m} ${p}: ${r.status} ${text}`);
      return text ? JSON.parse(text) : null;
    },
    [method, path, body] as const,
  ) as Promise<T>;
}
