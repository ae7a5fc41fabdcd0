import { sql } from 'kysely';
import type { ModuleMigration } from '../../db/migration.ts';
import { alterTables, createTables } from '../../db/tables.ts';

/** Schema of passwords, second factors, sessions and sign-in throttling. */
export const authMigrations: ModuleMigration[] = [
  {
    name: '0110_auth_init',
    async up(db) {
      await createTables(db, {
        passwords: {
          user_id: 'text pk ref users.id',
          organization_id: 'text notnull',
          hash: 'text notnull',
          must_change: 'integer notnull',
          changed_at: 'text notnull',
        },
        totp_factors: {
          user_id: 'text pk ref users.id',
          organization_id: 'text notnull',
          secret_enc: 'text notnull',
          confirmed: 'integer notnull',
          last_step: 'integer notnull default 0',
          created_at: 'text notnull',
        },
        webauthn_credentials: {
          id: 'text pk',
          organization_id: 'text notnull',
          user_id: 'text notnull ref users.id',
          credential_id: 'text notnull unique',
          public_key: 'text notnull',
          counter: 'integer notnull',
          transports: 'text',
          label: 'text notnull',
          created_at: 'text notnull',
        },
        recovery_codes: {
          id: 'text pk',
          organization_id: 'text notnull',
          user_id: 'text notnull ref users.id',
          code_hash: 'text notnull',
          used_at: 'text',
          '$index recovery_codes_user': 'user_id',
        },
        sessions: {
          id: 'text pk',
          organization_id: 'text notnull',
          user_id: 'text notnull ref users.id',
          stage: 'text notnull',
          csrf_token: 'text notnull',
          challenge: 'text',
          acting_organization_id: 'text',
          created_at: 'text notnull',
          last_seen_at: 'text notnull',
          expires_at: 'text notnull',
          idle_seconds: 'integer notnull',
          client_ip: 'text',
          user_agent: 'text',
          '$index sessions_user': 'user_id',
        },
        login_throttle: {
          key: 'text pk',
          failures: 'integer notnull',
          window_start: 'text notnull',
          locked_until: 'text',
        },
      });
    },
  },
  {
    // Sessions remember the proofs they hold: the stage machine derives the next stage from them.
    name: '0111_auth_session_proofs',
    async up(db) {
      await alterTables(db, {
        sessions: {
          factor_at: 'text',
          reauth_at: 'text',
        },
      });
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
      await alterTables(db, {
        sessions: {
          password_at: 'text',
        },
      });
    },
  },
];
