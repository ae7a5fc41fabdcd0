import { sql } from 'kysely';
import type { ModuleMigration } from '../../db/migration.ts';

/** Schema of passwords, second factors, sessions and sign-in throttling. */
export const authMigrations: ModuleMigration[] = [
  {
    name: '0110_auth_init',
    async up(db) {
      await db.schema
        .createTable('passwords')
        .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
        .addColumn('organization_id', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addColumn('must_change', 'integer', (c) => c.notNull())
        .addColumn('changed_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('totp_factors')
        .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
        .addColumn('organization_id', 'text', (c) => c.notNull())
        .addColumn('secret_enc', 'text', (c) => c.notNull())
        .addColumn('confirmed', 'integer', (c) => c.notNull())
        .addColumn('last_step', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('webauthn_credentials')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('credential_id', 'text', (c) => c.notNull().unique())
        .addColumn('public_key', 'text', (c) => c.notNull())
        .addColumn('counter', 'integer', (c) => c.notNull())
        .addColumn('transports', 'text')
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('recovery_codes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('code_hash', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .execute();
      await db.schema.createIndex('recovery_codes_user').on('recovery_codes').column('user_id').execute();
      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('stage', 'text', (c) => c.notNull())
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('challenge', 'text')
        .addColumn('acting_organization_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('idle_seconds', 'integer', (c) => c.notNull())
        .addColumn('client_ip', 'text')
        .addColumn('user_agent', 'text')
        .execute();
      await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
      await db.schema
        .createTable('login_throttle')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('failures', 'integer', (c) => c.notNull())
        .addColumn('window_start', 'text', (c) => c.notNull())
        .addColumn('locked_until', 'text')
        .execute();
    },
  },
  {
    // Sessions remember the proofs they hold: the stage machine derives the next stage from them.
    name: '0111_auth_session_proofs',
    async up(db) {
      await db.schema.alterTable('sessions').addColumn('factor_at', 'text').execute();
      await db.schema.alterTable('sessions').addColumn('reauth_at', 'text').execute();
      // Sessions already signed in proved their factor when they got there.
      await db
        .updateTable('sessions')
        .set({ factor_at: sql`last_seen_at` })
        .where('stage', '=', 'full')
        .execute();
    },
  },
  {
    // Throttling is keyed by the account (user id) and the address; login-ID keys are gone.
    name: '0112_auth_throttle_by_account',
    async up(db) {
      await db.deleteFrom('login_throttle').where('key', 'like', 'id:%').execute();
    },
  },
  {
    // A session remembers when its sign-in proved the local password (the forced change relies on it).
    name: '0113_auth_session_password_at',
    async up(db) {
      await db.schema.alterTable('sessions').addColumn('password_at', 'text').execute();
    },
  },
];
