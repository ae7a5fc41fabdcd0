import type { ModuleMigration } from '../../db/migration.ts';
import { alterTables, createTables } from '../../db/tables.ts';

/** Schema of the database-backed job queue shared by every app instance. */
export const jobMigrations: ModuleMigration[] = [
  {
    name: '0400_jobs_init',
    async up(db) {
      await createTables(db, {
        jobs: {
          id: 'text pk',
          kind: 'text notnull',
          payload: 'text notnull',
          run_at: 'text notnull',
          status: 'text notnull',
          attempts: 'integer notnull default 0',
          max_attempts: 'integer notnull default 5',
          locked_by: 'text',
          locked_until: 'text',
          last_error: 'text',
          created_at: 'text notnull',
          finished_at: 'text',
          '$index jobs_due': 'status run_at',
        },
        job_schedules: {
          kind: 'text pk',
          interval_seconds: 'integer notnull',
          next_run_at: 'text notnull',
        },
      });
    },
  },
  {
    // Priorities (an incident's escalation and its mail first), and finished jobs removed after a set time.
    name: '0421_jobs_priority_retention',
    async up(db) {
      await alterTables(db, {
        jobs: {
          priority: 'integer notnull default 5',
          '$index jobs_next': 'status priority run_at',
          '$index jobs_finished': 'finished_at where finished_at is not null',
        },
      });
    },
  },
];
