import type { ModuleMigration } from '../../db/migration.ts';
import { alterTables, createTables } from '../../db/tables.ts';

/** The hour (Japan time) a body's digest goes out from unless it chooses another: before the office opens. */
export const DEFAULT_DIGEST_HOUR = 7;

/** Schema of "my work": the body's digest setting. */
export const myWorkMigrations: ModuleMigration[] = [
  {
    name: '0630_mywork_digest',
    async up(db) {
      await createTables(db, {
        my_work_digest: {
          organization_id: 'text pk ref organizations.id',
          enabled: 'integer notnull',
          last_sent_on: 'text',
          updated_by: 'text',
          updated_at: 'text notnull',
        },
      });
    },
  },
  {
    name: '0631_mywork_digest_hour',
    async up(db) {
      // The hour (Japan time) the body sends the digest from; 7 is what the digest went out at before.
      await alterTables(db, {
        my_work_digest: {
          hour: `integer notnull default ${DEFAULT_DIGEST_HOUR}`,
        },
      });
    },
  },
];
