import {
  type CompiledQuery,
  type DialectAdapter,
  type Insertable,
  type Kysely,
  PostgresAdapter,
} from 'kysely';
import type { DB } from './schema.ts';
import { nameStatement, sendWithNext } from './statement-names.ts';

type Row<T extends keyof DB> = Insertable<DB[T]>;

/** The place of one value in the statement: its row and column. */
class Slot {
  readonly row: number;
  readonly column: string;
  constructor(row: number, column: string) {
    this.row = row;
    this.column = column;
  }
}

/** A statement compiled for a number of rows, and the row and column of each of its parameters. */
interface Compiled {
  cq: CompiledQuery;
  rows: number[];
  columns: string[];
}

/**
 * A multi-row INSERT of a fixed set of columns, compiled once per number of rows and dialect (like
 * `prepared.ts`): the fan-outs of a write (a notice to each approver, their mails, the mails' jobs, the
 * events of one change) are one statement per table without Kysely building and compiling a tree of every
 * row and value on each call. Each call only lays its rows' values out in the statement's order. Rows
 * beyond `maxRows` go in further statements; a column missing from a row is written as null. With
 * `withNext`, on PostgreSQL inside a transaction the insert goes with the transaction's next statement
 * (`sendWithNext`): only for rows no caller reads back and whose failure may only fail the transaction.
 */
export function preparedInsert<T extends keyof DB & string>(
  table: T,
  columns: readonly (keyof Row<T> & string)[],
  opts: { maxRows?: number; withNext?: boolean } = {},
): (db: Kysely<DB>, rows: readonly Row<T>[]) => Promise<void> {
  const maxRows = opts.maxRows ?? 100;
  // SQLite binds at most 32,766 values in one statement.
  const perStatement = Math.max(1, Math.min(maxRows, Math.floor(30_000 / columns.length)));
  const byAdapter = new WeakMap<DialectAdapter, Map<number, Compiled>>();
  const compiled = (db: Kysely<DB>, n: number): Compiled => {
    const adapter = db.getExecutor().adapter;
    let byCount = byAdapter.get(adapter);
    if (!byCount) {
      byCount = new Map();
      byAdapter.set(adapter, byCount);
    }
    let c = byCount.get(n);
    if (!c) {
      const cq = db
        .insertInto(table)
        .values(
          Array.from(
            { length: n },
            (_, i) => Object.fromEntries(columns.map((col) => [col, new Slot(i, col)])) as Row<T>,
          ) as never,
        )
        .compile();
      const slots = cq.parameters.map((p) => {
        if (!(p instanceof Slot)) throw new Error(`prepared insert into ${table}: a value is not a row's`);
        return p;
      });
      c = { cq, rows: slots.map((s) => s.row), columns: slots.map((s) => s.column) };
      if (adapter instanceof PostgresAdapter) {
        nameStatement(cq.sql);
        if (opts.withNext) sendWithNext(cq.sql);
      }
      byCount.set(n, c);
    }
    return c;
  };
  return async (db, rows) => {
    for (let start = 0; start < rows.length; start += perStatement) {
      const n = Math.min(perStatement, rows.length - start);
      const { cq, rows: at, columns: of } = compiled(db, n);
      const parameters = new Array<unknown>(at.length);
      for (let k = 0; k < at.length; k++)
        parameters[k] = (rows[start + at[k]] as Record<string, unknown>)[of[k]] ?? null;
      await db.executeQuery({ ...cq, parameters });
    }
  };
}
