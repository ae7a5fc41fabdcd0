import type { ModuleMigration } from '../../db/migration.ts';
import { createTables } from '../../db/tables.ts';
import { createRegisterTable } from '../systems/index.ts';

/** Schema of the software register, installations, shared IDs and warning settings. */
export const softwareMigrations: ModuleMigration[] = [
  {
    name: '0330_software_init',
    async up(db) {
      await createRegisterTable(db, 'software', {
        product: 'text notnull',
        version: 'text',
        vendor: 'text',
        licence_count: 'integer',
        applicant: 'text',
        approver: 'text',
        support_ends_on: 'text',
        planned_use_until: 'text',
        notes: 'text',
      });
      await createRegisterTable(db, 'software_installations', {
        software_id: 'text notnull ref software.id',
        equipment_id: 'text ref equipment.id',
        system_id: 'text ref information_systems.id',
        host: 'text',
        installed_on: 'text',
      });
      await createRegisterTable(db, 'shared_ids', {
        account: 'text notnull',
        system_id: 'text ref information_systems.id',
        purpose: 'text',
        manager: 'text',
        user_ids: 'text notnull',
        notes: 'text',
      });
      await createTables(db, {
        software_settings: {
          organization_id: 'text pk ref organizations.id',
          warn_days: 'integer notnull',
          updated_at: 'text notnull',
        },
      });
    },
  },
];
