import type { ModuleMigration } from '../../db/migration.ts';
import { createTables } from '../../db/tables.ts';

/** Schema of classification schemes (versions, axes, levels) and their re-map reviews. */
export const classificationMigrations: ModuleMigration[] = [
  {
    name: '0300_classification_init',
    async up(db) {
      await createTables(db, {
        classification_versions: {
          id: 'text pk',
          organization_id: 'text org',
          version: 'integer notnull',
          name: 'text notnull',
          status: 'text notnull',
          clause_path: 'text',
          created_by: 'text',
          created_at: 'text notnull',
          activated_at: 'text',
          '$unique classification_versions_org_version': 'organization_id version',
        },
        classification_axes: {
          id: 'text pk',
          organization_id: 'text org',
          version_id: 'text notnull ref classification_versions.id',
          name: 'text notnull',
          sort_order: 'integer notnull',
          '$index classification_axes_version': 'version_id',
        },
        classification_levels: {
          id: 'text pk',
          organization_id: 'text org',
          version_id: 'text notnull ref classification_versions.id',
          axis_id: 'text notnull ref classification_axes.id',
          label: 'text notnull',
          rank: 'integer notnull',
          definition: 'text',
          restrictions: 'text notnull',
          requires_lockable: 'integer notnull',
          requires_offsite: 'integer notnull',
          designators: 'text notnull',
          '$index classification_levels_version': 'version_id',
        },
        classification_remaps: {
          id: 'text pk',
          organization_id: 'text org',
          version_id: 'text notnull ref classification_versions.id',
          asset_id: 'text notnull',
          old_level_id: 'text notnull',
          proposed_level_id: 'text',
          confirmed_level_id: 'text',
          confirmed_by: 'text',
          confirmed_at: 'text',
          '$index classification_remaps_version': 'organization_id version_id',
        },
      });
    },
  },
];
