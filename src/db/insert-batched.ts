/** Many rows of one table written in a few statements. */
import type { Insertable, Kysely } from 'kysely';
import type { DB } from './schema.ts';

/**
 * Inserts `rows` into `table`, at most `perStatement` rows a statement: bounded batches keep each
 * statement under both databases' limits on bound parameters (a wide row wants a smaller batch).
 */
export async function insertBatched<T extends keyof DB & string>(
  db: Kysely<DB>,
  table: T,
  rows: readonly Insertable<DB[T]>[],
  perStatement: number,
): Promise<void> {
  for (let i = 0; i < rows.length; i += perStatement)
    // biome-ignore lint/suspicious/noExplicitAny: Kysely cannot narrow a generic table's insert values
    await db
      .insertInto(table)
      .values(rows.slice(i, i + perStatement) as any)
      .execute();
}
