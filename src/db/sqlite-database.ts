import { DatabaseSync, type StatementSync } from 'node:sqlite';

/** A prepared statement as the driver (`sqlite-driver.ts`) runs it: Kysely's parameters in, rows out. */
export interface SqliteStatement {
  readonly reader: boolean;
  all(parameters: ReadonlyArray<unknown>): unknown[];
  run(parameters: ReadonlyArray<unknown>): { changes: number | bigint; lastInsertRowid: number | bigint };
}

/** node:sqlite's DatabaseSync with a bounded cache of prepared statements. */
export class NodeSqliteDatabase {
  readonly raw: DatabaseSync;
  #cache = new Map<string, SqliteStatement>();

  constructor(file: string) {
    this.raw = new DatabaseSync(file);
  }

  prepare(sql: string): SqliteStatement {
    let stmt = this.#cache.get(sql);
    if (!stmt) {
      stmt = wrap(this.raw.prepare(sql));
      // A bounded cache: generated queries repeat, ad-hoc ones must not grow memory without limit.
      if (this.#cache.size > 500) this.#cache.clear();
      this.#cache.set(sql, stmt);
    }
    return stmt;
  }

  /** How many prepared statements are kept (tests, diagnostics). */
  get cachedStatements(): number {
    return this.#cache.size;
  }

  /**
   * Drops the prepared statements kept so far and hands SQLite's unused page-cache memory back
   * (`PRAGMA shrink_memory`). Start-up runs statements no request runs again (the migrations' checks
   * and DDL, the first start's set-up) and reads pages no request may need; the statements are
   * prepared again on their next use, the pages read again from the file.
   */
  releaseMemory(): void {
    this.#cache.clear();
    if (this.raw.isOpen) this.raw.exec('PRAGMA shrink_memory');
  }

  close(): void {
    this.#cache.clear();
    if (this.raw.isOpen) this.raw.close();
  }
}

type Param = null | number | bigint | string | NodeJS.ArrayBufferView;

function toParams(parameters: ReadonlyArray<unknown>): Param[] {
  return parameters.map((p) => {
    if (p === undefined) return null;
    if (typeof p === 'boolean') return p ? 1 : 0;
    if (p instanceof Date) return p.toISOString();
    return p as Param;
  });
}

function wrap(stmt: StatementSync): SqliteStatement {
  const reader = stmt.columns().length > 0;
  return {
    reader,
    all: (parameters) => stmt.all(...toParams(parameters)),
    run: (parameters) => {
      const r = stmt.run(...toParams(parameters));
      return { changes: r.changes, lastInsertRowid: r.lastInsertRowid };
    },
  };
}
