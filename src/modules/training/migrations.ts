import type { ModuleMigration } from '../../db/migration.ts';
import { createTables } from '../../db/tables.ts';

/** Schema of training plans, sessions, attendance, the 責任者's checks and reminders sent. */
export const trainingMigrations: ModuleMigration[] = [
  {
    name: '0620_training_init',
    async up(db) {
      await createTables(db, {
        training_plans: {
          id: 'text pk',
          organization_id: 'text org',
          fiscal_year: 'integer notnull',
          title: 'text notnull',
          organizer: 'text',
          audience: 'text notnull',
          unit_ids: 'text notnull',
          clause_path: 'text',
          description: 'text',
          created_by: 'text ref users.id',
          created_at: 'text notnull',
        },
        training_sessions: {
          id: 'text pk',
          organization_id: 'text org',
          plan_id: 'text notnull ref training_plans.id',
          held_on: 'text notnull',
          place: 'text',
          created_at: 'text notnull',
        },
        training_attendance: {
          id: 'text pk',
          organization_id: 'text org',
          session_id: 'text notnull ref training_sessions.id',
          user_id: 'text notnull ref users.id',
          attended: 'integer notnull',
          source: 'text notnull',
          recorded_by: 'text ref users.id',
          recorded_at: 'text notnull',
          '$unique training_attendance_once': 'session_id user_id',
        },
        training_checks: {
          id: 'text pk',
          organization_id: 'text org',
          plan_id: 'text notnull ref training_plans.id',
          checked_by: 'text notnull ref users.id',
          checked_at: 'text notnull',
          note: 'text notnull',
          completed: 'integer notnull',
          total: 'integer notnull',
        },
        training_reminders: {
          organization_id: 'text org',
          plan_id: 'text notnull ref training_plans.id',
          user_id: 'text notnull ref users.id',
          reminded_at: 'text notnull',
          $pk: 'plan_id user_id',
        },
      });
    },
  },
];
