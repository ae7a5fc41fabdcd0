import type { ModuleMigration } from '../../db/migration.ts';
import { createTables } from '../../db/tables.ts';
import { orgStructureMigration } from './migrations-0120.ts';
import { staffNumberMigration } from './migrations-0130.ts';
import { samplesMigration } from './migrations-0141.ts';
import { storedCodesMigration } from './migrations-0142.ts';
import { employmentCodesMigration } from './migrations-0143.ts';
import { loginKeyMigration } from './migrations-login-key.ts';

/** Schema of organizations, units, people and roles. */
export const orgMigrations: ModuleMigration[] = [
  {
    name: '0100_org_init',
    async up(db) {
      await createTables(db, {
        organizations: {
          id: 'text pk',
          code: 'text notnull unique',
          name: 'text notnull',
          kind: 'text notnull',
          settings: 'text notnull',
          created_at: 'text notnull',
        },
        units: {
          id: 'text pk',
          organization_id: 'text org',
          parent_id: 'text ref units.id',
          name: 'text notnull',
          kind: 'text notnull',
          sort_order: 'integer notnull default 0',
          created_at: 'text notnull',
          '$index units_org': 'organization_id parent_id',
        },
        users: {
          id: 'text pk',
          organization_id: 'text org',
          login_id: 'text notnull unique',
          display_name: 'text notnull',
          email: 'text',
          unit_id: 'text ref units.id',
          post: 'text',
          employment_type: 'text notnull',
          status: 'text notnull',
          created_at: 'text notnull',
          '$index users_org': 'organization_id unit_id',
        },
        roles: {
          id: 'text pk',
          organization_id: 'text org',
          name: 'text notnull',
          tier: 'integer notnull',
          post: 'text',
          duties: 'text',
          clause_path: 'text',
          created_at: 'text notnull',
          '$unique roles_org_name': 'organization_id name',
        },
        role_functions: {
          organization_id: 'text org',
          role_id: 'text notnull ref roles.id cascade',
          function_key: 'text notnull',
          $pk: 'role_id function_key',
        },
        role_assignments: {
          id: 'text pk',
          organization_id: 'text org',
          role_id: 'text notnull ref roles.id cascade',
          user_id: 'text notnull ref users.id',
          unit_id: 'text ref units.id',
          acting: 'integer notnull default 0',
          valid_from: 'text',
          valid_until: 'text',
          created_at: 'text notnull',
          '$index role_assignments_user': 'user_id',
          '$index role_assignments_role': 'organization_id role_id',
        },
      });
    },
  },
  orgStructureMigration,
  staffNumberMigration,
  loginKeyMigration,
  samplesMigration,
  storedCodesMigration,
  employmentCodesMigration,
];
