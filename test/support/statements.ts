import pg from 'pg';
import { NodeSqliteDatabase } from '../../src/db/sqlite-database.ts';

/**
 * Counts the statements the database driver runs while `fn` runs: on PostgreSQL every query a client
 * sends (BEGIN and COMMIT included: each is a round trip), on SQLite every statement the driver prepares
 * and runs (its BEGIN/COMMIT are savepoints of the group commit, not counted). Nothing else may use the
 * database meanwhile (the test app has no job runner).
 */
export async function countStatements<T>(fn: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
  const sql: string[] = [];
  const pgQuery = pg.Client.prototype.query;
  const sqlitePrepare = NodeSqliteDatabase.prototype.prepare;
  const text = (q: unknown) =>
    typeof q === 'string' ? q : ((q as { text?: string } | null)?.text ?? String(q));
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    sql.push(text(args[0]).replace(/\s+/g, ' ').trim());
    return (pgQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof pgQuery;
  NodeSqliteDatabase.prototype.prepare = function (this: NodeSqliteDatabase, s: string) {
    sql.push(s.replace(/\s+/g, ' ').trim());
    return sqlitePrepare.call(this, s);
  };
  try {
    return { result: await fn(), sql };
  } finally {
    pg.Client.prototype.query = pgQuery;
    NodeSqliteDatabase.prototype.prepare = sqlitePrepare;
  }
}
