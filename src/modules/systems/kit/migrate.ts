/** Migration helpers for register tables: the common columns and the usual index. */
import type { Kysely } from 'kysely';
import { createTables, type TableSpec } from '../../../db/tables.ts';

/**
 * Creates a register table: id and organization first, then `columns` (as createTables reads them), then the
 * timestamps, with an (organization, created_at) index.
 */
export async function createRegisterTable(
  // biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
  db: Kysely<any>,
  table: string,
  columns: TableSpec,
): Promise<void> {
  await createTables(db, {
    [table]: {
      id: 'text pk',
      organization_id: 'text org',
      ...columns,
      created_at: 'text notnull',
      updated_at: 'text notnull',
      [`$index ${table}_org`]: 'organization_id created_at',
    },
  });
}

/** A NOT NULL 0/1 flag column. */
export const FLAG = 'integer notnull default 0';
