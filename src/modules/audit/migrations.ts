import { type ModuleMigration, makeAppendOnly } from '../../db/migration.ts';

/** Schema of the hash-chained audit log; UPDATE and DELETE are refused by triggers. */
export const auditMigrations: ModuleMigration[] = [
  {
    name: '0001_audit_init',
    async up(db, dialect) {
      await db.schema
        .createTable('audit_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', (c) => c.notNull())
        .addColumn('seq', 'bigint', (c) => c.notNull())
        .addColumn('occurred_at', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text')
        .addColumn('actor_label', 'text')
        .addColumn('event', 'text', (c) => c.notNull())
        .addColumn('target_type', 'text')
        .addColumn('target_id', 'text')
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('request_id', 'text')
        .addColumn('client_ip', 'text')
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addUniqueConstraint('audit_events_chain', ['organization_id', 'seq'])
        .execute();
      await db.schema
        .createIndex('audit_events_target')
        .on('audit_events')
        .columns(['organization_id', 'target_type', 'target_id'])
        .execute();
      await db.schema
        .createIndex('audit_events_time')
        .on('audit_events')
        .columns(['organization_id', 'occurred_at'])
        .execute();
      await db.schema
        .createTable('audit_heads')
        .addColumn('organization_id', 'text', (c) => c.primaryKey())
        .addColumn('seq', 'bigint', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();
      await makeAppendOnly(db, dialect, 'audit_events');
    },
  },
];
