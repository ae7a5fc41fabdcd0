import type { ModuleMigration } from '../../db/migration.ts';
import { createRegisterTable, flag } from './kit/migrate.ts';

/** Schema of segments, information systems, connections, change logs, equipment and lines. */
export const systemsMigrations: ModuleMigration[] = [
  {
    name: '0320_systems_init',
    async up(db) {
      await createRegisterTable(db, 'network_segments', (t) => {
        let b = t.addColumn('name', 'text', (c) => c.notNull());
        for (const f of [
          'isolated',
          'no_export',
          'mfa_required',
          'internet_facing',
          'monitored',
          'sanitized_only',
          'dedicated_terminals',
        ])
          b = flag(b, f);
        return b
          .addColumn('clause_path', 'text')
          .addColumn('notes', 'text')
          .addUniqueConstraint('network_segments_name', ['organization_id', 'name']);
      });
      await createRegisterTable(db, 'information_systems', (t) =>
        flag(
          flag(
            t
              .addColumn('name', 'text', (c) => c.notNull())
              .addColumn('segment_id', 'text', (c) => c.references('network_segments.id'))
              .addColumn('owner_unit_id', 'text', (c) => c.references('units.id'))
              .addColumn('administrator_user_id', 'text', (c) => c.references('users.id')),
            'mfa',
          ),
          'dedicated_terminals',
        ).addColumn('description', 'text'),
      );
      await createRegisterTable(db, 'system_connections', (t) =>
        t
          .addColumn('from_system_id', 'text', (c) => c.notNull().references('information_systems.id'))
          .addColumn('to_system_id', 'text', (c) => c.notNull().references('information_systems.id'))
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('purpose', 'text'),
      );
      await createRegisterTable(db, 'system_changes', (t) =>
        t
          .addColumn('system_id', 'text', (c) => c.notNull().references('information_systems.id'))
          .addColumn('changed_on', 'text', (c) => c.notNull())
          .addColumn('what', 'text', (c) => c.notNull())
          .addColumn('why', 'text')
          .addColumn('approved_by', 'text'),
      );
      await createRegisterTable(db, 'equipment', (t) => {
        let b = t
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('asset_number', 'text')
          .addColumn('segment_id', 'text', (c) => c.references('network_segments.id'))
          .addColumn('system_id', 'text', (c) => c.references('information_systems.id'))
          .addColumn('location', 'text');
        for (const f of ['fixed', 'locked_rack', 'raid', 'ups', 'surge_protection']) b = flag(b, f);
        return b.addColumn('maintenance_interval_days', 'integer').addColumn('notes', 'text');
      });
      await createRegisterTable(db, 'equipment_maintenance', (t) =>
        t
          .addColumn('equipment_id', 'text', (c) => c.notNull().references('equipment.id'))
          .addColumn('performed_on', 'text', (c) => c.notNull())
          .addColumn('performed_by', 'text')
          .addColumn('description', 'text', (c) => c.notNull()),
      );
      await createRegisterTable(db, 'external_lines', (t) =>
        t
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('carrier', 'text')
          .addColumn('purpose', 'text')
          .addColumn('segment_id', 'text', (c) => c.references('network_segments.id'))
          .addColumn('documents', 'text')
          .addColumn('approved_by', 'text')
          .addColumn('approved_on', 'text')
          .addColumn('notes', 'text'),
      );
    },
  },
];
