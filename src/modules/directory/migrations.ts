import type { ModuleMigration } from '../../db/migration.ts';
import { createTables } from '../../db/tables.ts';

/** Schema of directory settings, account links, OpenID Connect logins in progress, sync runs and reviews. */
export const directoryMigrations: ModuleMigration[] = [
  {
    name: '0150_directory_init',
    async up(db) {
      await createTables(db, {
        directory_settings: {
          organization_id: 'text pk ref organizations.id',
          config: 'text notnull',
          bind_password_enc: 'text',
          client_secret_enc: 'text',
          next_sync_at: 'text',
          updated_at: 'text notnull',
        },
        directory_accounts: {
          user_id: 'text pk ref users.id',
          organization_id: 'text org',
          source: 'text notnull',
          external_id: 'text',
          dn: 'text',
          directory_login: 'text',
          groups: 'text notnull default []',
          suspended_by_sync: 'integer notnull default 0',
          last_seen_at: 'text',
          created_at: 'text notnull',
          '$index directory_accounts_external': 'unique organization_id source external_id',
        },
        directory_oidc_logins: {
          id: 'text pk',
          organization_id: 'text org',
          state: 'text notnull',
          nonce: 'text notnull',
          verifier_enc: 'text notnull',
          expires_at: 'text notnull',
          created_at: 'text notnull',
        },
        directory_sync_runs: {
          id: 'text pk',
          organization_id: 'text org',
          kind: 'text notnull',
          status: 'text notnull',
          plan: 'text notnull',
          result: 'text',
          error: 'text',
          started_by: 'text',
          created_at: 'text notnull',
          applied_at: 'text',
          '$index directory_sync_runs_org': 'organization_id created_at',
        },
        directory_reviews: {
          id: 'text pk',
          organization_id: 'text org',
          user_id: 'text notnull ref users.id',
          kind: 'text notnull',
          detail: 'text notnull',
          status: 'text notnull',
          run_id: 'text',
          created_at: 'text notnull',
          decided_by: 'text',
          decided_at: 'text',
          '$index directory_reviews_org': 'organization_id status',
        },
      });
    },
  },
];
