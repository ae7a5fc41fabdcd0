/**
 * A file that cannot be read as what it claims to be (an unclosed quote in a CSV, an .xlsx over the
 * size cap). `code` is an i18n key; the HTTP layer answers 400 with it, naming the row where known.
 */
export class FileFormatError extends Error {
  readonly code: string;
  readonly params: Record<string, string | number>;

  constructor(code: string, params: Record<string, string | number> = {}) {
    super(code);
    this.code = code;
    this.params = params;
  }
}
