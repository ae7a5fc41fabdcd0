import type { ModuleMigration } from '../../db/migration.ts';

/** Schema of directory settings, account links, OpenID Connect logins in progress, sync runs and reviews. */
export const directoryMigrations: ModuleMigration[] = [
  {
    name: '0150_directory_init',
    async up(db) {
      await db.schema
        .createTable('directory_settings')
        .addColumn('organization_id', 'text', (c) => c.primaryKey().references('organizations.id'))
        .addColumn('config', 'text', (c) => c.notNull())
        .addColumn('bind_password_enc', 'text')
        .addColumn('client_secret_enc', 'text')
        .addColumn('next_sync_at', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('directory_accounts')
        .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
        .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('external_id', 'text')
        .addColumn('dn', 'text')
        .addColumn('directory_login', 'text')
        .addColumn('groups', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('suspended_by_sync', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_seen_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('directory_accounts_external')
        .on('directory_accounts')
        .columns(['organization_id', 'source', 'external_id'])
        .unique()
        .execute();
      await db.schema
        .createTable('directory_oidc_logins')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('nonce', 'text', (c) => c.notNull())
        .addColumn('verifier_enc', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('directory_sync_runs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('plan', 'text', (c) => c.notNull())
        .addColumn('result', 'text')
        .addColumn('error', 'text')
        .addColumn('started_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('applied_at', 'text')
        .execute();
      await db.schema
        .createIndex('directory_sync_runs_org')
        .on('directory_sync_runs')
        .columns(['organization_id', 'created_at'])
        .execute();
      await db.schema
        .createTable('directory_reviews')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('detail', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('run_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('decided_by', 'text')
        .addColumn('decided_at', 'text')
        .execute();
      await db.schema
        .createIndex('directory_reviews_org')
        .on('directory_reviews')
        .columns(['organization_id', 'status'])
        .execute();
    },
  },
];
