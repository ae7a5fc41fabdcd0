import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../../http/errors.ts';
import { checkReferences } from '../../http/references.ts';

type Table =
  | 'units'
  | 'users'
  | 'roles'
  | 'committees'
  | 'notices'
  | 'transfers'
  | 'access_reviews'
  | 'role_assignments';

/** Reads one row of the organization by its id from the URL; another organization's id answers 404. */
export async function mustFind<T extends Table>(
  db: Kysely<DB>,
  table: T,
  organizationId: string,
  id: string,
) {
  // biome-ignore lint/suspicious/noExplicitAny: the table name is a union; each has id and organization_id
  const q = db.selectFrom(table as any).selectAll() as any;
  const row = await q.where('id', '=', id).where('organization_id', '=', organizationId).executeTakeFirst();
  if (!row) throw notFound(table);
  return row as DB[T];
}

/**
 * Checks that an id given in a request body names a row of the caller's organization; otherwise
 * a 400 naming the field (the body is wrong, the URL is fine). The one check of `http/references.ts`.
 */
export async function mustReference(
  db: Kysely<DB>,
  table: 'units' | 'users' | 'roles',
  organizationId: string,
  id: string | null | undefined,
  field: string,
): Promise<void> {
  if (id == null) return;
  await checkReferences(db, organizationId, { [field]: id }, { [field]: table });
}
