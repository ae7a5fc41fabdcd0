import type { ModuleMigration } from '../../db/migration.ts';

/**
 * 0141: sample organizations are marked as such (set up only when asked, labelled （サンプル）), and an
 * organization can be removed from service: `removed_at` closes it to sign-in and lists while its
 * records and audit chain stay as they were.
 */
export const samplesMigration: ModuleMigration = {
  name: '0141_org_samples',
  async up(db) {
    await db.schema
      .alterTable('organizations')
      .addColumn('sample', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.alterTable('organizations').addColumn('removed_at', 'text').execute();
  },
};
