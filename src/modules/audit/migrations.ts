import { type ModuleMigration, makeAppendOnly } from '../../db/migration.ts';
import { createTables } from '../../db/tables.ts';

/** Schema of the hash-chained audit log; UPDATE and DELETE are refused by triggers. */
export const auditMigrations: ModuleMigration[] = [
  {
    name: '0001_audit_init',
    async up(db, dialect) {
      await createTables(db, {
        audit_events: {
          id: 'text pk',
          organization_id: 'text notnull',
          seq: 'bigint notnull',
          occurred_at: 'text notnull',
          actor_id: 'text',
          actor_label: 'text',
          event: 'text notnull',
          target_type: 'text',
          target_id: 'text',
          data: 'text notnull',
          request_id: 'text',
          client_ip: 'text',
          prev_hash: 'text notnull',
          hash: 'text notnull',
          '$unique audit_events_chain': 'organization_id seq',
          '$index audit_events_target': 'organization_id target_type target_id',
          '$index audit_events_time': 'organization_id occurred_at',
        },
        audit_heads: {
          organization_id: 'text pk',
          seq: 'bigint notnull',
          hash: 'text notnull',
        },
      });
      await makeAppendOnly(db, dialect, 'audit_events');
    },
  },
];
