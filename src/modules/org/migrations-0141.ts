import type { ModuleMigration } from '../../db/migration.ts';
import { alterTables } from '../../db/tables.ts';

/**
 * 0141: sample organizations are marked as such (set up only when asked, labelled （サンプル）), and an
 * organization can be removed from service: `removed_at` closes it to sign-in and lists while its
 * records and audit chain stay as they were.
 */
export const samplesMigration: ModuleMigration = {
  name: '0141_org_samples',
  async up(db) {
    await alterTables(db, {
      organizations: {
        sample: 'integer notnull default 0',
        removed_at: 'text',
      },
    });
  },
};
