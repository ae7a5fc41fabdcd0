/** All rows of one organization in a table, newest first: the read of a simple register's list. */
import type { Kysely, Selectable } from 'kysely';
import type { OrgTable } from './insert-in-org.ts';
import type { DB } from './schema.ts';

/** Every row of `table` in the organization, ordered by `newestFirst` descending. */
export function listInOrg<T extends OrgTable>(
  db: Kysely<DB>,
  table: T,
  organizationId: string,
  newestFirst: keyof DB[T] & string,
): Promise<Selectable<DB[T]>[]> {
  // biome-ignore lint/suspicious/noExplicitAny: the table is a union of tenant tables; each has organization_id
  const loose = db as unknown as Kysely<any>;
  return loose
    .selectFrom(table)
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy(newestFirst, 'desc')
    .execute() as Promise<Selectable<DB[T]>[]>;
}
