import type { ModuleMigration } from '../../db/migration.ts';

/** The hour (Japan time) a body's digest goes out from unless it chooses another: before the office opens. */
export const DEFAULT_DIGEST_HOUR = 7;

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
  {
    name: '0631_mywork_digest_hour',
    async up(db) {
      // The hour (Japan time) the body sends the digest from; 7 is what the digest went out at before.
      await db.schema
        .alterTable('my_work_digest')
        .addColumn('hour', 'integer', (c) => c.notNull().defaultTo(DEFAULT_DIGEST_HOUR))
        .execute();
    },
  },
];
