import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** The body's name as it prints on forms and export file names. */
export async function bodyName(db: Kysely<DB>, organizationId: string): Promise<string> {
  const org = await db
    .selectFrom('organizations')
    .select('name')
    .where('id', '=', organizationId)
    .executeTakeFirstOrThrow();
  return org.name;
}
