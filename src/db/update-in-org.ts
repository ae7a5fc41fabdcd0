/** Changes to one row of one organization: the update most writes end with. */
import type { Kysely, Updateable } from 'kysely';
import type { OrgTable } from './insert-in-org.ts';
import type { DB } from './schema.ts';

/**
 * Sets `values` on the row of `table` with this id in the organization (a row of another organization is
 * left alone), and gives the number of rows changed (0 or 1).
 */
export async function updateInOrg<T extends OrgTable>(
  db: Kysely<DB>,
  table: T,
  organizationId: string,
  id: string,
  values: Updateable<DB[T]>,
): Promise<number> {
  // biome-ignore lint/suspicious/noExplicitAny: the table is a union of tenant tables; each has id and organization_id
  const loose = db as unknown as Kysely<any>;
  const result = await loose
    .updateTable(table as string)
    .set(values as Record<string, unknown>)
    .where('id', '=', id)
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Whether `table` holds a row with this id in the organization. */
export async function existsInOrg(
  db: Kysely<DB>,
  table: OrgTable,
  organizationId: string,
  id: string,
): Promise<boolean> {
  // biome-ignore lint/suspicious/noExplicitAny: the table is a union of tenant tables; each has id and organization_id
  const loose = db as unknown as Kysely<any>;
  const row = await loose
    .selectFrom(table as string)
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}
