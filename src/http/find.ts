/** One record of the caller's organization by the id in the URL: the read every detail route starts with. */
import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';
import { notFound } from './errors.ts';
import type { TenantTable } from './references.ts';

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
  // biome-ignore lint/suspicious/noExplicitAny: the table is a union of tenant tables; each has id and organization_id
  const q = db.selectFrom(table as any).selectAll() as any;
  const row = await q.where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(what);
  return row as Selectable<DB[T]>;
}
