import type { Insertable, Kysely } from 'kysely';
import { type Prepared, prepared } from './prepared.ts';
import type { DB } from './schema.ts';

type Row<T extends keyof DB> = Insertable<DB[T]>;

/**
 * A multi-row INSERT of a fixed set of columns, compiled once per number of rows (`prepared.ts`): the
 * fan-outs of a write (a notice to each approver, their mails, the mails' jobs) are one statement per
 * table without Kysely building and compiling a tree of every row and value on each call. Rows beyond
 * `maxRows` go in further statements; a column missing from a row is written as null.
 */
export function preparedInsert<T extends keyof DB & string>(
  table: T,
  columns: readonly (keyof Row<T> & string)[],
  maxRows = 100,
): (db: Kysely<DB>, rows: readonly Row<T>[]) => Promise<void> {
  // SQLite binds at most 32,766 values in one statement.
  const perStatement = Math.max(1, Math.min(maxRows, Math.floor(30_000 / columns.length)));
  const byCount = new Map<number, Prepared<Record<string, unknown>, unknown>>();
  const key = (row: number, column: string) => `${row}:${column}`;
  const statement = (n: number) => {
    let p = byCount.get(n);
    if (!p) {
      p = prepared((db, a: Record<string, unknown>) =>
        db
          .insertInto(table)
          .values(
            Array.from(
              { length: n },
              (_, i) => Object.fromEntries(columns.map((c) => [c, a[key(i, c)]])) as Row<T>,
            ) as never,
          ),
      );
      byCount.set(n, p);
    }
    return p;
  };
  return async (db, rows) => {
    for (let start = 0; start < rows.length; start += perStatement) {
      const slice = rows.slice(start, start + perStatement);
      const args: Record<string, unknown> = {};
      slice.forEach((row, i) => {
        for (const c of columns) args[key(i, c)] = (row as Record<string, unknown>)[c] ?? null;
      });
      await statement(slice.length).run(db, args);
    }
  };
}
