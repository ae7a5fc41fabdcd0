import type { ModuleMigration } from '../../db/migration.ts';

/** Schema of classification schemes (versions, axes, levels) and their re-map reviews. */
export const classificationMigrations: ModuleMigration[] = [
  {
    name: '0300_classification_init',
    async up(db) {
      await db.schema
        .createTable('classification_versions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('clause_path', 'text')
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('activated_at', 'text')
        .addUniqueConstraint('classification_versions_org_version', ['organization_id', 'version'])
        .execute();
      await db.schema
        .createTable('classification_axes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
        .addColumn('version_id', 'text', (c) => c.notNull().references('classification_versions.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('sort_order', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('classification_axes_version')
        .on('classification_axes')
        .column('version_id')
        .execute();
      await db.schema
        .createTable('classification_levels')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
        .addColumn('version_id', 'text', (c) => c.notNull().references('classification_versions.id'))
        .addColumn('axis_id', 'text', (c) => c.notNull().references('classification_axes.id'))
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('rank', 'integer', (c) => c.notNull())
        .addColumn('definition', 'text')
        .addColumn('restrictions', 'text', (c) => c.notNull())
        .addColumn('requires_lockable', 'integer', (c) => c.notNull())
        .addColumn('requires_offsite', 'integer', (c) => c.notNull())
        .addColumn('designators', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('classification_levels_version')
        .on('classification_levels')
        .column('version_id')
        .execute();
      await db.schema
        .createTable('classification_remaps')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
        .addColumn('version_id', 'text', (c) => c.notNull().references('classification_versions.id'))
        .addColumn('asset_id', 'text', (c) => c.notNull())
        .addColumn('old_level_id', 'text', (c) => c.notNull())
        .addColumn('proposed_level_id', 'text')
        .addColumn('confirmed_level_id', 'text')
        .addColumn('confirmed_by', 'text')
        .addColumn('confirmed_at', 'text')
        .execute();
      await db.schema
        .createIndex('classification_remaps_version')
        .on('classification_remaps')
        .columns(['organization_id', 'version_id'])
        .execute();
    },
  },
];
