import { type Kysely, PostgresAdapter } from 'kysely';

/** True when the query builder talks to PostgreSQL (row locks, ON CONFLICT and friends differ). */
// biome-ignore lint/suspicious/noExplicitAny: works for any schema
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
