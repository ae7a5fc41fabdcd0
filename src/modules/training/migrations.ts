import type { ColumnDefinitionBuilder } from 'kysely';
import type { ModuleMigration } from '../../db/migration.ts';

const org = (c: ColumnDefinitionBuilder) => c.notNull().references('organizations.id');

/** Schema of training plans, sessions, attendance, the 責任者's checks and reminders sent. */
export const trainingMigrations: ModuleMigration[] = [
  {
    name: '0620_training_init',
    async up(db) {
      await db.schema
        .createTable('training_plans')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', org)
        .addColumn('fiscal_year', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('organizer', 'text')
        .addColumn('audience', 'text', (c) => c.notNull())
        .addColumn('unit_ids', 'text', (c) => c.notNull())
        .addColumn('clause_path', 'text')
        .addColumn('description', 'text')
        .addColumn('created_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('training_sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', org)
        .addColumn('plan_id', 'text', (c) => c.notNull().references('training_plans.id'))
        .addColumn('held_on', 'text', (c) => c.notNull())
        .addColumn('place', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('training_attendance')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', org)
        .addColumn('session_id', 'text', (c) => c.notNull().references('training_sessions.id'))
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('attended', 'integer', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('recorded_by', 'text', (c) => c.references('users.id'))
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('training_attendance_once', ['session_id', 'user_id'])
        .execute();
      await db.schema
        .createTable('training_checks')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', org)
        .addColumn('plan_id', 'text', (c) => c.notNull().references('training_plans.id'))
        .addColumn('checked_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('checked_at', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull())
        .addColumn('completed', 'integer', (c) => c.notNull())
        .addColumn('total', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('training_reminders')
        .addColumn('organization_id', 'text', org)
        .addColumn('plan_id', 'text', (c) => c.notNull().references('training_plans.id'))
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('reminded_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('training_reminders_pk', ['plan_id', 'user_id'])
        .execute();
    },
  },
];
