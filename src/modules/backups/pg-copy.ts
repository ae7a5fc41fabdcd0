// Reading the data of a plain-format pg_dump without a server: the COPY blocks of named tables.

/** One field of COPY's text format: `\N` is NULL, backslash escapes are undone. */
export function copyField(raw: string): string | null {
  if (raw === '\\N') return null;
  if (!raw.includes('\\')) return raw;
  return raw.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/g, (_, e: string) => {
    if (e[0] === 'x') return String.fromCharCode(Number.parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(Number.parseInt(e, 8));
    return { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' }[e] ?? e;
  });
}

/**
 * Feeds the lines of a dump one at a time; calls `onRow(table, row)` for each data row of the tables
 * asked for. Knows whether the dump ended with pg_dump's completion line.
 */
export class CopyReader {
  complete = false;
  #table: string | null = null;
  #skipping = false;
  #columns: string[] = [];
  readonly #tables: Set<string>;
  readonly #onRow: (table: string, row: Record<string, string | null>) => void;

  constructor(tables: string[], onRow: (table: string, row: Record<string, string | null>) => void) {
    this.#tables = new Set(tables);
    this.#onRow = onRow;
  }

  line(line: string): void {
    if (this.#table) {
      if (line === '\\.') {
        this.#table = null;
        return;
      }
      const fields = line.split('\t');
      const row: Record<string, string | null> = {};
      this.#columns.forEach((c, i) => {
        row[c] = copyField(fields[i] ?? '\\N');
      });
      this.#onRow(this.#table, row);
      return;
    }
    if (line.startsWith('COPY ')) {
      const m = /^COPY (?:"?[\w]+"?\.)?"?(\w+)"? \(([^)]*)\) FROM stdin;$/.exec(line);
      if (m && this.#tables.has(m[1])) {
        this.#table = m[1];
        this.#columns = m[2].split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
      } else if (m) {
        this.#table = null;
        this.#skipping = true;
      }
      return;
    }
    if (this.#skipping) {
      if (line === '\\.') this.#skipping = false;
      return;
    }
    if (line.startsWith('-- PostgreSQL database dump complete')) this.complete = true;
  }
}
