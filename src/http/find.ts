/** One record of the caller's organization by the id in the URL: the read every detail route starts with. */
import type { Kysely, Selectable } from 'kysely';
import { type Args, type Prepared, prepared } from '../db/prepared.ts';
import type { DB } from '../db/schema.ts';
import { notFound } from './errors.ts';
import type { TenantTable } from './references.ts';

// One compiled statement per table: every detail route starts with it.
const statements = new Map<TenantTable, Prepared<{ organizationId: string; id: string }, unknown>>();

function byIdIn(table: TenantTable) {
  let stmt = statements.get(table);
  if (!stmt) {
    stmt = prepared((db, p: Args<{ organizationId: string; id: string }>) =>
      // biome-ignore lint/suspicious/noExplicitAny: the table is a union of tenant tables; each has id and organization_id
      (db.selectFrom(table as any).selectAll() as any)
        .where('organization_id', '=', p.organizationId)
        .where('id', '=', p.id),
    );
    statements.set(table, stmt);
  }
  return stmt;
}

/**
 * The row of `table` with this id in the organization; none, or another organization's, answers 404
 * naming `what` (never 403: it does not tell that the record exists).
 */
export async function findInOrg<T extends TenantTable>(
  db: Kysely<DB>,
  table: T,
  organizationId: string,
  id: string,
  what = 'record',
): Promise<Selectable<DB[T]>> {
  const row = await byIdIn(table).first(db, { organizationId, id });
  if (!row) throw notFound(what);
  return row as Selectable<DB[T]>;
}
