import type { ModuleMigration } from '../../db/migration.ts';

/** The remembered column mappings of imports. */
export const importsMigrations: ModuleMigration[] = [
  {
    name: '0700_imports_init',
    async up(db) {
      await db.schema
        .createTable('import_mappings')
        .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
        .addColumn('register', 'text', (c) => c.notNull())
        .addColumn('mapping', 'text', (c) => c.notNull())
        .addColumn('heading_row', 'integer', (c) => c.notNull())
        .addColumn('sheet', 'text')
        .addColumn('updated_by', 'text', (c) => c.references('users.id'))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('import_mappings_pk', ['organization_id', 'register'])
        .execute();
    },
  },
];
