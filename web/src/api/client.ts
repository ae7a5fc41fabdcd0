/**
 * JSON client for the mamori API: same-origin cookies, the CSRF header on every
 * non-GET request, and one typed error for the `{ error: { code, message, messages, fields? } }` shape.
 */

type Lang = 'ja' | 'en';

export interface FieldError {
  field: string;
  code: string;
  message: string;
  /** The message in each language (the server sends both). */
  messages?: Record<Lang, string>;
}

let shownLang: Lang = 'ja';

/**
 * The language errors are shown in: the reader's choice, set by the language provider when it changes, so
 * a refusal already on the screen is said again in the new language at once.
 */
export function setErrorLanguage(lang: Lang): void {
  shownLang = lang;
}

/** A field error's message in the reader's language. */
export function fieldText(f: FieldError): string {
  return f.messages?.[shownLang] || f.message;
}

/** An error answer from the server (or a network failure, code `network`). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];
  readonly #said: string;
  readonly #messages: Partial<Record<Lang, string>>;

  constructor(
    status: number,
    code: string,
    message: string,
    fields: FieldError[] = [],
    messages: Partial<Record<Lang, string>> = {},
  ) {
    super();
    this.#said = message;
    this.#messages = messages;
    this.status = status;
    this.code = code;
    this.fields = fields;
  }

  /** The server's message in the reader's language (as it was said when the server sent only one). */
  override get message(): string {
    return this.#messages[shownLang] || this.#said;
  }

  /** The message for one named field, if the server gave one. */
  fieldMessage(field: string): string | undefined {
    const messages = this.fields.filter((f) => f.field === field).map(fieldText);
    return messages.length ? messages.join('\n') : undefined;
  }
}

export type UnauthorizedKind = 'step' | 'signin';

let csrfToken = '';
let onUnauthorized: (kind: UnauthorizedKind, code: string) => void = () => {};
let lastRequestAt = Date.now();
const requestListeners = new Set<() => void>();

/** Remembers the CSRF token from GET /api/session. */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** Called on 401: `step` when the session must finish a sign-in step, `signin` otherwise. */
export function setUnauthorizedHandler(fn: (kind: UnauthorizedKind, code: string) => void): void {
  onUnauthorized = fn;
}

/** Time of the last request that reached the server (the server's idle clock restarts then). */
export function lastRequestTime(): number {
  return lastRequestAt;
}

export function onRequest(fn: () => void): () => void {
  requestListeners.add(fn);
  return () => requestListeners.delete(fn);
}

export interface RequestOptions {
  /** Do not send the user to sign-in on 401 (sign-in forms show the error themselves). */
  noRedirect?: boolean;
  signal?: AbortSignal;
  /**
   * A request the page makes by itself (polling): the server does not count it as use of the session,
   * and neither does the idle watcher, so an unattended screen still signs out on time.
   */
  background?: boolean;
}

export async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  opts: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  if (opts.background) headers['X-Mamori-Background'] = '1';
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: opts.signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'network', '');
  }
  if (!opts.background) {
    lastRequestAt = Date.now();
    for (const fn of requestListeners) fn();
  }
  const text = await res.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (res.ok) return data as T;
  const err = (
    data as {
      error?: { code?: string; message?: string; messages?: Record<Lang, string>; fields?: FieldError[] };
    } | null
  )?.error;
  const apiError = new ApiError(
    res.status,
    err?.code ?? `http.${res.status}`,
    err?.message ?? '',
    err?.fields ?? [],
    err?.messages,
  );
  if (res.status === 401 && !opts.noRedirect) {
    onUnauthorized(apiError.code === 'auth.step_required' ? 'step' : 'signin', apiError.code);
  }
  throw apiError;
}

export const api = {
  get: <T>(path: string, opts?: RequestOptions) => request<T>('GET', path, undefined, opts),
  post: <T>(path: string, body: unknown = {}, opts?: RequestOptions) => request<T>('POST', path, body, opts),
  patch: <T>(path: string, body: unknown = {}, opts?: RequestOptions) =>
    request<T>('PATCH', path, body, opts),
  put: <T>(path: string, body: unknown = {}, opts?: RequestOptions) => request<T>('PUT', path, body, opts),
  delete: <T>(path: string, opts?: RequestOptions) => request<T>('DELETE', path, undefined, opts),
};

/** Builds a query string from the non-empty values. */
export function query(params: Record<string, string | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}
