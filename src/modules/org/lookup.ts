import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { findInOrg } from '../../http/find.ts';
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
export function mustFind<T extends Table>(db: Kysely<DB>, table: T, organizationId: string, id: string) {
  return findInOrg(db, table, organizationId, id, table);
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
