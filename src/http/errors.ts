/** A field that failed validation, with the message key that explains it. */
export interface FieldError {
  field: string;
  code: string;
  message?: string;
  /** `message` in each language, when it was written in the caller's (zod's own messages). */
  messages?: Record<'ja' | 'en', string>;
  /** Values for the message's {placeholders}, e.g. { min: 12 }. */
  params?: Record<string, string | number>;
}

/**
 * An error the client is meant to see: a stable code that is also an i18n key
 * (`request.approver_is_requester`), an HTTP status, and optional per-field details.
 */
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly params: Record<string, string | number>;
  readonly fields: FieldError[] | undefined;

  constructor(
    code: string,
    status: number,
    params: Record<string, string | number> = {},
    fields?: FieldError[],
  ) {
    super(code);
    this.code = code;
    this.status = status;
    this.params = params;
    this.fields = fields;
  }
}

/** 404 for a record that does not exist or belongs to another organization (never reveal which). */
export const notFound = (what = 'record') => new AppError('common.not_found', 404, { what });
/** 403 naming the function (ability) the caller lacks. */
export const forbidden = (fn: string) => new AppError('common.forbidden', 403, { fn });
/** 409 for a state conflict such as deciding twice. */
export const conflict = (code: string, params: Record<string, string | number> = {}) =>
  new AppError(code, 409, params);
/** 400 for input that is well-formed but wrong. */
export const badInput = (code: string, params: Record<string, string | number> = {}, fields?: FieldError[]) =>
  new AppError(code, 400, params, fields);
