import type { ModuleMigration } from '../../db/migration.ts';

/** Schema of "my work": the body's digest setting. */
export const myWorkMigrations: ModuleMigration[] = [
  {
    name: '0630_mywork_digest',
    async up(db) {
      await db.schema
        .createTable('my_work_digest')
        .addColumn('organization_id', 'text', (c) => c.primaryKey().references('organizations.id'))
        .addColumn('enabled', 'integer', (c) => c.notNull())
        .addColumn('last_sent_on', 'text')
        .addColumn('updated_by', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
];
