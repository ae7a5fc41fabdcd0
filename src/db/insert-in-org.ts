/** A new row of one organization: the insert most writes start with. */
import type { Insertable, Kysely } from 'kysely';
import { newId } from '../shared/ids.ts';
import type { DB } from './schema.ts';

/** Tables whose rows belong to one organization and have an id. */
export type OrgTable = {
  [K in keyof DB]: DB[K] extends { id: string; organization_id: string } ? K : never;
}[keyof DB];

/** Inserts a row of `table` for the organization under a new id, and gives the id. */
export async function insertInOrg<T extends OrgTable>(
  db: Kysely<DB>,
  table: T,
  organizationId: string,
  values: Omit<Insertable<DB[T]>, 'id' | 'organization_id'>,
): Promise<string> {
  const id = newId();
  // biome-ignore lint/suspicious/noExplicitAny: the table is a union of tenant tables; each has id and organization_id
  await db
    .insertInto(table as any)
    .values({ id, organization_id: organizationId, ...values } as any)
    .execute();
  return id;
}
