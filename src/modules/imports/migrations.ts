import type { ModuleMigration } from '../../db/migration.ts';
import { createTables } from '../../db/tables.ts';

/** The remembered column mappings of imports. */
export const importsMigrations: ModuleMigration[] = [
  {
    name: '0700_imports_init',
    async up(db) {
      await createTables(db, {
        import_mappings: {
          organization_id: 'text org',
          register: 'text notnull',
          mapping: 'text notnull',
          heading_row: 'integer notnull',
          sheet: 'text',
          updated_by: 'text ref users.id',
          updated_at: 'text notnull',
          $pk: 'organization_id register',
        },
      });
    },
  },
];
