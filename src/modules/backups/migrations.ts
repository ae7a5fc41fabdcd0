import type { ModuleMigration } from '../../db/migration.ts';

/** Schema of the backup history. */
export const backupMigrations: ModuleMigration[] = [
  {
    name: '0003_backup_runs',
    async up(db) {
      await db.schema
        .createTable('backup_runs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('finished_at', 'text', (c) => c.notNull())
        .addColumn('file', 'text')
        .addColumn('bytes', 'bigint')
        .addColumn('audit_events', 'bigint')
        .addColumn('audit_exports', 'integer')
        .addColumn('pruned', 'integer')
        .addColumn('error', 'text')
        .addColumn('host', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('backup_runs_started').on('backup_runs').columns(['started_at']).execute();
    },
  },
];
