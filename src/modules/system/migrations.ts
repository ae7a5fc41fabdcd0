import type { ModuleMigration } from '../../db/migration.ts';

/** Schema of server-wide keys. */
export const systemMigrations: ModuleMigration[] = [
  {
    name: '0002_system_keys',
    async up(db) {
      await db.schema
        .createTable('server_keys')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
];
