import type { ModuleMigration } from '../../db/migration.ts';
import { createTables } from '../../db/tables.ts';

/** Schema of server-wide keys. */
export const systemMigrations: ModuleMigration[] = [
  {
    name: '0002_system_keys',
    async up(db) {
      await createTables(db, {
        server_keys: {
          name: 'text pk',
          value: 'text notnull',
          created_at: 'text notnull',
        },
      });
    },
  },
];
