import type { ModuleMigration } from '../../db/migration.ts';
import { createTables } from '../../db/tables.ts';

/** Schema of the backup history. */
export const backupMigrations: ModuleMigration[] = [
  {
    name: '0003_backup_runs',
    async up(db) {
      await createTables(db, {
        backup_runs: {
          id: 'text pk',
          kind: 'text notnull',
          status: 'text notnull',
          started_at: 'text notnull',
          finished_at: 'text notnull',
          file: 'text',
          bytes: 'bigint',
          audit_events: 'bigint',
          audit_exports: 'integer',
          pruned: 'integer',
          error: 'text',
          host: 'text notnull',
          '$index backup_runs_started': 'started_at',
        },
      });
    },
  },
];
