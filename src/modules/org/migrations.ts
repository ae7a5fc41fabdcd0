import type { ModuleMigration } from '../../db/migration.ts';
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
      await db.schema
        .createTable('organizations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('code', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('settings', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('units')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
        .addColumn('parent_id', 'text', (c) => c.references('units.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('units_org')
        .on('units')
        .columns(['organization_id', 'parent_id'])
        .execute();
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
        .addColumn('login_id', 'text', (c) => c.notNull().unique())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('email', 'text')
        .addColumn('unit_id', 'text', (c) => c.references('units.id'))
        .addColumn('post', 'text')
        .addColumn('employment_type', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('users_org').on('users').columns(['organization_id', 'unit_id']).execute();
      await db.schema
        .createTable('roles')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('tier', 'integer', (c) => c.notNull())
        .addColumn('post', 'text')
        .addColumn('duties', 'text')
        .addColumn('clause_path', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('roles_org_name', ['organization_id', 'name'])
        .execute();
      await db.schema
        .createTable('role_functions')
        .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
        .addColumn('role_id', 'text', (c) => c.notNull().references('roles.id').onDelete('cascade'))
        .addColumn('function_key', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('role_functions_pk', ['role_id', 'function_key'])
        .execute();
      await db.schema
        .createTable('role_assignments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
        .addColumn('role_id', 'text', (c) => c.notNull().references('roles.id').onDelete('cascade'))
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('unit_id', 'text', (c) => c.references('units.id'))
        .addColumn('acting', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('valid_from', 'text')
        .addColumn('valid_until', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('role_assignments_user').on('role_assignments').column('user_id').execute();
      await db.schema
        .createIndex('role_assignments_role')
        .on('role_assignments')
        .columns(['organization_id', 'role_id'])
        .execute();
    },
  },
  orgStructureMigration,
  staffNumberMigration,
  loginKeyMigration,
  samplesMigration,
  storedCodesMigration,
  employmentCodesMigration,
];
