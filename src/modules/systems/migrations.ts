import type { ModuleMigration } from '../../db/migration.ts';
import { createRegisterTable, FLAG } from './kit/migrate.ts';

/** Schema of segments, information systems, connections, change logs, equipment and lines. */
export const systemsMigrations: ModuleMigration[] = [
  {
    name: '0320_systems_init',
    async up(db) {
      await createRegisterTable(db, 'network_segments', {
        name: 'text notnull',
        isolated: FLAG,
        no_export: FLAG,
        mfa_required: FLAG,
        internet_facing: FLAG,
        monitored: FLAG,
        sanitized_only: FLAG,
        dedicated_terminals: FLAG,
        clause_path: 'text',
        notes: 'text',
        '$unique network_segments_name': 'organization_id name',
      });
      await createRegisterTable(db, 'information_systems', {
        name: 'text notnull',
        segment_id: 'text ref network_segments.id',
        owner_unit_id: 'text ref units.id',
        administrator_user_id: 'text ref users.id',
        mfa: FLAG,
        dedicated_terminals: FLAG,
        description: 'text',
      });
      await createRegisterTable(db, 'system_connections', {
        from_system_id: 'text notnull ref information_systems.id',
        to_system_id: 'text notnull ref information_systems.id',
        kind: 'text notnull',
        purpose: 'text',
      });
      await createRegisterTable(db, 'system_changes', {
        system_id: 'text notnull ref information_systems.id',
        changed_on: 'text notnull',
        what: 'text notnull',
        why: 'text',
        approved_by: 'text',
      });
      await createRegisterTable(db, 'equipment', {
        name: 'text notnull',
        kind: 'text notnull',
        asset_number: 'text',
        segment_id: 'text ref network_segments.id',
        system_id: 'text ref information_systems.id',
        location: 'text',
        fixed: FLAG,
        locked_rack: FLAG,
        raid: FLAG,
        ups: FLAG,
        surge_protection: FLAG,
        maintenance_interval_days: 'integer',
        notes: 'text',
      });
      await createRegisterTable(db, 'equipment_maintenance', {
        equipment_id: 'text notnull ref equipment.id',
        performed_on: 'text notnull',
        performed_by: 'text',
        description: 'text notnull',
      });
      await createRegisterTable(db, 'external_lines', {
        name: 'text notnull',
        carrier: 'text',
        purpose: 'text',
        segment_id: 'text ref network_segments.id',
        documents: 'text',
        approved_by: 'text',
        approved_on: 'text',
        notes: 'text',
      });
    },
  },
];
