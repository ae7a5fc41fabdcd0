import type { ModuleMigration } from '../../db/migration.ts';
import { createRegisterTable } from '../systems/index.ts';

/** Schema of the software register, installations, shared IDs and warning settings. */
export const softwareMigrations: ModuleMigration[] = [
  {
    name: '0330_software_init',
    async up(db) {
      await createRegisterTable(db, 'software', (t) =>
        t
          .addColumn('product', 'text', (c) => c.notNull())
          .addColumn('version', 'text')
          .addColumn('vendor', 'text')
          .addColumn('licence_count', 'integer')
          .addColumn('applicant', 'text')
          .addColumn('approver', 'text')
          .addColumn('support_ends_on', 'text')
          .addColumn('planned_use_until', 'text')
          .addColumn('notes', 'text'),
      );
      await createRegisterTable(db, 'software_installations', (t) =>
        t
          .addColumn('software_id', 'text', (c) => c.notNull().references('software.id'))
          .addColumn('equipment_id', 'text', (c) => c.references('equipment.id'))
          .addColumn('system_id', 'text', (c) => c.references('information_systems.id'))
          .addColumn('host', 'text')
          .addColumn('installed_on', 'text'),
      );
      await createRegisterTable(db, 'shared_ids', (t) =>
        t
          .addColumn('account', 'text', (c) => c.notNull())
          .addColumn('system_id', 'text', (c) => c.references('information_systems.id'))
          .addColumn('purpose', 'text')
          .addColumn('manager', 'text')
          .addColumn('user_ids', 'text', (c) => c.notNull())
          .addColumn('notes', 'text'),
      );
      await db.schema
        .createTable('software_settings')
        .addColumn('organization_id', 'text', (c) => c.primaryKey().references('organizations.id'))
        .addColumn('warn_days', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
];
